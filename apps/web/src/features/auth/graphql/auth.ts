import { graphql } from '../../../gql';

/** Everything the shell and the role-aware home need about the signed-in person. */
export const viewerFieldsFragment = graphql(`
  fragment ViewerFields on Viewer {
    id
    displayName
    email
    roles
    mustEnrolTwoFactor
    clinic {
      id
      name
      timeZone
      smallCellK
      requireTwoFactor
    }
    clinics {
      id
      name
      current
    }
  }
`);

export const meQuery = graphql(`
  query Me {
    me {
      ...ViewerFields
    }
  }
`);

export const loginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      viewer {
        ...ViewerFields
      }
      twoFactor {
        token
        expiresAt
      }
    }
  }
`);

export const completeTwoFactorSignInMutation = graphql(`
  mutation CompleteTwoFactorSignIn($challenge: String!, $code: String!) {
    completeTwoFactorSignIn(challenge: $challenge, code: $code) {
      ...ViewerFields
    }
  }
`);

export const switchClinicMutation = graphql(`
  mutation SwitchClinic($clinicId: ID!) {
    switchClinic(clinicId: $clinicId) {
      ...ViewerFields
    }
  }
`);

export const logoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
