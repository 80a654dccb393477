import {
  addDays,
  daysBetween,
  eachDay,
  PARTNERS,
  rollingMean,
  type LocalDate,
  type Partner,
} from '@hearth/domain';
import type {
  CheckinAdherenceModel,
  CheckinRatingsModel,
  CheckinSeriesModel,
} from './checkin.model';

/** Days a 7-day mean looks back beyond the first charted day. */
export const MEAN_WINDOW_DAYS = 7;

export interface DatedRatings {
  partner: Partner;
  date: LocalDate;
  ratings: CheckinRatingsModel;
}

/**
 * Per partner, one point per local day from `from` to `to` with the ratings (null where
 * there is no check-in: a gap, never a zero) and the 7-day mean of closeness from libs/domain.
 * `entries` may start up to six days before `from` so the first means are complete. Every
 * figure is made only of the entries passed in, which the caller has already limited to what
 * the viewer may see.
 */
export function buildSeries(
  entries: readonly DatedRatings[],
  from: LocalDate,
  to: LocalDate,
): CheckinSeriesModel {
  const days = eachDay(from, to);
  return {
    from,
    to,
    partners: PARTNERS.map((partner) => {
      const mine = new Map(
        entries.filter((e) => e.partner === partner).map((e) => [e.date, e.ratings]),
      );
      const means = rollingMean(
        [...mine].map(([date, r]) => ({ date, value: r.closeness })),
        MEAN_WINDOW_DAYS,
        { from, to },
      );
      return {
        partner,
        days: days.map((date, i) => ({
          date,
          ratings: mine.get(date) ?? null,
          closenessMean7: means[i]?.mean ?? null,
          closenessMean7Count: means[i]?.count ?? 0,
        })),
      };
    }),
  };
}

/** The first local day an adherence figure counts: the window start, or the partner's first day. */
export function adherenceFrom(
  today: LocalDate,
  days: number,
  enrolledOn: LocalDate | null,
): LocalDate {
  const windowStart = addDays(today, 1 - days);
  return enrolledOn && enrolledOn > windowStart ? enrolledOn : windowStart;
}

/**
 * Days with a check-in over days enrolled, in the `days` local days ending today. A day
 * counts from when the partner could first check in; today counts only once they have (it
 * is not over, and a morning without a check-in yet is not a missed day). `daysWithCheckin`
 * must count check-ins from `adherenceFrom(...)` to today.
 */
export function adherence(input: {
  partner: Partner;
  today: LocalDate;
  days: number;
  enrolledOn: LocalDate | null;
  daysWithCheckin: number;
  filedToday: boolean;
}): CheckinAdherenceModel {
  const from = adherenceFrom(input.today, input.days, input.enrolledOn);
  const enrolled =
    input.enrolledOn === null || from > input.today
      ? 0
      : daysBetween(from, input.today) + (input.filedToday ? 1 : 0);
  return {
    partner: input.partner,
    from,
    to: input.today,
    daysWithCheckin: enrolled === 0 ? 0 : input.daysWithCheckin,
    daysEnrolled: enrolled,
    rate: enrolled === 0 ? null : input.daysWithCheckin / enrolled,
  };
}
