/**
 * CSI-4: the four-item Couples Satisfaction Index (Funk & Rogge 2007), its scoring, reliable
 * change (Jacobson & Truax 1991) and when it is due.
 */
import type { FieldError } from '../errors';
import { addDays, daysBetween, isLocalDate, type LocalDate } from '../dates';
import {
  CSI4_CLINICAL_CUTOFF,
  CSI4_DEFAULT_EVERY_WEEKS,
  CSI4_RELIABILITY,
  CSI4_SD,
  RELIABLE_CHANGE_Z,
} from './csi4-norms';

export interface Csi4Option {
  value: number;
  label: string;
}

export interface Csi4Item {
  id: Csi4ItemId;
  text: string;
  options: readonly Csi4Option[];
}

export const CSI4_ITEM_IDS = ['happiness', 'warm', 'rewarding', 'satisfied'] as const;
export type Csi4ItemId = (typeof CSI4_ITEM_IDS)[number];
export type Csi4Answers = Record<Csi4ItemId, number>;

const options = (labels: string[]): Csi4Option[] =>
  labels.map((label, value) => ({ value, label }));

const NOT_AT_ALL_TO_COMPLETELY = options([
  'Not at all',
  'A little',
  'Somewhat',
  'Mostly',
  'Almost completely',
  'Completely',
]);

/** The published items and response anchors; item 1 is scored 0–6, items 2–4 are 0–5. */
export const CSI4_ITEMS: readonly Csi4Item[] = [
  {
    id: 'happiness',
    text: 'Please indicate the degree of happiness, all things considered, of your relationship.',
    options: options([
      'Extremely Unhappy',
      'Fairly Unhappy',
      'A Little Unhappy',
      'Happy',
      'Very Happy',
      'Extremely Happy',
      'Perfect',
    ]),
  },
  {
    id: 'warm',
    text: 'I have a warm and comfortable relationship with my partner.',
    options: options([
      'Not at all true',
      'A little true',
      'Somewhat true',
      'Mostly true',
      'Almost completely true',
      'Completely true',
    ]),
  },
  {
    id: 'rewarding',
    text: 'How rewarding is your relationship with your partner?',
    options: NOT_AT_ALL_TO_COMPLETELY,
  },
  {
    id: 'satisfied',
    text: 'In general, how satisfied are you with your relationship?',
    options: NOT_AT_ALL_TO_COMPLETELY,
  },
];

/** The total (0–21) when every item has an allowed answer, otherwise per-item errors. */
export function scoreCsi4(
  answers: Readonly<Record<string, unknown>>,
): { total: number } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  for (const key of Object.keys(answers)) {
    if (!(CSI4_ITEM_IDS as readonly string[]).includes(key)) {
      errors.push({ field: `answers.${key}`, message: 'This is not a CSI-4 question.' });
    }
  }
  let total = 0;
  for (const item of CSI4_ITEMS) {
    const value = answers[item.id];
    const max = item.options.length - 1;
    const field = `answers.${item.id}`;
    if (value === undefined || value === null) {
      errors.push({ field, message: 'Please answer this question.' });
    } else if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
      errors.push({ field, message: `Choose one of the answers (0–${max}).` });
    } else {
      total += value;
    }
  }
  return errors.length > 0 ? { errors } : { total };
}

export interface ReliableChangeParameters {
  sd: number;
  reliability: number;
  z: number;
}

export const CSI4_RELIABLE_CHANGE: ReliableChangeParameters = {
  sd: CSI4_SD,
  reliability: CSI4_RELIABILITY,
  z: RELIABLE_CHANGE_Z,
};

/**
 * Jacobson & Truax (1991): RCI = (x2 − x1) / S_diff, where SEm = SD × √(1 − r) and
 * S_diff = √(2 × SEm²). Positive means the later score is higher (more satisfied).
 */
export function reliableChangeIndex(
  first: number,
  latest: number,
  params: Pick<ReliableChangeParameters, 'sd' | 'reliability'> = CSI4_RELIABLE_CHANGE,
): number {
  const sem = params.sd * Math.sqrt(1 - params.reliability);
  const sDiff = Math.sqrt(2 * sem * sem);
  return (latest - first) / sDiff;
}

export type ChangeClass = 'RECOVERED' | 'IMPROVED' | 'DETERIORATED' | 'UNCHANGED';

/**
 * - RECOVERED: reliable improvement AND moved from below the cut-off (13.5) to at or above
 *   it — Jacobson & Truax's "recovered" (criterion c, using the published cut-off).
 * - IMPROVED: reliable improvement that did not cross the cut-off (started above it, or
 *   is still below).
 * - DETERIORATED: reliable worsening, whether or not it crossed the cut-off.
 * - UNCHANGED: |RCI| ≤ 1.96 (exactly 1.96 is not reliable: the criterion is strict).
 */
export function classifyChange(
  first: number,
  latest: number,
  params: ReliableChangeParameters & { cutoff?: number } = CSI4_RELIABLE_CHANGE,
): ChangeClass {
  const rci = reliableChangeIndex(first, latest, params);
  const cutoff = params.cutoff ?? CSI4_CLINICAL_CUTOFF;
  if (rci > params.z) return first < cutoff && latest >= cutoff ? 'RECOVERED' : 'IMPROVED';
  if (rci < -params.z) return 'DETERIORATED';
  return 'UNCHANGED';
}

/**
 * The dates the CSI-4 falls due: at intake, then every `everyWeeks` weeks after it, up to
 * and including `until`. Anchored on the intake date, not on the last filing, so a late
 * filing does not push every later measurement back (the clinic compares like with like).
 */
export function csi4DueDates(
  intakeDate: LocalDate,
  everyWeeks: number = CSI4_DEFAULT_EVERY_WEEKS,
  until: LocalDate,
): LocalDate[] {
  assertInterval(everyWeeks);
  const dates: LocalDate[] = [];
  for (let d = intakeDate; d <= until; d = addDays(d, everyWeeks * 7)) dates.push(d);
  return dates;
}

/**
 * True when the most recent due date on or before today has no filing on or after it.
 * Never due before intake. A filing counts for the latest due date it does not precede, so
 * one filing catches up however many due dates were skipped.
 */
export function isCsi4Due(
  lastFiledDate: LocalDate | null,
  intakeDate: LocalDate,
  today: LocalDate,
  everyWeeks: number = CSI4_DEFAULT_EVERY_WEEKS,
): boolean {
  assertInterval(everyWeeks);
  if (!isLocalDate(intakeDate) || !isLocalDate(today)) throw new RangeError('Bad date');
  if (today < intakeDate) return false;
  const period = everyWeeks * 7;
  const latestDue = addDays(
    intakeDate,
    Math.floor(daysBetween(intakeDate, today) / period) * period,
  );
  return lastFiledDate === null || lastFiledDate < latestDue;
}

function assertInterval(everyWeeks: number): void {
  if (!Number.isInteger(everyWeeks) || everyWeeks < 1) {
    throw new RangeError(`Re-measure every whole number of weeks ≥ 1, not ${everyWeeks}`);
  }
}
