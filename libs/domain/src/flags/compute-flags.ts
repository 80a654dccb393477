/**
 * Coach flags: attention signals computed in ONE place from plain data, each with a stable
 * code (for filtering and tests) and a one-line explanation built from the numbers (so the
 * coach can see why it fired and judge it, rather than trust a red dot).
 */
import { addDays, daysBetween, type LocalDate } from '../dates';
import type { CheckinItemId } from '../checkins';
import { classifyChange, reliableChangeIndex, CSI4_CLINICAL_CUTOFF } from '../measures';
import type { Partner } from '../schedules';
import {
  meanDifferenceAtLeast,
  windowMean,
  windowStats,
  type SeriesPoint,
  type WindowStats,
} from './series';

/** Length of the "last 7 days" window: today and the six local days before it. */
export const FLAG_WINDOW_DAYS = 7;
/**
 * A 7-day mean needs at least this many check-ins to be compared. Why 3: with one or two
 * values a single bad evening would fire a flag; three is under half a week of filing, so
 * partners who check in most days still get flagged promptly.
 */
export const MIN_CHECKINS_PER_WINDOW = 3;
/** Drop of the 7-day mean closeness versus the 7 days before that fires CLOSENESS_DOWN. */
export const CLOSENESS_DROP_POINTS = 1.0;
/** Gap between the partners' 7-day mean closeness that fires PARTNERS_APART. */
export const PARTNERS_APART_POINTS = 2.0;
/** Whole local days without a check-in (today not counted) that fire NO_CHECKIN. */
export const NO_CHECKIN_DAYS = 3;

export const FLAG_CODES = [
  'WANTS_TO_TALK',
  'CSI_DETERIORATED',
  'CSI_LOW',
  'CLOSENESS_DOWN',
  'PARTNERS_APART',
  'NO_CHECKIN',
  'HOMEWORK_OVERDUE',
] as const;
export type FlagCode = (typeof FLAG_CODES)[number];

/**
 * HIGH: a partner asked for contact, or a validated measure shows reliable worsening — act
 * before the next session. MEDIUM: a trend or level to raise at the next session. LOW:
 * engagement (not filing, homework slipping).
 */
export type FlagSeverity = 'HIGH' | 'MEDIUM' | 'LOW';

export const FLAG_SEVERITY: Readonly<Record<FlagCode, FlagSeverity>> = {
  WANTS_TO_TALK: 'HIGH',
  CSI_DETERIORATED: 'HIGH',
  CSI_LOW: 'MEDIUM',
  CLOSENESS_DOWN: 'MEDIUM',
  PARTNERS_APART: 'MEDIUM',
  NO_CHECKIN: 'LOW',
  HOMEWORK_OVERDUE: 'LOW',
};

export interface Flag {
  code: FlagCode;
  severity: FlagSeverity;
  /** Set when the flag is about one partner; absent for couple-level flags. */
  partner?: Partner;
  explanation: string;
}

export interface FlagCheckin {
  /** Local date the check-in is for. */
  date: LocalDate;
  ratings: Partial<Record<CheckinItemId, number>>;
  wantsToTalk: boolean;
}

export interface FlagCsi4Result {
  date: LocalDate;
  total: number;
}

export interface FlagPartnerData {
  /** First name as the coach knows them, used in explanations. */
  name: string;
  /** The first local day this partner could check in (joined, or the couple's intake). */
  enrolledOn: LocalDate;
  checkins: readonly FlagCheckin[];
  csi4: readonly FlagCsi4Result[];
}

export interface FlagInput {
  /** The couple's local today. Data dated after it is ignored. */
  today: LocalDate;
  partners: Readonly<Record<Partner, FlagPartnerData>>;
  /** Tasks of this couple that are OVERDUE or MISSED (see taskState). */
  overdueTaskCount: number;
}

const SEVERITY_ORDER: Record<FlagSeverity, number> = { HIGH: 0, MEDIUM: 1, LOW: 2 };
const one = (x: number) => x.toFixed(1);

/** All flags that apply, most severe first, then in FLAG_CODES order, partner A before B. */
export function computeFlags(input: FlagInput): Flag[] {
  const { today } = input;
  const lastFrom = addDays(today, 1 - FLAG_WINDOW_DAYS);
  const previousFrom = addDays(lastFrom, -FLAG_WINDOW_DAYS);
  const previousTo = addDays(lastFrom, -1);
  const flags: Flag[] = [];
  const recentCloseness: Partial<Record<Partner, WindowStats>> = {};

  for (const partner of ['A', 'B'] as const) {
    const data = input.partners[partner];
    const checkins = latestPerDay(data.checkins.filter((c) => c.date <= today));
    const closeness: SeriesPoint[] = checkins.map((c) => ({
      date: c.date,
      value: c.ratings.closeness ?? null,
    }));
    const recent = windowStats(closeness, lastFrom, today);
    const before = windowStats(closeness, previousFrom, previousTo);
    if (recent.count >= MIN_CHECKINS_PER_WINDOW) recentCloseness[partner] = recent;

    // WANTS_TO_TALK: any check-in in the last 7 days asked for it; cite the latest.
    const asked = checkins.filter((c) => c.wantsToTalk && c.date >= lastFrom).at(-1);
    if (asked) {
      flags.push(
        flag(
          'WANTS_TO_TALK',
          partner,
          `${data.name} asked to talk to you soon (check-in of ${asked.date}).`,
        ),
      );
    }

    // CSI-4: latest level, and reliable change from the first result.
    const results = [...data.csi4]
      .filter((r) => r.date <= today)
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const first = results[0];
    const latest = results.at(-1);
    if (
      first &&
      latest &&
      results.length >= 2 &&
      classifyChange(first.total, latest.total) === 'DETERIORATED'
    ) {
      const rci = reliableChangeIndex(first.total, latest.total);
      flags.push(
        flag(
          'CSI_DETERIORATED',
          partner,
          `${data.name}'s CSI-4 fell from ${first.total} (${first.date}) to ${latest.total} (${latest.date}), a reliable deterioration (RCI ${rci.toFixed(2)}).`,
        ),
      );
    }
    if (latest && latest.total < CSI4_CLINICAL_CUTOFF) {
      flags.push(
        flag(
          'CSI_LOW',
          partner,
          `${data.name}'s latest CSI-4 is ${latest.total} (${latest.date}), below ${CSI4_CLINICAL_CUTOFF}.`,
        ),
      );
    }

    // CLOSENESS_DOWN: both windows need enough check-ins to mean anything.
    if (
      recent.count >= MIN_CHECKINS_PER_WINDOW &&
      before.count >= MIN_CHECKINS_PER_WINDOW &&
      meanDifferenceAtLeast(before, recent, CLOSENESS_DROP_POINTS)
    ) {
      flags.push(
        flag(
          'CLOSENESS_DOWN',
          partner,
          `${data.name}'s closeness fell from ${one(windowMean(before) ?? 0)} to ${one(windowMean(recent) ?? 0)} (7-day means).`,
        ),
      );
    }

    // NO_CHECKIN: whole local days before today since the last check-in (or enrolment).
    // Today is not counted because it is not over; a check-in today clears the flag.
    const last = checkins.at(-1);
    const countFrom =
      last && addDays(last.date, 1) > data.enrolledOn ? addDays(last.date, 1) : data.enrolledOn;
    const silentDays = daysBetween(countFrom, today);
    if (silentDays >= NO_CHECKIN_DAYS) {
      const since = last
        ? `last check-in ${last.date}`
        : `none since joining on ${data.enrolledOn}`;
      flags.push(
        flag(
          'NO_CHECKIN',
          partner,
          `${data.name} has not checked in for ${silentDays} days (${since}).`,
        ),
      );
    }
  }

  const a = recentCloseness.A;
  const b = recentCloseness.B;
  if (
    a &&
    b &&
    (meanDifferenceAtLeast(a, b, PARTNERS_APART_POINTS) ||
      meanDifferenceAtLeast(b, a, PARTNERS_APART_POINTS))
  ) {
    const meanA = windowMean(a) ?? 0;
    const meanB = windowMean(b) ?? 0;
    flags.push(
      flag(
        'PARTNERS_APART',
        undefined,
        `${input.partners.A.name}'s and ${input.partners.B.name}'s closeness are ${one(Math.abs(meanA - meanB))} points apart (7-day means ${one(meanA)} and ${one(meanB)}).`,
      ),
    );
  }

  if (input.overdueTaskCount > 0) {
    const n = input.overdueTaskCount;
    flags.push(
      flag(
        'HOMEWORK_OVERDUE',
        undefined,
        n === 1 ? '1 homework task is overdue.' : `${n} homework tasks are overdue.`,
      ),
    );
  }

  return flags.sort(
    (x, y) =>
      SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity] ||
      FLAG_CODES.indexOf(x.code) - FLAG_CODES.indexOf(y.code) ||
      (x.partner ?? '').localeCompare(y.partner ?? ''),
  );
}

function flag(code: FlagCode, partner: Partner | undefined, explanation: string): Flag {
  return partner
    ? { code, severity: FLAG_SEVERITY[code], partner, explanation }
    : { code, severity: FLAG_SEVERITY[code], explanation };
}

/**
 * One check-in per local day, sorted by date. The product keeps one per partner per day
 * (filing again updates it); if a caller passes duplicates anyway, the last one wins, as a
 * re-filing would.
 */
function latestPerDay(checkins: readonly FlagCheckin[]): FlagCheckin[] {
  const byDate = new Map<LocalDate, FlagCheckin>();
  for (const c of checkins) byDate.set(c.date, c);
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
