/**
 * Schedule + audience -> the concrete tasks of an assignment. Pure: same input, same tasks,
 * so the API can re-expand after an edit and match existing tasks (and their completions)
 * by key.
 */
import {
  addDays,
  eachDay,
  endOfLocalDay,
  isoWeekLabel,
  isValidTimeZone,
  startOfIsoWeek,
  weekdayOf,
  type LocalDate,
} from '../dates';
import { validateSchedule, type Audience, type Partner, type Schedule } from './schedule';

export interface Task {
  /**
   * Stable identity within the assignment: '<date>:<who>' ('2026-03-02:A') for dated
   * schedules and '<ISO week>-<slot>:<who>' ('2026-W10-2:T') for N-per-week, where who is
   * A, B or T (together). A week slot keeps its key when only the spreading of days changes.
   */
  key: string;
  dueDate: LocalDate;
  /** Which partner does it; null when the couple does it together. */
  partner: Partner | null;
  /** ISO instant of the last millisecond of the due date in the couple's time zone. */
  dueAt: string;
}

interface Slot {
  keyPrefix: string;
  dueDate: LocalDate;
}

/**
 * Expands a schedule into tasks, sorted by due date and then A, B, together.
 * Throws a RangeError for a malformed schedule or an unknown zone: callers validate input
 * with validateSchedule first, so reaching here with bad data is a programming error.
 */
export function expandTasks(schedule: Schedule, audience: Audience, timeZone: string): Task[] {
  const problems = validateSchedule(schedule);
  if (problems.length > 0) {
    throw new RangeError(`Invalid schedule: ${problems.map((p) => p.field).join(', ')}`);
  }
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);

  const who = performers(audience);
  const dueAtByDate = new Map<LocalDate, string>();
  const tasks: Task[] = [];
  for (const slot of slotsOf(schedule)) {
    let dueAt = dueAtByDate.get(slot.dueDate);
    if (dueAt === undefined) {
      dueAt = endOfLocalDay(slot.dueDate, timeZone);
      dueAtByDate.set(slot.dueDate, dueAt);
    }
    for (const partner of who) {
      tasks.push({
        key: `${slot.keyPrefix}:${partner ?? 'T'}`,
        dueDate: slot.dueDate,
        partner,
        dueAt,
      });
    }
  }
  const order = (p: Partner | null) => (p === 'A' ? 0 : p === 'B' ? 1 : 2);
  return tasks.sort(
    (x, y) =>
      (x.dueDate < y.dueDate ? -1 : x.dueDate > y.dueDate ? 1 : 0) ||
      order(x.partner) - order(y.partner) ||
      (x.key < y.key ? -1 : x.key > y.key ? 1 : 0),
  );
}

function performers(audience: Audience): (Partner | null)[] {
  switch (audience.kind) {
    case 'EACH':
      return ['A', 'B'];
    case 'TOGETHER':
      return [null];
    case 'ONE':
      if (audience.partner !== 'A' && audience.partner !== 'B') {
        throw new RangeError(`Unknown partner: ${String(audience.partner)}`);
      }
      return [audience.partner];
    default:
      throw new RangeError('Unknown audience');
  }
}

function slotsOf(schedule: Schedule): Slot[] {
  switch (schedule.kind) {
    case 'ONCE':
      return [{ keyPrefix: schedule.dueDate, dueDate: schedule.dueDate }];
    case 'DAILY':
      return eachDay(schedule.startDate, schedule.endDate).map((d) => ({
        keyPrefix: d,
        dueDate: d,
      }));
    case 'WEEKLY':
      return eachDay(schedule.startDate, schedule.endDate)
        .filter((d) => schedule.weekdays.includes(weekdayOf(d)))
        .map((d) => ({ keyPrefix: d, dueDate: d }));
    case 'N_PER_WEEK':
      return nPerWeekSlots(schedule.timesPerWeek, schedule.startDate, schedule.endDate);
  }
}

/**
 * How many tasks an ISO week gets when only `availableDays` (1–7) of it fall inside the
 * schedule: the full N for a whole week; for a partial first or last week N scaled to the
 * days available, rounded to the nearest whole task, but at least one (the coach asked for
 * practice in that week) and never more than one a day.
 * E.g. 3 a week, schedule starting on a Friday (3 days left): round(3 × 3/7 = 1.29) = 1.
 * (N × days / 7 never ends in exactly .5 for N, days ≤ 6, so there are no ties to break.)
 */
export function tasksInPartialWeek(timesPerWeek: number, availableDays: number): number {
  if (availableDays >= 7) return timesPerWeek;
  const scaled = Math.round((timesPerWeek * availableDays) / 7);
  return Math.min(availableDays, Math.max(1, scaled));
}

/**
 * N-per-week: each ISO week (Monday–Sunday) that overlaps the range gets its share of tasks
 * (tasksInPartialWeek), and those tasks' due dates are spread over the days of the week that
 * lie inside the range. The available days are cut into n equal stretches and each task is
 * due on the last day of its stretch — a due date is a deadline, so "twice a week" means
 * "once by Thursday, once more by Sunday", and the last task of a week always falls on its
 * last available day (never after the end date).
 * Full week: 1 → SUN; 2 → THU, SUN; 3 → WED, FRI, SUN; 7 → every day.
 */
function nPerWeekSlots(timesPerWeek: number, startDate: LocalDate, endDate: LocalDate): Slot[] {
  const slots: Slot[] = [];
  for (let monday = startOfIsoWeek(startDate); monday <= endDate; monday = addDays(monday, 7)) {
    const from = monday < startDate ? startDate : monday;
    const sunday = addDays(monday, 6);
    const to = sunday > endDate ? endDate : sunday;
    const days = eachDay(from, to);
    const n = tasksInPartialWeek(timesPerWeek, days.length);
    const week = isoWeekLabel(monday);
    for (let i = 0; i < n; i++) {
      // ceil((i + 1) × a / n) − 1 in integers: the last day of the (i+1)-th stretch.
      const index = Math.floor(((i + 1) * days.length + n - 1) / n) - 1;
      slots.push({ keyPrefix: `${week}-${i + 1}`, dueDate: days[index] as LocalDate });
    }
  }
  return slots;
}
