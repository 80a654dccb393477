import { graphql } from '../../../gql';

/**
 * The client's home in one request: the couple, today's check-in, whether the CSI-4 is due,
 * and the tasks around this week (the window comes from the phone's clock, a day wider on
 * each side so a different time zone never cuts a task off; the page sorts them by the
 * couple's own `today`).
 */
export const ourHomeQuery = graphql(`
  query OurHome($from: String!, $to: String!) {
    ourCouple {
      ...ClientCoupleFields
      csi4Due
      myCheckinToday {
        id
        date
        updatedAt
        visibility
      }
      tasks(from: $from, to: $to) {
        id
        dueDate
        state
        partner
        assignment {
          id
          audience
          exercise {
            id
            title
            estimatedMinutes
          }
        }
        completion {
          id
          visibility
          comments {
            id
          }
        }
      }
    }
  }
`);
