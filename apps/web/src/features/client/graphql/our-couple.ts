import { graphql } from '../../../gql';

export const ourCoupleQuery = graphql(`
  query OurCouple {
    ourCouple {
      id
      label
      status
      coach {
        id
        displayName
      }
      partnerA {
        id
        displayName
        email
        status
      }
      partnerB {
        id
        displayName
        email
        status
      }
    }
  }
`);
