import { registerEnumType } from '@nestjs/graphql';
import {
  INTIMACY_TYPES,
  PROMPT_KINDS,
  COUPLE_STATUSES,
  MEMBER_STATUSES,
  ROLES,
  SCHEDULE_KINDS,
  WEEKDAYS,
  type CoupleStatus,
  type IntimacyType,
  type MemberStatus,
  type PromptKind,
  type Role,
  type ScheduleKind,
  type TaskState,
  type Weekday,
  ASSIGNMENT_STATUSES,
  AUDIENCES,
  VISIBILITIES,
  type AssignmentStatus,
  type AudienceKind,
  type Visibility,
} from '@hearth/domain';

function enumObject<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const RoleEnum = enumObject<Role>(ROLES);
export const MemberStatusEnum = enumObject<MemberStatus>(MEMBER_STATUSES);
export const CoupleStatusEnum = enumObject<CoupleStatus>(COUPLE_STATUSES);
export const PartnerSlotEnum = enumObject<'A' | 'B'>(['A', 'B']);

registerEnumType(RoleEnum, { name: 'Role' });
registerEnumType(MemberStatusEnum, {
  name: 'MemberStatus',
  description: 'INVITED until the invitation is accepted.',
});
registerEnumType(CoupleStatusEnum, { name: 'CoupleStatus' });
registerEnumType(PartnerSlotEnum, { name: 'PartnerSlot' });

export const IntimacyTypeEnum = enumObject<IntimacyType>(INTIMACY_TYPES);
export const PromptKindEnum = enumObject<PromptKind>(PROMPT_KINDS);
export const ScheduleKindEnum = enumObject<ScheduleKind>(SCHEDULE_KINDS);
export const WeekdayEnum = enumObject<Weekday>(WEEKDAYS);
export const SuggestedAudienceEnum = enumObject<'EACH' | 'TOGETHER'>(['EACH', 'TOGETHER']);
export const AudienceKindEnum = enumObject<AudienceKind>(AUDIENCES);
export const AssignmentStatusEnum = enumObject<AssignmentStatus>(ASSIGNMENT_STATUSES);
export const TaskStateEnum = enumObject<TaskState>([
  'DONE',
  'LATE',
  'OVERDUE',
  'MISSED',
  'DUE',
  'UPCOMING',
]);
export const VisibilityEnum = enumObject<Visibility>(VISIBILITIES);

registerEnumType(IntimacyTypeEnum, { name: 'IntimacyType' });
registerEnumType(PromptKindEnum, { name: 'PromptKind' });
registerEnumType(ScheduleKindEnum, { name: 'ScheduleKind' });
registerEnumType(WeekdayEnum, { name: 'Weekday' });
registerEnumType(SuggestedAudienceEnum, { name: 'SuggestedAudience' });
registerEnumType(AudienceKindEnum, {
  name: 'AudienceKind',
  description: 'EACH partner separately, TOGETHER (one completion), or ONE named partner.',
});
registerEnumType(AssignmentStatusEnum, { name: 'AssignmentStatus' });
registerEnumType(TaskStateEnum, {
  name: 'TaskState',
  description:
    'DONE by the end of the due day, LATE after it; not done: DUE today, UPCOMING, OVERDUE (1-7 days past), MISSED (older).',
});
registerEnumType(VisibilityEnum, {
  name: 'Visibility',
  description: 'PRIVATE: author and coach. SHARED: also the partner.',
});
