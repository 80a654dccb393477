/**
 * The period a clinic dashboard covers, and its ISO weeks.
 *
 * A period is a range of local calendar dates, both ends included. Every dated row is
 * compared on its own local date (a task's due date, a check-in's day, a CSI-4's filing
 * day, each in the couple's time zone), so "1 March" means 1 March where each couple lives.
 * Presets end today in the clinic's time zone and reach back whole weeks of days.
 */
import type { FieldError } from '../errors';
import {
  addDays,
  daysBetween,
  isLocalDate,
  isoWeekLabel,
  startOfIsoWeek,
  type LocalDate,
} from '../dates';

export const DASHBOARD_PRESETS = [
  'LAST_4_WEEKS',
  'LAST_12_WEEKS',
  'LAST_26_WEEKS',
  'CUSTOM',
] as const;
export type DashboardPreset = (typeof DASHBOARD_PRESETS)[number];

/** How many weeks of days each preset covers, ending today. */
export const PRESET_WEEKS: Record<Exclude<DashboardPreset, 'CUSTOM'>, number> = {
  LAST_4_WEEKS: 4,
  LAST_12_WEEKS: 12,
  LAST_26_WEEKS: 26,
};

/** At most two years of days (one leap day included), so a query stays bounded. */
export const MAX_DASHBOARD_PERIOD_DAYS = 731;

export interface DashboardPeriod {
  from: LocalDate;
  to: LocalDate;
}

export interface DashboardPeriodRequest {
  preset: string;
  from?: string | null;
  to?: string | null;
}

const blank = (v: string | null | undefined) => v === undefined || v === null || v === '';

/**
 * The dates of a requested period, or field errors (`preset`, `from`, `to`). Presets cover
 * the last 28, 84 or 182 days ending `today` and take no dates; CUSTOM needs both dates,
 * from ≤ to, spanning at most MAX_DASHBOARD_PERIOD_DAYS days.
 */
export function resolveDashboardPeriod(
  request: DashboardPeriodRequest,
  today: LocalDate,
): { period: DashboardPeriod } | { errors: FieldError[] } {
  const { preset, from, to } = request;
  if (!(DASHBOARD_PRESETS as readonly string[]).includes(preset)) {
    return {
      errors: [{ field: 'preset', message: `Choose one of ${DASHBOARD_PRESETS.join(', ')}.` }],
    };
  }
  if (preset !== 'CUSTOM') {
    const errors: FieldError[] = [];
    const message = 'Dates apply to a CUSTOM period only.';
    if (!blank(from)) errors.push({ field: 'from', message });
    if (!blank(to)) errors.push({ field: 'to', message });
    if (errors.length > 0) return { errors };
    const weeks = PRESET_WEEKS[preset as Exclude<DashboardPreset, 'CUSTOM'>];
    return { period: { from: addDays(today, 1 - weeks * 7), to: today } };
  }
  const errors: FieldError[] = [];
  for (const [field, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (blank(value)) errors.push({ field, message: 'Choose a date.' });
    else if (!isLocalDate(value)) errors.push({ field, message: 'Use a date like 2026-03-14.' });
  }
  if (errors.length > 0 || !isLocalDate(from) || !isLocalDate(to)) return { errors };
  if (from > to) return { errors: [{ field: 'to', message: 'End on or after the start date.' }] };
  if (daysBetween(from, to) + 1 > MAX_DASHBOARD_PERIOD_DAYS) {
    return { errors: [{ field: 'to', message: 'Choose a period of at most two years.' }] };
  }
  return { period: { from, to } };
}

export interface PeriodWeek {
  /** ISO 8601 week, e.g. '2026-W10'. */
  week: string;
  /** The Monday of the week, which may be before the period starts. */
  monday: LocalDate;
  /** The days of the week inside the period: the first and last week may be partial. */
  from: LocalDate;
  to: LocalDate;
}

/** The ISO weeks (Monday–Sunday) that overlap the period, oldest first, clipped to it. */
export function isoWeeksOf(period: DashboardPeriod): PeriodWeek[] {
  const weeks: PeriodWeek[] = [];
  for (let monday = startOfIsoWeek(period.from); monday <= period.to; monday = addDays(monday, 7)) {
    const sunday = addDays(monday, 6);
    weeks.push({
      week: isoWeekLabel(monday),
      monday,
      from: monday < period.from ? period.from : monday,
      to: sunday > period.to ? period.to : sunday,
    });
  }
  return weeks;
}
