import { addDays, WEEKDAYS, weekdayOf } from '@hearth/domain';
import type {
  CoachScheduleFieldsFragment,
  ScheduleInput,
  ScheduleKind,
} from '../../../gql/graphql';
import type { RuleLike } from '../../../shared/schedule-labels';

/** The schedule part of the assign and edit forms. */
export interface ScheduleValues {
  kind: ScheduleKind;
  dueDate: string | null;
  startDate: string | null;
  endDate: string | null;
  timesPerWeek: number | string;
  weekdays: string[];
}

/** How long a repeating assignment runs unless the coach says otherwise: until the 4th week. */
export const DEFAULT_RUN_DAYS = 27;
/** A one-off is due within a week: the usual gap between sessions. */
export const DEFAULT_ONCE_DAYS = 7;

/** The exercise's suggested rule made concrete from today (in the couple's time zone). */
export function scheduleFromRule(rule: RuleLike | null | undefined, today: string): ScheduleValues {
  return {
    kind: rule?.kind ?? 'ONCE',
    dueDate: addDays(today, DEFAULT_ONCE_DAYS),
    startDate: today,
    endDate: addDays(today, DEFAULT_RUN_DAYS),
    timesPerWeek: rule?.timesPerWeek ?? 3,
    weekdays: rule?.weekdays?.length ? [...rule.weekdays] : [weekdayOf(today)],
  };
}

/** An existing assignment's schedule, for editing. */
export function scheduleValuesOf(s: CoachScheduleFieldsFragment, today: string): ScheduleValues {
  return {
    kind: s.kind,
    dueDate: s.dueDate ?? addDays(today, DEFAULT_ONCE_DAYS),
    startDate: s.startDate ?? today,
    endDate: s.endDate ?? addDays(today, DEFAULT_RUN_DAYS),
    timesPerWeek: s.timesPerWeek ?? 3,
    weekdays: s.weekdays?.length ? [...s.weekdays] : [weekdayOf(today)],
  };
}

/** Only the fields the chosen kind uses; the API validates the rest. */
export function scheduleInput(v: ScheduleValues): ScheduleInput {
  switch (v.kind) {
    case 'ONCE':
      return { kind: 'ONCE', dueDate: v.dueDate ?? '' };
    case 'DAILY':
      return { kind: 'DAILY', startDate: v.startDate ?? '', endDate: v.endDate ?? '' };
    case 'N_PER_WEEK':
      return {
        kind: 'N_PER_WEEK',
        startDate: v.startDate ?? '',
        endDate: v.endDate ?? '',
        timesPerWeek: typeof v.timesPerWeek === 'number' ? v.timesPerWeek : Number(v.timesPerWeek),
      };
    case 'WEEKLY':
      return {
        kind: 'WEEKLY',
        startDate: v.startDate ?? '',
        endDate: v.endDate ?? '',
        weekdays: WEEKDAYS.filter((d) => v.weekdays.includes(d)),
      };
  }
}

/** Same schedule? (Sending an unchanged one would re-plan the open tasks for nothing.) */
export function sameSchedule(a: ScheduleInput, b: ScheduleInput): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The API's field paths under `schedule.` mapped onto the form's fields. */
export const SCHEDULE_FIELDS = [
  'kind',
  'dueDate',
  'startDate',
  'endDate',
  'timesPerWeek',
  'weekdays',
] as const;

export function scheduleRename(prefix: string): Record<string, string> {
  const rename: Record<string, string> = {};
  for (const f of SCHEDULE_FIELDS) rename[`${prefix}${f}`] = f;
  for (let i = 0; i < 7; i++) rename[`${prefix}weekdays.${i}`] = 'weekdays';
  return rename;
}
