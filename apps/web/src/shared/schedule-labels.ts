import { WEEKDAYS, type Weekday } from '@hearth/domain';
import type { ScheduleKind } from '../gql/graphql';

/** An exercise's suggested schedule (a rule without dates). */
export interface RuleLike {
  kind: ScheduleKind;
  timesPerWeek?: number | null;
  weekdays?: readonly string[] | null;
}

export const SCHEDULE_KIND_OPTIONS: { value: ScheduleKind; label: string }[] = [
  { value: 'ONCE', label: 'Once' },
  { value: 'DAILY', label: 'Daily' },
  { value: 'N_PER_WEEK', label: 'Times a week' },
  { value: 'WEEKLY', label: 'On set days' },
];

/** "MON" -> "Mon". */
function weekdayLabel(d: Weekday): string {
  return d.charAt(0) + d.slice(1).toLowerCase();
}

export const WEEKDAY_OPTIONS: { value: Weekday; label: string }[] = WEEKDAYS.map((d) => ({
  value: d,
  label: weekdayLabel(d),
}));

/** "3 times a week", "Every Wed", "Once": what the catalogue suggests. */
export function describeRule(rule: RuleLike): string {
  switch (rule.kind) {
    case 'ONCE':
      return 'Once';
    case 'DAILY':
      return 'Daily';
    case 'N_PER_WEEK':
      return rule.timesPerWeek === 1 ? 'Once a week' : `${rule.timesPerWeek ?? '?'} times a week`;
    case 'WEEKLY':
      return `Every ${WEEKDAYS.filter((d) => rule.weekdays?.includes(d))
        .map(weekdayLabel)
        .join(', ')}`;
  }
}
