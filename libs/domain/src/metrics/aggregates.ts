/**
 * Definitions of the clinic dashboard's numbers, as pure functions on small arrays.
 *
 * The API computes these in SQL (GROUP BY, never loops in Node); these functions are the
 * reference the SQL is tested against, so each states exactly what is in the numerator and
 * the denominator. Every function returns null, not 0 or NaN, when there is nothing to
 * measure: "no data" and "zero per cent" must look different on a clinician's screen.
 */
import { addDays, daysBetween, type LocalDate } from '../dates';
import {
  classifyChange,
  CSI4_RELIABLE_CHANGE,
  type ChangeClass,
  type ReliableChangeParameters,
} from '../measures';

/**
 * Completion rate = tasks completed / tasks due.
 * Due: dueAt is at or before `asOf` (tasks still upcoming are not yet expected).
 * Completed: a due task with a completion recorded at or before `asOf`, late ones included
 * (lateness is a separate measure; here the question is whether the homework was done).
 * Tasks completed early but not yet due are left out of both, so the rate stays in 0–1;
 * a completion stamped after `asOf` has not happened yet as of then.
 */
export function completionRate(
  tasks: readonly { dueAt: string; completedAt: string | null }[],
  asOf: Date,
): number | null {
  const due = tasks.filter((t) => Date.parse(t.dueAt) <= asOf.getTime());
  if (due.length === 0) return null;
  return (
    due.filter((t) => t.completedAt !== null && Date.parse(t.completedAt) <= asOf.getTime())
      .length / due.length
  );
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

/** numerator / denominator; null when the denominator is 0 (nothing to measure). */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/**
 * The local days of a period on which a partner's check-in is expected: from the later of
 * the period's start and the partner's first day (`enrolledOn`: intake, or joining if later),
 * through the earlier of the period's end and yesterday. A day counts once it is over, so
 * today never lowers anyone's adherence. Null when no day qualifies, or when the partner is
 * not enrolled at all (enrolledOn null: not joined, or deactivated).
 */
export function adherenceWindow(
  enrolledOn: LocalDate | null,
  period: { from: LocalDate; to: LocalDate },
  today: LocalDate,
): { from: LocalDate; through: LocalDate } | null {
  if (enrolledOn === null) return null;
  const from = enrolledOn > period.from ? enrolledOn : period.from;
  const yesterday = addDays(today, -1);
  const through = period.to < yesterday ? period.to : yesterday;
  return from <= through ? { from, through } : null;
}

export interface PooledAdherence {
  /** Partner-days with a check-in. */
  daysWithCheckin: number;
  /** Partner-days expected (each partner's window, summed). */
  daysEnrolled: number;
  rate: number | null;
}

/**
 * Check-in adherence of many partners together = Σ days with a check-in / Σ days enrolled,
 * in partner-days: every expected day weighs the same, so a partner enrolled for 3 days
 * does not count as much as one enrolled for 80 (a pooled ratio, not a mean of rates).
 * Per partner, days are counted as in `checkinAdherence` (distinct days inside the window).
 */
export function pooledCheckinAdherence(
  partners: readonly {
    checkinDates: readonly LocalDate[];
    window: { from: LocalDate; through: LocalDate } | null;
  }[],
): PooledAdherence {
  let daysWithCheckin = 0;
  let daysEnrolled = 0;
  for (const { checkinDates, window } of partners) {
    if (window === null) continue;
    daysEnrolled += daysBetween(window.from, window.through) + 1;
    daysWithCheckin += new Set(checkinDates.filter((d) => d >= window.from && d <= window.through))
      .size;
  }
  return { daysWithCheckin, daysEnrolled, rate: ratio(daysWithCheckin, daysEnrolled) };
}

export interface Csi4Change {
  first: number;
  latest: number;
  /** latest − first, in CSI-4 points (positive: more satisfied). */
  change: number;
  changeClass: ChangeClass;
}

/**
 * One partner's CSI-4 change as of a period: their first result ever (normally at intake)
 * against their latest result filed on or before the period's end. Counted only when that
 * latest result was filed within the period and is a later result than the first (two or
 * more results); otherwise null. Classified with `classifyChange` (Jacobson & Truax).
 */
export function csi4ChangeInPeriod(
  results: readonly { date: LocalDate; total: number }[],
  period: { from: LocalDate; to: LocalDate },
  params: ReliableChangeParameters & { cutoff?: number } = CSI4_RELIABLE_CHANGE,
): Csi4Change | null {
  const upToEnd = results
    .filter((r) => r.date <= period.to)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const first = upToEnd[0];
  const latest = upToEnd.at(-1);
  if (!first || !latest || latest.date < period.from || latest.date <= first.date) return null;
  return {
    first: first.total,
    latest: latest.total,
    change: latest.total - first.total,
    changeClass: classifyChange(first.total, latest.total, params),
  };
}
