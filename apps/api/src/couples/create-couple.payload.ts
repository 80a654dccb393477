import { Field, ObjectType } from '@nestjs/graphql';
import { InvitationLinkModel } from '../invitations/invitation.model';
import { CoupleModel } from './couple.model';

@ObjectType('CreateCouplePayload')
export class CreateCouplePayload {
  @Field(() => CoupleModel)
  couple!: CoupleModel;

  @Field(() => [InvitationLinkModel], {
    description: 'One link per partner who still has to join.',
  })
  invitations!: InvitationLinkModel[];
}
