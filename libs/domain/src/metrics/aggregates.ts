/**
 * Definitions of the clinic dashboard's numbers, as pure functions on small arrays.
 *
 * The API computes these in SQL (GROUP BY, never loops in Node); these functions are the
 * reference the SQL is tested against, so each states exactly what is in the numerator and
 * the denominator. Every function returns null, not 0 or NaN, when there is nothing to
 * measure: "no data" and "zero per cent" must look different on a clinician's screen.
 */
import { daysBetween, type LocalDate } from '../dates';
import type { ChangeClass } from '../measures';

/**
 * Completion rate = tasks completed / tasks due.
 * Due: dueAt is at or before `asOf` (tasks still upcoming are not yet expected).
 * Completed: a due task with a completion at any time, late ones included (lateness is a
 * separate measure; here the question is whether the homework was done).
 * Tasks completed early but not yet due are left out of both, so the rate stays in 0–1.
 */
export function completionRate(
  tasks: readonly { dueAt: string; completedAt: string | null }[],
  asOf: Date,
): number | null {
  const due = tasks.filter((t) => Date.parse(t.dueAt) <= asOf.getTime());
  if (due.length === 0) return null;
  return due.filter((t) => t.completedAt !== null).length / due.length;
}

/**
 * Check-in adherence = distinct local days with a check-in / local days enrolled, over the
 * days from `enrolledFrom` to `through`, both included. Check-ins outside those days are
 * ignored, and two filings on one day count once.
 */
export function checkinAdherence(
  checkinDates: readonly LocalDate[],
  enrolledFrom: LocalDate,
  through: LocalDate,
): number | null {
  const days = daysBetween(enrolledFrom, through) + 1;
  if (days <= 0) return null;
  const within = new Set(checkinDates.filter((d) => d >= enrolledFrom && d <= through));
  return within.size / days;
}

/** Arithmetic mean; null for an empty list. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/**
 * Median; for an even count the mean of the two middle values (what PostgreSQL's
 * percentile_cont(0.5) returns). Null for an empty list.
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export interface ChangeShares {
  /** How many classifications the shares are of. */
  n: number;
  /** Reliable improvement of any kind: IMPROVED + RECOVERED. */
  improved: number | null;
  /** RECOVERED only (reliable improvement that crossed the cut-off); a part of `improved`. */
  recovered: number | null;
  deteriorated: number | null;
  unchanged: number | null;
}

/**
 * Shares of reliably improved / recovered / deteriorated among classified people (or
 * couples — the unit is the caller's; only those with a first and a later CSI-4 are
 * classified at all). Recovered people are counted in `improved` as well, because recovery
 * is reliable improvement plus crossing the cut-off; so improved + deteriorated + unchanged
 * = 1, and recovered ≤ improved.
 */
export function changeShares(classes: readonly ChangeClass[]): ChangeShares {
  const n = classes.length;
  const share = (predicate: (c: ChangeClass) => boolean) =>
    n === 0 ? null : classes.filter(predicate).length / n;
  return {
    n,
    improved: share((c) => c === 'IMPROVED' || c === 'RECOVERED'),
    recovered: share((c) => c === 'RECOVERED'),
    deteriorated: share((c) => c === 'DETERIORATED'),
    unchanged: share((c) => c === 'UNCHANGED'),
  };
}

/** Mean of completions' helpfulness ratings (1–5); completions without a rating are skipped. */
export function meanHelpfulness(ratings: readonly (number | null)[]): number | null {
  return mean(ratings.filter((r): r is number => r !== null));
}

/**
 * Mean closeness change around an exercise = mean of (after − before) over completions
 * that rated both (1–7 each); positive means partners felt closer after doing it.
 */
export function meanClosenessChange(
  completions: readonly { before: number | null; after: number | null }[],
): number | null {
  return mean(
    completions.flatMap((c) => (c.before === null || c.after === null ? [] : [c.after - c.before])),
  );
}
