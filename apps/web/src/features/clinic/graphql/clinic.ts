import { graphql } from '../../../gql';

export const clinicCoachesQuery = graphql(`
  query ClinicCoaches {
    clinicCoaches {
      id
      displayName
      email
      status
      activeCouples
      invitationExpiresAt
    }
  }
`);

export const clinicRosterQuery = graphql(`
  query ClinicRoster {
    clinicRoster {
      id
      label
      status
      intakeDate
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
  }
`);

export const inviteCoachMutation = graphql(`
  mutation InviteCoach($input: InviteCoachInput!) {
    inviteCoach(input: $input) {
      ...InvitationLinkFields
    }
  }
`);

export const deactivateCoachMutation = graphql(`
  mutation DeactivateCoach($id: ID!) {
    deactivateCoach(id: $id) {
      id
      status
      activeCouples
      invitationExpiresAt
    }
  }
`);

export const updateRosterCoupleMutation = graphql(`
  mutation UpdateRosterCouple($coupleId: ID!, $input: UpdateRosterCoupleInput!) {
    updateRosterCouple(coupleId: $coupleId, input: $input) {
      id
      status
      coach {
        id
        displayName
      }
    }
  }
`);

export const updateClinicMutation = graphql(`
  mutation UpdateClinic($input: UpdateClinicInput!) {
    updateClinic(input: $input) {
      id
      name
      timeZone
      smallCellK
    }
  }
`);

export const setClinicTwoFactorRequirementMutation = graphql(`
  mutation SetClinicTwoFactorRequirement($required: Boolean!) {
    setClinicTwoFactorRequirement(required: $required) {
      id
      requireTwoFactor
    }
  }
`);
