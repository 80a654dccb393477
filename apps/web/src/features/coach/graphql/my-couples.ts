import { graphql } from '../../../gql';

export const myCouplesQuery = graphql(`
  query MyCouples {
    myCouples {
      ...CoupleFields
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
