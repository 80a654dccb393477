/**
 * Assignment schedules and audiences, and their validation.
 *
 * A schedule is a rule a coach picks in under a minute ("3 times a week for a month");
 * tasks are the concrete due units it expands into (see expand-tasks.ts). Dates are local
 * dates in the couple's time zone.
 */
import type { FieldError } from '../errors';
import {
  addDays,
  daysBetween,
  isLocalDate,
  WEEKDAYS,
  type LocalDate,
  type Weekday,
} from '../dates';

export type Schedule =
  | { kind: 'ONCE'; dueDate: LocalDate }
  | { kind: 'DAILY'; startDate: LocalDate; endDate: LocalDate }
  | { kind: 'N_PER_WEEK'; timesPerWeek: number; startDate: LocalDate; endDate: LocalDate }
  | { kind: 'WEEKLY'; weekdays: Weekday[]; startDate: LocalDate; endDate: LocalDate };

export type ScheduleKind = Schedule['kind'];
export const SCHEDULE_KINDS: readonly ScheduleKind[] = ['ONCE', 'DAILY', 'N_PER_WEEK', 'WEEKLY'];

/**
 * A schedule without its dates: what the catalogue suggests ("weekly on Saturday") before
 * a coach picks when the assignment runs.
 */
export type ScheduleRule =
  | { kind: 'ONCE' }
  | { kind: 'DAILY' }
  | { kind: 'N_PER_WEEK'; timesPerWeek: number }
  | { kind: 'WEEKLY'; weekdays: Weekday[] };

export type Partner = 'A' | 'B';
export const PARTNERS: readonly Partner[] = ['A', 'B'];

/** Who does an assignment: each partner on their own, both together, or one named partner. */
export type Audience = { kind: 'EACH' } | { kind: 'TOGETHER' } | { kind: 'ONE'; partner: Partner };

/** Longest assignment we accept, in days with both ends included: a year, leap years too. */
export const MAX_SCHEDULE_DAYS = 366;
export const MIN_TIMES_PER_WEEK = 1;
export const MAX_TIMES_PER_WEEK = 7;

export interface ValidateScheduleOptions {
  /**
   * The couple's local today. When given, a schedule that would be over before today is
   * refused (a ONCE due date before today, or a range whose end date is before today). A
   * range whose start is already past is accepted, because editing an assignment that is
   * under way keeps its original start; the tasks before today simply show as overdue.
   * Leave it out to check only the shape (as expandTasks does).
   */
  today?: LocalDate;
}

/** Turns a catalogue suggestion into a concrete schedule for the dates a coach picked. */
export function applyScheduleRule(
  rule: ScheduleRule,
  range: { startDate: LocalDate; endDate: LocalDate },
): Schedule {
  switch (rule.kind) {
    case 'ONCE':
      // A one-off exercise is due by the end of the period the coach chose.
      return { kind: 'ONCE', dueDate: range.endDate };
    case 'DAILY':
      return { kind: 'DAILY', ...range };
    case 'N_PER_WEEK':
      return { kind: 'N_PER_WEEK', timesPerWeek: rule.timesPerWeek, ...range };
    case 'WEEKLY':
      return { kind: 'WEEKLY', weekdays: [...rule.weekdays], ...range };
  }
}

/** Homework is planned between sessions: nothing starts or is due more than 5 years ahead. */
export const MAX_SCHEDULE_AHEAD_DAYS = 5 * 365 + 1;
const HORIZON_MESSAGE = 'Choose a date within the next 5 years.';

/**
 * Field-level problems with a schedule; empty when it is acceptable. Written defensively:
 * the value may come straight from a request, so unknown kinds and wrong types are reported
 * rather than trusted.
 */
export function validateSchedule(
  schedule: Schedule,
  options: ValidateScheduleOptions = {},
): FieldError[] {
  const errors: FieldError[] = [];
  const kind: string = schedule?.kind;
  if (!SCHEDULE_KINDS.includes(kind as ScheduleKind)) {
    return [{ field: 'kind', message: 'Choose once, daily, N times a week or weekly.' }];
  }
  const { today } = options;

  if (schedule.kind === 'ONCE') {
    if (!isLocalDate(schedule.dueDate)) {
      errors.push({ field: 'dueDate', message: 'Use a date like 2026-03-02.' });
    } else if (today !== undefined && schedule.dueDate < today) {
      errors.push({ field: 'dueDate', message: 'The due date is in the past.' });
    } else if (today !== undefined && schedule.dueDate > addDays(today, MAX_SCHEDULE_AHEAD_DAYS)) {
      errors.push({ field: 'dueDate', message: HORIZON_MESSAGE });
    }
    return errors;
  }

  errors.push(...validateRuleDetails(schedule));
  const startOk = isLocalDate(schedule.startDate);
  const endOk = isLocalDate(schedule.endDate);
  if (!startOk) errors.push({ field: 'startDate', message: 'Use a date like 2026-03-02.' });
  if (!endOk) errors.push({ field: 'endDate', message: 'Use a date like 2026-03-02.' });
  if (startOk && endOk) {
    const length = daysBetween(schedule.startDate, schedule.endDate) + 1;
    if (length < 1) {
      errors.push({ field: 'endDate', message: 'The end date is before the start date.' });
    } else if (length > MAX_SCHEDULE_DAYS) {
      errors.push({
        field: 'endDate',
        message: `A schedule can run for at most ${MAX_SCHEDULE_DAYS} days.`,
      });
    } else if (today !== undefined && schedule.endDate < today) {
      errors.push({ field: 'endDate', message: 'The schedule would end in the past.' });
    } else if (
      today !== undefined &&
      schedule.startDate > addDays(today, MAX_SCHEDULE_AHEAD_DAYS)
    ) {
      errors.push({ field: 'startDate', message: HORIZON_MESSAGE });
    }
  }
  return errors;
}

/** Checks the parts of a rule that do not involve dates (times per week, weekdays). */
export function validateRuleDetails(rule: ScheduleRule | Schedule): FieldError[] {
  const errors: FieldError[] = [];
  if (rule.kind === 'N_PER_WEEK') {
    const n = rule.timesPerWeek;
    if (!Number.isInteger(n) || n < MIN_TIMES_PER_WEEK || n > MAX_TIMES_PER_WEEK) {
      errors.push({
        field: 'timesPerWeek',
        message: `Choose between ${MIN_TIMES_PER_WEEK} and ${MAX_TIMES_PER_WEEK} times a week.`,
      });
    }
  }
  if (rule.kind === 'WEEKLY') {
    const days: unknown = rule.weekdays;
    if (!Array.isArray(days) || days.length === 0) {
      errors.push({ field: 'weekdays', message: 'Choose at least one weekday.' });
    } else {
      days.forEach((day: unknown, index) => {
        if (!WEEKDAYS.includes(day as Weekday)) {
          errors.push({ field: `weekdays.${index}`, message: 'Use MON, TUE, … SUN.' });
        } else if (days.indexOf(day) !== index) {
          errors.push({ field: `weekdays.${index}`, message: 'Each weekday only once.' });
        }
      });
    }
  }
  return errors;
}
