/**
 * Day-indexed series helpers for charts and flags. Dates are the couple's local dates, so a
 * "7-day window" is seven calendar days whatever the clocks did (a 23-hour DST day counts
 * as one day, like any other).
 */
import { addDays, eachDay, type LocalDate } from '../dates';

export interface SeriesPoint {
  date: LocalDate;
  value: number | null;
}

export interface RollingPoint {
  date: LocalDate;
  /** Mean of the values in the window ending on this date; null when it holds none. */
  mean: number | null;
  /** How many values the mean is made of, so a chart can fade thinly supported points. */
  count: number;
}

/** Sum and count of the values dated from `from` to `to` inclusive (nulls skipped). */
export interface WindowStats {
  sum: number;
  count: number;
}

export function windowStats(
  series: readonly SeriesPoint[],
  from: LocalDate,
  to: LocalDate,
): WindowStats {
  let sum = 0;
  let count = 0;
  for (const point of series) {
    if (point.value !== null && point.date >= from && point.date <= to) {
      sum += point.value;
      count += 1;
    }
  }
  return { sum, count };
}

export function windowMean(stats: WindowStats): number | null {
  return stats.count === 0 ? null : stats.sum / stats.count;
}

/**
 * Trailing mean over `window` calendar days for every day from `range.from` to `range.to`
 * (default: the first to the last date in the series). Days whose window holds no value
 * get null, not 0 and not an interpolation: a chart must show a gap where nobody checked
 * in, rather than a dip or a line drawn through silence.
 */
export function rollingMean(
  series: readonly SeriesPoint[],
  window = 7,
  range?: { from: LocalDate; to: LocalDate },
): RollingPoint[] {
  if (!Number.isInteger(window) || window < 1) throw new RangeError(`Bad window: ${window}`);
  const dated = series
    .filter((p) => p.value !== null)
    .map((p) => p.date)
    .sort();
  const from = range?.from ?? dated[0];
  const to = range?.to ?? dated[dated.length - 1];
  if (from === undefined || to === undefined) return [];
  return eachDay(from, to).map((date) => {
    const stats = windowStats(series, addDays(date, 1 - window), date);
    return { date, mean: windowMean(stats), count: stats.count };
  });
}

/**
 * (mean of a) − (mean of b) ≥ threshold, decided exactly. Means of whole-number ratings are
 * fractions like 8/3, and in floating point 8/3 − 5/3 is 0.9999999999999998, which would
 * miss a drop of exactly one point. Cross-multiplying keeps everything in integers:
 * a.sum/a.count − b.sum/b.count ≥ t  ⇔  a.sum·b.count − b.sum·a.count ≥ t·a.count·b.count.
 */
export function meanDifferenceAtLeast(a: WindowStats, b: WindowStats, threshold: number): boolean {
  if (a.count === 0 || b.count === 0) return false;
  return a.sum * b.count - b.sum * a.count >= threshold * a.count * b.count;
}
