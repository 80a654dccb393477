import type { CSSProperties } from 'react';
import type {
  AudienceKind,
  CoachFlagFieldsFragment,
  Csi4Change,
  FlagCode,
  FlagSeverity,
  PartnerSlot,
  PersonFieldsFragment,
  TaskState,
  Visibility,
} from '../../../gql/graphql';

/** Partner A and B keep the same colour on every chart, badge and grid of the coach's pages. */
export const PARTNER_COLOR: Record<PartnerSlot, string> = { A: 'clay', B: 'blue' };

export interface CouplePartners {
  partnerA: Pick<PersonFieldsFragment, 'displayName'>;
  partnerB: Pick<PersonFieldsFragment, 'displayName'>;
}

export function partnerName(couple: CouplePartners, slot: PartnerSlot): string {
  return slot === 'A' ? couple.partnerA.displayName : couple.partnerB.displayName;
}

export const FLAG_LABEL: Record<FlagCode, string> = {
  WANTS_TO_TALK: 'Wants to talk',
  CSI_DETERIORATED: 'CSI-4 deteriorated',
  CSI_LOW: 'CSI-4 below 13.5',
  CLOSENESS_DOWN: 'Closeness down',
  PARTNERS_APART: 'Partners apart',
  NO_CHECKIN: 'No check-in',
  HOMEWORK_OVERDUE: 'Homework overdue',
};

export const SEVERITY: Record<
  FlagSeverity,
  { color: string; label: string; rank: number; text?: string }
> = {
  HIGH: { color: 'red', label: 'High: act before the next session', rank: 0 },
  // Light badges get darker text than Mantine's default, which is too pale to read well.
  MEDIUM: {
    color: 'orange',
    label: 'Medium: raise at the next session',
    rank: 1,
    text: 'var(--mantine-color-orange-9)',
  },
  LOW: { color: 'yellow', label: 'Low: engagement', rank: 2, text: 'var(--mantine-color-dark-6)' },
};

/** Props for a severity badge: filled for high, light (with readable text) otherwise. */
export function severityBadge(severity: FlagSeverity) {
  const s = SEVERITY[severity];
  return {
    color: s.color,
    variant: severity === 'HIGH' ? ('filled' as const) : ('light' as const),
    style: s.text ? ({ '--badge-color': s.text } as CSSProperties) : undefined,
  };
}

/** One entry per flag code (a flag may fire for each partner), most severe first. */
export interface FlagGroup {
  code: FlagCode;
  severity: FlagSeverity;
  flags: CoachFlagFieldsFragment[];
}

export function groupFlags(flags: readonly CoachFlagFieldsFragment[]): FlagGroup[] {
  const groups = new Map<FlagCode, FlagGroup>();
  for (const flag of flags) {
    const group = groups.get(flag.code);
    if (!group) {
      groups.set(flag.code, { code: flag.code, severity: flag.severity, flags: [flag] });
    } else {
      group.flags.push(flag);
      if (SEVERITY[flag.severity].rank < SEVERITY[group.severity].rank) {
        group.severity = flag.severity;
      }
    }
  }
  return [...groups.values()].sort((a, b) => SEVERITY[a.severity].rank - SEVERITY[b.severity].rank);
}

export const AUDIENCE_LABEL: Record<AudienceKind, string> = {
  EACH: 'Each partner',
  TOGETHER: 'Together',
  ONE: 'One partner',
};

export function audienceText(
  couple: CouplePartners,
  audience: AudienceKind,
  partner: PartnerSlot | null | undefined,
): string {
  if (audience === 'ONE' && partner) return `Only ${partnerName(couple, partner)}`;
  if (audience === 'EACH') return 'Each partner on their own';
  return AUDIENCE_LABEL[audience];
}

export const TASK_STATE: Record<TaskState, { label: string; color: string; description: string }> =
  {
    DONE: { label: 'Done', color: 'var(--mantine-color-teal-7)', description: 'done on time' },
    LATE: {
      label: 'Done late',
      color: 'var(--mantine-color-teal-3)',
      description: 'done after the due day',
    },
    OVERDUE: {
      label: 'Overdue',
      color: 'var(--mantine-color-orange-6)',
      description: 'not done, up to 7 days past due',
    },
    MISSED: {
      label: 'Missed',
      color: 'var(--mantine-color-red-7)',
      description: 'not done, more than 7 days past due',
    },
    DUE: { label: 'Due today', color: 'var(--mantine-color-blue-6)', description: 'due today' },
    UPCOMING: {
      label: 'Upcoming',
      color: 'var(--mantine-color-gray-3)',
      description: 'due later',
    },
  };

export const TASK_STATE_ORDER: TaskState[] = [
  'DONE',
  'LATE',
  'DUE',
  'OVERDUE',
  'MISSED',
  'UPCOMING',
];

export const VISIBILITY: Record<Visibility, { label: string; color: string; hint: string }> = {
  PRIVATE: { label: 'Private', color: 'gray', hint: 'Only the author and you can read this.' },
  SHARED: { label: 'Shared', color: 'hearth', hint: 'The partner can read this too.' },
};

export const CSI_CHANGE: Record<Csi4Change, { label: string; color: string }> = {
  RECOVERED: { label: 'Recovered', color: 'teal' },
  IMPROVED: { label: 'Reliably improved', color: 'green' },
  UNCHANGED: { label: 'No reliable change', color: 'gray' },
  DETERIORATED: { label: 'Reliably deteriorated', color: 'red' },
};
