import type { EntityManager } from 'typeorm';
import { shortDate, weekdayOf } from '@hearth/domain';
import type { AccessService } from '../access/access.service';
import type { Actor } from '../common/actor';
import { AppError } from '../common/app-error';
import { run, sql } from '../database/sql';
import { slotOf } from './homework.rows';
import type { RetiredReason } from './retired-task.entity';

interface Retired {
  assignment_id: string;
  key: string;
  moved_to_key: string | null;
  due_date: string;
  partner: 'A' | 'B' | null;
  reason: RetiredReason;
  partner_a_id: string;
  partner_b_id: string;
}

const dayLabel = (date: string) => {
  const w = weekdayOf(date);
  return `${w[0]}${w.slice(1).toLowerCase()} ${shortDate(date)}`;
};

const KEPT = 'What you wrote is kept on this device.';

const GONE: Record<RetiredReason, string> = {
  RESCHEDULED: `Your coach changed the schedule: this day is no longer part of the schedule. ${KEPT}`,
  PAUSED: `Your coach paused this exercise, so it cannot be completed for now. ${KEPT}`,
  ENDED: `Your coach ended this exercise, so it cannot be completed any more. ${KEPT}`,
  DELETED: `Your coach removed this exercise, so it cannot be completed. ${KEPT}`,
};

/**
 * A task id that no longer exists, as its partner submits a completion for it: the task
 * that took its place when that is unambiguous — same assignment, same day and partner (a
 * task of a paused and resumed exercise, say) — so the completion is filed there. A task
 * that moved to another day, or left the schedule, answers CONFLICT saying where the work
 * went (`movedTo`, or null). Anyone else, or an id that never was, gets NOT_FOUND: the
 * partner's own tasks only, as for live tasks. The caller holds the assignment's lock.
 */
export async function successorTask(
  em: EntityManager,
  access: AccessService,
  actor: Actor,
  taskId: string,
): Promise<string> {
  const rows = await run<Retired>(
    em,
    sql`SELECT r.assignment_id, r.key, r.moved_to_key, r.due_date::text AS due_date, r.partner, r.reason,
            c.partner_a_id, c.partner_b_id
       FROM retired_tasks r JOIN couples c ON c.clinic_id = r.clinic_id AND c.id = r.couple_id
      WHERE r.clinic_id = ${actor.clinicId} AND r.id = ${taskId} AND ${access.coupleScope(actor, 'PARTNER')}`,
  );
  const retired = rows[0];
  const slot = retired ? slotOf(actor, retired) : null;
  if (!retired || !slot || (retired.partner !== null && retired.partner !== slot)) {
    throw AppError.notFound('Task');
  }
  const candidates = await run<{ id: string; due_date: string }>(
    em,
    sql`SELECT t.id, t.due_date::text AS due_date FROM tasks t
      WHERE t.clinic_id = ${actor.clinicId} AND t.assignment_id = ${retired.assignment_id}
        AND t.partner IS NOT DISTINCT FROM ${retired.partner}
        AND (t.key IN (${retired.key}, ${retired.moved_to_key}) OR t.due_date = ${retired.due_date})
      ORDER BY t.due_date = ${retired.due_date} DESC, t.due_date`,
  );
  const sameDay = candidates.filter((c) => c.due_date === retired.due_date);
  if (sameDay.length === 1) return sameDay[0]!.id;
  const moved = candidates.find((c) => c.due_date !== retired.due_date);
  if (moved && retired.reason === 'RESCHEDULED') {
    throw AppError.conflict(
      `Your coach moved this exercise to ${dayLabel(moved.due_date)}. What you wrote is kept: file it there.`,
      { movedTo: { taskId: moved.id, dueDate: moved.due_date } },
    );
  }
  throw AppError.conflict(GONE[retired.reason], { movedTo: null });
}
