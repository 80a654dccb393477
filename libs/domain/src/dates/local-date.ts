/**
 * Calendar dates without a time or a zone ("the 2nd of March 2026 in the couple's life").
 *
 * Why strings: a due date, a check-in day or an intake date is a day on the couple's wall
 * calendar, not an instant. Keeping them as 'YYYY-MM-DD' strings means they sort and compare
 * correctly as plain strings, serialise unchanged through GraphQL and PostgreSQL `date`, and
 * can never be shifted by a server's own time zone. All arithmetic below is done on the
 * proleptic Gregorian calendar via UTC milliseconds, where every day is exactly 24 h long,
 * so daylight-saving changes cannot make a day disappear or repeat.
 */

/** A calendar date, 'YYYY-MM-DD'. */
export type LocalDate = string;

export const WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const DAY_MS = 86_400_000;
const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Years Hearth's dates can be in. Outside them a date is a typo (0000-01-01, 9999-12-31):
 * PostgreSQL has no year 0, and arithmetic near 9999 leaves the four-digit form.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;

/**
 * True for a real calendar date written 'YYYY-MM-DD' in years MIN_YEAR–MAX_YEAR (so
 * '2026-02-30', '2026-13-01' and '0000-01-01' are false).
 */
export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const match = LOCAL_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < MIN_YEAR || year > MAX_YEAR) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function assertLocalDate(value: LocalDate): void {
  if (!isLocalDate(value)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${value}`);
}

/** Milliseconds of the date's midnight on the UTC time line; an internal day counter. */
export function localDateToUtcMs(date: LocalDate): number {
  assertLocalDate(date);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // Date.UTC treats years 0–99 as 1900–1999; setUTCFullYear does not.
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year);
  return d.getTime();
}

/** The inverse of localDateToUtcMs: the UTC calendar date of an instant. */
export function utcMsToLocalDate(ms: number): LocalDate {
  const d = new Date(ms);
  const year = String(d.getUTCFullYear()).padStart(4, '0');
  const month = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  if (!Number.isInteger(days)) throw new RangeError(`Whole days only: ${days}`);
  return utcMsToLocalDate(localDateToUtcMs(date) + days * DAY_MS);
}

/** Whole days from `from` to `to`: positive when `to` is later, 0 for the same day. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((localDateToUtcMs(to) - localDateToUtcMs(from)) / DAY_MS);
}

/** Negative, zero or positive like a sort comparator. The strings compare correctly as-is. */
export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** ISO weekday number: Monday 1 … Sunday 7. */
export function isoWeekdayNumber(date: LocalDate): number {
  const jsDay = new Date(localDateToUtcMs(date)).getUTCDay(); // Sunday 0
  return jsDay === 0 ? 7 : jsDay;
}

export function weekdayOf(date: LocalDate): Weekday {
  return WEEKDAYS[isoWeekdayNumber(date) - 1] as Weekday;
}

/** The Monday of the ISO week (Monday–Sunday) containing the date. */
export function startOfIsoWeek(date: LocalDate): LocalDate {
  return addDays(date, 1 - isoWeekdayNumber(date));
}

/**
 * ISO 8601 week label, e.g. '2026-W10'. The week-year is the year of the week's Thursday,
 * so 2027-01-01 (a Friday) belongs to '2026-W53' and 2024-12-30 (a Monday) to '2025-W01'.
 */
export function isoWeekLabel(date: LocalDate): string {
  const thursday = addDays(startOfIsoWeek(date), 3);
  const weekYear = thursday.slice(0, 4);
  const week = Math.floor(daysBetween(`${weekYear}-01-01`, thursday) / 7) + 1;
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}

/** Every date from `from` to `to`, both included; empty when `to` is before `from`. */
export function eachDay(from: LocalDate, to: LocalDate): LocalDate[] {
  const days: LocalDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
}
