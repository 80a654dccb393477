/**
 * IANA time zones through the built-in `Intl` API (no date library needed).
 *
 * Why this exists: the couple's day is their local day. "Due on the 29th" means "before
 * midnight on the 29th where they live", and on a daylight-saving day that local day is 23
 * or 25 hours long. Everything here converts between instants (UTC milliseconds) and wall
 * clock readings in a zone by asking `Intl` for the wall clock of an instant, which is the
 * only direction `Intl` offers; the reverse (wall clock -> instant) is solved by trying the
 * zone's offsets around that time.
 */
import { addDays, localDateToUtcMs, utcMsToLocalDate, type LocalDate } from './local-date';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      // h23, not hour12:false: some engines print midnight as "24" with the latter.
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      era: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True for a zone name `Intl` knows, e.g. 'Europe/London' or 'UTC'. */
export function isValidTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone.trim() === '') return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function assertTimeZone(timeZone: string): void {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);
}

/** A wall clock reading, as if it were UTC: milliseconds, second precision. */
function wallClockMs(timeZone: string, instantMs: number): number {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instantMs))) {
    parts[part.type] = part.value;
  }
  let year = Number(parts.year);
  if (parts.era === 'BC' || parts.era === 'B') year = 1 - year;
  const d = new Date(
    Date.UTC(
      2000,
      Number(parts.month) - 1,
      Number(parts.day),
      Number(parts.hour),
      Number(parts.minute),
      Number(parts.second),
    ),
  );
  d.setUTCFullYear(year);
  return d.getTime();
}

/** The zone's offset from UTC at an instant, in milliseconds (London summer: +3 600 000). */
export function offsetMsAt(timeZone: string, instant: Date | number): number {
  assertTimeZone(timeZone);
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  // Intl reports whole seconds; compare against the instant truncated the same way.
  return wallClockMs(timeZone, ms) - Math.floor(ms / 1000) * 1000;
}

/** The local calendar date in `timeZone` at the instant `now`. */
export function todayIn(timeZone: string, now: Date): LocalDate {
  assertTimeZone(timeZone);
  return utcMsToLocalDate(wallClockMs(timeZone, now.getTime()));
}

/** Minutes since local midnight (0–1439) by the wall clock in `timeZone` at `now`. */
export function localMinutesOfDay(timeZone: string, now: Date): number {
  assertTimeZone(timeZone);
  const wall = wallClockMs(timeZone, now.getTime());
  return Math.floor((wall - localDateToUtcMs(utcMsToLocalDate(wall))) / 60_000);
}

/**
 * The first instant at which the wall clock in `timeZone` reads `wallMs` or later.
 *
 * Normally exactly one instant shows a given wall time. In an autumn overlap two do, and we
 * take the earlier. In a spring gap none does (02:30 on 2026-03-08 in New York never
 * happens), and we return the instant the clock jumps past it — the same answer a person
 * gives for "when did that day start".
 */
function firstInstantAtOrAfterWallTime(timeZone: string, wallMs: number): number {
  // A day either side catches the offsets in force before and after any transition here.
  const offsetBefore = offsetMsAt(timeZone, wallMs - 86_400_000);
  const offsetAfter = offsetMsAt(timeZone, wallMs + 86_400_000);
  const candidates = [wallMs - offsetBefore, wallMs - offsetAfter]
    .filter((t) => wallClockMs(timeZone, t) === wallMs)
    .sort((a, b) => a - b);
  if (candidates.length > 0) return candidates[0] as number;

  // Gap: between these bounds the wall clock is below `wallMs` before the jump and at or
  // above it after, so bisect for the jump.
  let low = Math.min(wallMs - offsetBefore, wallMs - offsetAfter);
  let high = Math.max(wallMs - offsetBefore, wallMs - offsetAfter);
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (wallClockMs(timeZone, mid) >= wallMs) high = mid;
    else low = mid;
  }
  return high;
}

/** The first instant of the local day `date` in `timeZone`. */
export function startOfLocalDay(date: LocalDate, timeZone: string): Date {
  assertTimeZone(timeZone);
  return new Date(firstInstantAtOrAfterWallTime(timeZone, localDateToUtcMs(date)));
}

/**
 * The last millisecond of the local day `date` in `timeZone` (23:59:59.999 local), as an
 * ISO instant. Computed as "start of the next local day minus 1 ms" so that a 23-hour or
 * 25-hour day ends at the right moment.
 */
export function endOfLocalDay(date: LocalDate, timeZone: string): string {
  const nextStart = startOfLocalDay(addDays(date, 1), timeZone).getTime();
  return new Date(nextStart - 1).toISOString();
}
