/**
 * The daily check-in: seven 1–7 ratings, defined once here so the form, the API's
 * validation, the coach's charts and the flags all read the same items.
 */
import type { FieldError } from '../errors';
import { addDays, isLocalDate, localMinutesOfDay, todayIn, type LocalDate } from '../dates';

export const CHECKIN_MIN = 1;
export const CHECKIN_MAX = 7;
export const CHECKIN_NOTE_MAX_LENGTH = 2000;

export const CHECKIN_ITEM_IDS = [
  'closeness',
  'understood',
  'sharing',
  'affection',
  'fun',
  'conflict',
  'stress',
] as const;
export type CheckinItemId = (typeof CHECKIN_ITEM_IDS)[number];

export interface CheckinItem {
  id: CheckinItemId;
  /** Short name for charts and tables. */
  label: string;
  /** The question as the partner reads it; short enough for a phone in 20 seconds. */
  question: string;
  /** What 1 means. */
  lowAnchor: string;
  /** What 7 means. */
  highAnchor: string;
  /**
   * True where a high rating is worse for the relationship (conflict, stress). The stored
   * rating is always what the partner chose; use `towardsWellbeing` when items are combined
   * or coloured so that "up" means "better" everywhere.
   */
  reverse: boolean;
}

export const CHECKIN_ITEMS: readonly CheckinItem[] = [
  {
    id: 'closeness',
    label: 'Closeness',
    question: 'How close did you feel to your partner today?',
    lowAnchor: 'Very distant',
    highAnchor: 'Very close',
    reverse: false,
  },
  {
    id: 'understood',
    label: 'Feeling understood',
    question: 'How understood by your partner did you feel today?',
    lowAnchor: 'Not at all understood',
    highAnchor: 'Completely understood',
    reverse: false,
  },
  {
    id: 'sharing',
    label: 'Sharing',
    question: 'How much of your thoughts and feelings did you share with your partner today?',
    lowAnchor: 'Nothing at all',
    highAnchor: 'A great deal',
    reverse: false,
  },
  {
    id: 'affection',
    label: 'Affection',
    question: 'How much affection passed between you today?',
    lowAnchor: 'None',
    highAnchor: 'A great deal',
    reverse: false,
  },
  {
    id: 'fun',
    label: 'Fun and laughter',
    question: 'How much fun or laughter did you share today?',
    lowAnchor: 'None',
    highAnchor: 'A great deal',
    reverse: false,
  },
  {
    id: 'conflict',
    label: 'Conflict',
    question: 'How much conflict or tension was there between you today?',
    lowAnchor: 'None',
    highAnchor: 'A great deal',
    reverse: true,
  },
  {
    id: 'stress',
    label: 'Stress',
    question: 'How stressed did you feel today, from anything?',
    lowAnchor: 'Not at all',
    highAnchor: 'Extremely',
    reverse: true,
  },
];

export function isCheckinItemId(id: string): id is CheckinItemId {
  return (CHECKIN_ITEM_IDS as readonly string[]).includes(id);
}

/** The rating turned so that higher is better: 8 − r for reverse-scored items. */
export function towardsWellbeing(itemId: CheckinItemId, rating: number): number {
  const item = CHECKIN_ITEMS.find((i) => i.id === itemId);
  if (!item) throw new RangeError(`Unknown check-in item: ${itemId}`);
  return item.reverse ? CHECKIN_MIN + CHECKIN_MAX - rating : rating;
}

/**
 * Field-level problems with a check-in; empty when it may be saved. Every item must be
 * rated: a 20-second form with seven taps, and a partly-filled day would make the 7-day
 * means on the coach's screen silently compare different things.
 */
export function validateCheckin(
  ratings: Readonly<Record<string, unknown>>,
  note?: string | null,
): FieldError[] {
  const errors: FieldError[] = [];
  for (const key of Object.keys(ratings)) {
    if (!isCheckinItemId(key)) {
      errors.push({ field: `ratings.${key}`, message: 'This is not a check-in question.' });
    }
  }
  for (const item of CHECKIN_ITEMS) {
    const value = ratings[item.id];
    const field = `ratings.${item.id}`;
    if (value === undefined || value === null) {
      errors.push({ field, message: `Rate "${item.label}".` });
    } else if (typeof value !== 'number' || !Number.isInteger(value)) {
      errors.push({ field, message: 'Use a whole number from 1 to 7.' });
    } else if (value < CHECKIN_MIN || value > CHECKIN_MAX) {
      errors.push({ field, message: 'Use a whole number from 1 to 7.' });
    }
  }
  // Count characters as people see them, not UTF-16 units (an emoji is one).
  if (note != null && [...note].length > CHECKIN_NOTE_MAX_LENGTH) {
    errors.push({
      field: 'note',
      message: `Keep the note to ${CHECKIN_NOTE_MAX_LENGTH} characters or fewer.`,
    });
  }
  return errors;
}

/** The local day a check-in filed at `now` belongs to, unless the partner picks yesterday. */
export function checkinDayFor(now: Date, timeZone: string): LocalDate {
  return todayIn(timeZone, now);
}

/**
 * Until this local time a partner may still file for yesterday (the check-in is then marked
 * late). Why: people often remember at breakfast that they forgot last night; by midday the
 * memory of yesterday blurs into today, and allowing more would let a bad week be rewritten.
 */
export const LATE_FILING_UNTIL_MINUTES = 12 * 60;

export type ResolvedCheckinDate = { date: LocalDate; late: boolean } | { error: FieldError };

/**
 * Which day a check-in counts for. No date, or today's date: today, on time. Yesterday's
 * date before 12:00 local time: yesterday, late. Anything else is refused.
 */
export function resolveCheckinDate(input: {
  requestedDate?: LocalDate | null;
  now: Date;
  timeZone: string;
}): ResolvedCheckinDate {
  const today = todayIn(input.timeZone, input.now);
  const requested = input.requestedDate ?? today;
  if (!isLocalDate(requested)) {
    return { error: { field: 'date', message: 'Use a date like 2026-03-02.' } };
  }
  if (requested === today) return { date: today, late: false };
  if (requested === addDays(today, -1)) {
    if (localMinutesOfDay(input.timeZone, input.now) < LATE_FILING_UNTIL_MINUTES) {
      return { date: requested, late: true };
    }
    return {
      error: { field: 'date', message: 'Yesterday’s check-in could be filed until 12:00 today.' },
    };
  }
  if (requested > today) {
    return {
      error: { field: 'date', message: 'You cannot check in for a day that has not come.' },
    };
  }
  return {
    error: { field: 'date', message: 'You can check in for today, or yesterday until noon.' },
  };
}
