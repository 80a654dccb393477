import { graphql } from '../../../gql';

/** Eight weeks of what the viewer may see: their own entries and the partner's SHARED ones. */
export const ourHistoryQuery = graphql(`
  query OurHistory {
    ourCouple {
      ...ClientCoupleFields
      checkinFeed(days: 56) {
        ...ClientCheckinFields
      }
      checkinSeries(days: 56) {
        from
        to
        partners {
          partner
          days {
            date
            closenessMean7
            ratings {
              closeness
            }
          }
        }
      }
      completions(limit: 50) {
        ...ClientCompletionFields
        assignment {
          id
          exercise {
            id
            reflectionPrompts {
              id
              kind
              label
            }
          }
        }
      }
      csi4History {
        partner
        due
        results {
          ...ClientCsi4ResultFields
        }
      }
    }
  }
`);
