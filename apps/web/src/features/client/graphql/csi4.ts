import { graphql } from '../../../gql';

export const clientCsi4ResultFieldsFragment = graphql(`
  fragment ClientCsi4ResultFields on Csi4Result {
    id
    date
    partner
    total
    answers {
      happiness
      warm
      rewarding
      satisfied
    }
  }
`);

/** A partner sees only their own CSI-4 results (the API enforces it). */
export const ourCsi4Query = graphql(`
  query OurCsi4 {
    ourCouple {
      ...ClientCoupleFields
      csi4Due
      csi4EveryWeeks
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

export const fileCsi4Mutation = graphql(`
  mutation FileCsi4($input: FileCsi4Input!) {
    fileCsi4(input: $input) {
      ...ClientCsi4ResultFields
    }
  }
`);
