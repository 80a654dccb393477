import { graphql } from '../../../gql';

export const dashboardFigureFieldsFragment = graphql(`
  fragment DashboardFigureFields on DashboardFigure {
    status
    suppressed
    value
    n
    numerator
    denominator
  }
`);

export const clinicDashboardQuery = graphql(`
  query ClinicDashboard($period: DashboardPeriodInput!) {
    clinicDashboard(period: $period) {
      smallCellK
      period {
        preset
        from
        to
        timeZone
      }
      summary {
        activeCouples {
          ...DashboardFigureFields
        }
        couplesWithHomework {
          ...DashboardFigureFields
        }
        completionRate {
          ...DashboardFigureFields
        }
        checkinAdherence {
          ...DashboardFigureFields
        }
        csi4MedianChange {
          ...DashboardFigureFields
        }
        csi4Improved {
          ...DashboardFigureFields
        }
        csi4Recovered {
          ...DashboardFigureFields
        }
        csi4Deteriorated {
          ...DashboardFigureFields
        }
        meanHelpfulness {
          ...DashboardFigureFields
        }
        meanClosenessChange {
          ...DashboardFigureFields
        }
      }
      byCoach {
        coachId
        coachName
        couples {
          ...DashboardFigureFields
        }
        completionRate {
          ...DashboardFigureFields
        }
        meanHelpfulness {
          ...DashboardFigureFields
        }
        meanClosenessChange {
          ...DashboardFigureFields
        }
      }
      byExercise {
        exerciseKey
        title
        builtIn
        couples {
          ...DashboardFigureFields
        }
        completionRate {
          ...DashboardFigureFields
        }
        meanHelpfulness {
          ...DashboardFigureFields
        }
        meanClosenessChange {
          ...DashboardFigureFields
        }
      }
      weekly {
        week
        from
        to
        completionRate {
          ...DashboardFigureFields
        }
        checkinAdherence {
          ...DashboardFigureFields
        }
      }
    }
  }
`);
