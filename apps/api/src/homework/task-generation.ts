import type { EntityManager } from 'typeorm';
import { expandTasks, type Audience, type Schedule, type Task } from '@hearth/domain';
import { run, sql, type Sql } from '../database/sql';
import type { RetiredReason } from './retired-task.entity';
import { planTasks, type StoredTask } from './task-plan';

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
  await insertExpanded(em, clinicId, coupleId, assignmentId, tasks);
}

async function insertExpanded(
  em: EntityManager,
  clinicId: string,
  coupleId: string,
  assignmentId: string,
  tasks: Task[],
): Promise<void> {
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

/**
 * Applies a schedule edit (or a resume) from `fromDate` on, as planTasks decides: a task
 * whose (day, partner) stays keeps its id; tasks whose day left are retired; new days get
 * new tasks. The caller holds the assignment's row lock (FOR UPDATE).
 */
export async function rescheduleTasks(
  em: EntityManager,
  a: { clinicId: string; coupleId: string; assignmentId: string; timeZone: string },
  schedule: Schedule,
  audience: Audience,
  fromDate: string,
): Promise<void> {
  const stored = await run<StoredTask>(
    em,
    sql`SELECT t.id, t.key, t.due_date::text AS "dueDate", t.partner,
            EXISTS (SELECT 1 FROM completions e WHERE e.clinic_id = t.clinic_id AND e.task_id = t.id) AS done
       FROM tasks t WHERE t.clinic_id = ${a.clinicId} AND t.assignment_id = ${a.assignmentId}`,
  );
  const plan = planTasks(stored, expandTasks(schedule, audience, a.timeZone), fromDate);
  await retireTasks(
    em,
    a.clinicId,
    a.assignmentId,
    'RESCHEDULED',
    sql`t.id = ANY(${plan.retire.map((r) => r.id)}::uuid[])`,
    plan.retire,
  );
  const rekeyed = plan.keep.filter((k) => stored.find((t) => t.id === k.id)?.key !== k.key);
  if (rekeyed.length > 0) {
    // Through a temporary key, so that two kept tasks can swap keys without a collision.
    const keys = JSON.stringify(rekeyed);
    for (const final of [false, true]) {
      await run(
        em,
        sql`UPDATE tasks t SET key = CASE WHEN ${final} THEN k.key ELSE '~' || t.id::text END
           FROM jsonb_to_recordset(${keys}::jsonb) AS k(id uuid, key text)
          WHERE t.clinic_id = ${a.clinicId} AND t.id = k.id`,
      );
    }
  }
  await insertExpanded(em, a.clinicId, a.coupleId, a.assignmentId, plan.insert);
}

/**
 * Removes the open tasks of an assignment that match `which` (a condition on tasks `t`),
 * keeping each one's id, day and the reason in retired_tasks in the same statement.
 */
export async function retireTasks(
  em: EntityManager,
  clinicId: string,
  assignmentId: string,
  reason: RetiredReason,
  which: Sql,
  moves: { id: string; movedToKey: string | null }[] = [],
): Promise<void> {
  await run(
    em,
    sql`WITH gone AS (
          DELETE FROM tasks t WHERE t.clinic_id = ${clinicId} AND t.assignment_id = ${assignmentId} AND ${which}
             AND NOT EXISTS (SELECT 1 FROM completions e WHERE e.clinic_id = t.clinic_id AND e.task_id = t.id)
          RETURNING t.clinic_id, t.id, t.couple_id, t.assignment_id, t.key, t.due_date, t.partner)
        INSERT INTO retired_tasks (clinic_id, id, couple_id, assignment_id, key, due_date, partner, reason, moved_to_key)
        SELECT g.clinic_id, g.id, g.couple_id, g.assignment_id, g.key, g.due_date, g.partner, ${reason}, m."movedToKey"
          FROM gone g LEFT JOIN jsonb_to_recordset(${JSON.stringify(moves)}::jsonb) AS m(id uuid, "movedToKey" text) ON m.id = g.id`,
  );
}
