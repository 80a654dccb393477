import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { MemberStatus, Role } from '@hearth/domain';
import { MemberStatusEnum, RoleEnum } from '../graphql/enums';

/** A person in their role in the clinic (a membership). The id is the membership id. */
@ObjectType('Person')
export class PersonModel {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field()
  email!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => MemberStatusEnum)
  status!: MemberStatus;

  @Field(() => Date, {
    nullable: true,
    description: 'When the open invitation expires; null when none is open.',
  })
  invitationExpiresAt!: Date | null;
}

@ObjectType('Coach')
export class CoachModel extends PersonModel {
  @Field(() => Int, { description: 'Couples (not closed) whose primary coach this is.' })
  activeCouples!: number;
}
