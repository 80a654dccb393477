import { graphql } from '../../../gql';

export const invitationQuery = graphql(`
  query Invitation($token: String!) {
    invitation(token: $token) {
      clinicName
      displayName
      email
      role
    }
  }
`);

export const acceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!, $password: String!, $displayName: String) {
    acceptInvitation(token: $token, password: $password, displayName: $displayName) {
      ...ViewerFields
    }
  }
`);
