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

/** What the acceptance page shows before the person sets a password. */
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

  @Field({ description: 'True when this email already has a password: accepting asks for it.' })
  hasAccount!: boolean;
}
