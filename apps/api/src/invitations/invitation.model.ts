import { Field, ObjectType } from '@nestjs/graphql';
import type { Role } from '@hearth/domain';
import { RoleEnum } from '../graphql/enums';

/**
 * A freshly issued invitation link. Until email delivery exists it is shown to the inviter
 * (and written to the API log); the token inside it is never stored.
 */
@ObjectType('InvitationLink')
export class InvitationLinkModel {
  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field()
  url!: string;

  @Field(() => Date)
  expiresAt!: Date;
}

/**
 * What the acceptance page shows: what the inviter typed and the clinic. Not whether the email
 * already has an account: that would tell the inviter, who holds the link too.
 */
@ObjectType('InvitationPreview')
export class InvitationPreviewModel {
  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field()
  clinicName!: string;
}
