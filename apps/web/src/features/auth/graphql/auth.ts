import { graphql } from '../../../gql';

/** Everything the shell and the role-aware home need about the signed-in person. */
export const viewerFieldsFragment = graphql(`
  fragment ViewerFields on Viewer {
    id
    displayName
    email
    roles
    clinic {
      id
      name
      timeZone
      smallCellK
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
      ...ViewerFields
    }
  }
`);

export const logoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
