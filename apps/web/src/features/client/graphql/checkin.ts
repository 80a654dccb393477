import { graphql } from '../../../gql';

/** Today's check-in, and yesterday's (filed late until noon) from the last two days. */
export const ourCheckinQuery = graphql(`
  query OurCheckin {
    ourCouple {
      ...ClientCoupleFields
      myCheckinToday {
        ...ClientCheckinFields
      }
      checkinFeed(days: 2) {
        ...ClientCheckinFields
      }
    }
  }
`);

export const fileCheckinMutation = graphql(`
  mutation FileCheckin($input: FileCheckinInput!) {
    fileCheckin(input: $input) {
      ...ClientCheckinFields
    }
  }
`);
