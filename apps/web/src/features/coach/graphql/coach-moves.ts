import { graphql } from '../../../gql';

export const coachMovesQuery = graphql(`
  query CoachMovesFromMe {
    coachMovesFromMe(days: 30) {
      id
      coupleLabel
      toCoachName
      movedAt
      reason
    }
  }
`);
