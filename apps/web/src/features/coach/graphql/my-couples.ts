import { graphql } from '../../../gql';

/** The caseload: each couple with this week's homework and what needs the coach's attention. */
export const myCouplesQuery = graphql(`
  query MyCouples {
    myCouples {
      ...CoupleFields
      today
      homeworkSummary {
        ...CoachHomeworkSummaryFields
      }
      flags {
        ...CoachFlagFields
      }
    }
  }
`);

export const setCoupleStatusMutation = graphql(`
  mutation SetCoupleStatus($coupleId: ID!, $status: CoupleStatus!) {
    setCoupleStatus(coupleId: $coupleId, status: $status) {
      id
      status
    }
  }
`);
