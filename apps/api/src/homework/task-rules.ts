import { MISSED_AFTER_DAYS } from '@hearth/domain';
import { sql, type Sql } from '../database/sql';

/**
 * Task rules shared by every query that counts tasks (progress, caseload figures, flags), so
 * each is written once. They read tasks as alias `t` and, by default, their couple as `c`.
 */

/** "Now" as the database's clock. */
export const DB_NOW: Sql = sql`now()`;

/** "Now" as an instant the application chose (its Clock), sent as a parameter. */
export function instant(now: Date): Sql {
  return sql`${now}::timestamptz`;
}

/** Today's local date in the couple's (`c`) time zone, at `now`. */
export function coupleToday(now: Sql = DB_NOW): Sql {
  return sql`(${now} AT TIME ZONE c.time_zone)::date`;
}

/** The task is due today or earlier, local dates (`today`: the couple's local date). */
export function dueByToday(today: Sql = coupleToday()): Sql {
  return sql`t.due_date <= ${today}`;
}

/**
 * Overdue as the task states define it (libs/domain taskState): past its due instant and 1 to
 * MISSED_AFTER_DAYS local days late (older ones are MISSED, not overdue). Whether the task
 * was completed is the caller's part: each counts the completions it may see.
 */
export function overdueTask(now: Sql = DB_NOW, today: Sql = coupleToday(now)): Sql {
  return sql`(t.due_at < ${now} AND t.due_date >= ${today} - ${MISSED_AFTER_DAYS}::int)`;
}
