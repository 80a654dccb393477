import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Role } from '@hearth/domain';
import { RoleEnum } from '../graphql/enums';
import {
  AUDIT_ACTIONS,
  AUDIT_OUTCOMES,
  type AuditAction,
  type AuditOutcome,
} from '../audit/audit-event.entity';

export const AuditActionEnum = Object.fromEntries(AUDIT_ACTIONS.map((a) => [a, a])) as Record<
  AuditAction,
  AuditAction
>;
export const AuditOutcomeEnum = Object.fromEntries(AUDIT_OUTCOMES.map((o) => [o, o])) as Record<
  AuditOutcome,
  AuditOutcome
>;
registerEnumType(AuditActionEnum, { name: 'AuditAction' });
registerEnumType(AuditOutcomeEnum, {
  name: 'AuditOutcome',
  description: 'DENIED: the person asked for a record they may not access.',
});

/** One line of the clinic's Activity page: who, what, on which record, when, from where. */
@ObjectType('ActivityEvent')
export class ActivityEventModel {
  @Field(() => ID, { description: 'The event’s position in the clinic’s chain.' })
  seq!: string;

  @Field()
  occurredAt!: Date;

  @Field(() => ID, { nullable: true })
  userId!: string | null;

  @Field(() => String, { nullable: true, description: 'Null for a failed sign-in of nobody.' })
  personName!: string | null;

  @Field(() => RoleEnum, { nullable: true, description: 'The role the person acted in.' })
  role!: Role | null;

  @Field(() => AuditActionEnum)
  action!: AuditAction;

  @Field()
  targetType!: string;

  @Field(() => String, { nullable: true })
  targetId!: string | null;

  @Field(() => ID, { nullable: true })
  coupleId!: string | null;

  @Field(() => String, { nullable: true })
  coupleLabel!: string | null;

  @Field(() => AuditOutcomeEnum)
  outcome!: AuditOutcome;

  @Field(() => String, { nullable: true })
  ip!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What changed, in words: coaches moved between, a status, setting names.',
  })
  summary!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'For REASSIGN: the reason the admin gave (admins only, never the couple).',
  })
  reason!: string | null;
}

@ObjectType('ActivityPerson')
export class ActivityPersonModel {
  @Field(() => ID, { description: 'User id, as in ActivityFilter.personId.' })
  userId!: string;

  @Field()
  displayName!: string;
}

@ObjectType('ActivityPage')
export class ActivityPageModel {
  @Field(() => [ActivityEventModel], { description: 'Newest first.' })
  events!: ActivityEventModel[];

  @Field(() => Int, { description: 'Events matching the filter, on all pages.' })
  total!: number;

  @Field(() => Int)
  page!: number;

  @Field(() => Int)
  pageSize!: number;

  @Field(() => [ActivityPersonModel], {
    description: 'Coaches and admins of this clinic, for the person filter.',
  })
  people!: ActivityPersonModel[];
}

/** Reads of a couple's entries by one person on one day (for "Who has seen our entries"). */
@ObjectType('EntryReaderDay')
export class EntryReaderDayModel {
  @Field({ description: 'YYYY-MM-DD in the couple’s time zone.' })
  day!: string;

  @Field()
  readerName!: string;

  @Field(() => RoleEnum)
  readerRole!: Role;

  @Field(() => Int, { description: 'Requests that showed the couple’s entries that day.' })
  reads!: number;
}
