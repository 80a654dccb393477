import { graphql } from '../../../gql';

export const createCoupleMutation = graphql(`
  mutation CreateCouple($input: CreateCoupleInput!) {
    createCouple(input: $input) {
      couple {
        ...CoupleFields
      }
      invitations {
        ...InvitationLinkFields
      }
    }
  }
`);

export const invitePartnerMutation = graphql(`
  mutation InvitePartner($coupleId: ID!, $partner: PartnerSlot!) {
    invitePartner(coupleId: $coupleId, partner: $partner) {
      ...InvitationLinkFields
    }
  }
`);
