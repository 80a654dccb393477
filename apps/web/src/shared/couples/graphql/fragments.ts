import { graphql } from '../../../gql';

export const personFieldsFragment = graphql(`
  fragment PersonFields on Person {
    id
    displayName
    email
    status
    invitationExpiresAt
  }
`);

export const coupleFieldsFragment = graphql(`
  fragment CoupleFields on Couple {
    id
    label
    status
    intakeDate
    timeZone
    coach {
      id
      displayName
    }
    partnerA {
      ...PersonFields
    }
    partnerB {
      ...PersonFields
    }
  }
`);

export const invitationLinkFieldsFragment = graphql(`
  fragment InvitationLinkFields on InvitationLink {
    displayName
    email
    expiresAt
    role
    url
  }
`);
