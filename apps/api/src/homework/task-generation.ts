import type { EntityManager } from 'typeorm';
import { expandTasks, type Audience, type Schedule } from '@hearth/domain';
import { run, sql } from '../database/sql';

/**
 * Task generation: a schedule's tasks written to the database. Used by assignments, and by
 * the demo seed and the test factories, so every path makes the same tasks.
 */

/** Expands a schedule and inserts its tasks (from `fromDate` on), in one statement. */
export async function insertTasks(
  em: EntityManager,
  clinicId: string,
  coupleId: string,
  assignmentId: string,
  schedule: Schedule,
  audience: Audience,
  timeZone: string,
  fromDate?: string,
): Promise<void> {
  const tasks = expandTasks(schedule, audience, timeZone).filter(
    (t) => !fromDate || t.dueDate >= fromDate,
  );
  if (tasks.length === 0) return;
  const recordset = JSON.stringify(
    tasks.map((t) => ({
      key: t.key,
      due_date: t.dueDate,
      due_at: t.dueAt,
      partner: t.partner,
    })),
  );
  await run(
    em,
    sql`INSERT INTO tasks (clinic_id, couple_id, assignment_id, key, due_date, due_at, partner)
     SELECT ${clinicId}, ${coupleId}, ${assignmentId}, t.key, t.due_date, t.due_at, t.partner
       FROM jsonb_to_recordset(${recordset}::jsonb) AS t(key text, due_date date, due_at timestamptz, partner char(1))
     ON CONFLICT (clinic_id, assignment_id, key) DO NOTHING`,
  );
}

/** Removes the tasks due from `fromDate` on that nobody completed. */
export async function deleteOpenTasksFrom(
  em: EntityManager,
  clinicId: string,
  assignmentId: string,
  fromDate: string,
): Promise<void> {
  await run(
    em,
    sql`DELETE FROM tasks t WHERE t.clinic_id = ${clinicId} AND t.assignment_id = ${assignmentId} AND t.due_date >= ${fromDate}
       AND NOT EXISTS (SELECT 1 FROM completions e WHERE e.clinic_id = t.clinic_id AND e.task_id = t.id)`,
  );
}
