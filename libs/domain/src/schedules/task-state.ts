/**
 * The state of one task as a partner and their coach see it.
 */
import { daysBetween, todayIn } from '../dates';
import type { Task } from './expand-tasks';

export type TaskState = 'DONE' | 'LATE' | 'OVERDUE' | 'MISSED' | 'DUE' | 'UPCOMING';

/**
 * Local days after the due date during which an unfinished task is OVERDUE (it can still be
 * caught up, and counts as LATE when it is). From the day after that it is MISSED: a week
 * is the usual gap between sessions, so by then the coach treats it as not done.
 */
export const MISSED_AFTER_DAYS = 7;

/**
 * - DONE: completed by the end of the due day (dueAt), early completions included.
 * - LATE: completed after dueAt.
 * - DUE: not completed, and today (in the couple's zone) is the due date.
 * - UPCOMING: not completed, due date later than today.
 * - OVERDUE: not completed, past dueAt, due date 1–7 local days ago.
 * - MISSED: not completed, due date more than 7 local days ago.
 *
 * The time zone is needed to tell "due today" from "upcoming": dueAt alone cannot say when
 * the due day began (a day is 23, 24 or 25 hours long).
 */
export function taskState(
  task: Pick<Task, 'dueDate' | 'dueAt'>,
  completedAt: Date | string | null,
  now: Date,
  timeZone: string,
): TaskState {
  const dueAtMs = Date.parse(task.dueAt);
  if (completedAt !== null) {
    const doneMs =
      typeof completedAt === 'string' ? Date.parse(completedAt) : completedAt.getTime();
    return doneMs <= dueAtMs ? 'DONE' : 'LATE';
  }
  if (now.getTime() <= dueAtMs) {
    return todayIn(timeZone, now) === task.dueDate ? 'DUE' : 'UPCOMING';
  }
  const daysLate = daysBetween(task.dueDate, todayIn(timeZone, now));
  return daysLate > MISSED_AFTER_DAYS ? 'MISSED' : 'OVERDUE';
}
