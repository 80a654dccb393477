import type { DataSource, EntityManager } from 'typeorm';
import { isUuid } from '../access/access.service';
import { AppError } from '../common/app-error';
import { run, sql } from '../database/sql';

/**
 * Locks a coach's membership for share while the caller gives them a couple (or keeps one
 * open): true when the coach is active. Deactivation locks it for update, so the two cannot
 * interleave (database/transaction.ts, lock order step 2).
 */
export async function lockActiveCoach(
  em: EntityManager,
  clinicId: string,
  coachId: string,
): Promise<boolean> {
  const rows = isUuid(coachId)
    ? await run(
        em,
        sql`SELECT 1 FROM memberships WHERE clinic_id = ${clinicId} AND id = ${coachId}
            AND role = 'COACH' AND status = 'ACTIVE' FOR SHARE`,
      )
    : [];
  return rows.length > 0;
}

/** Early check of an admin's choice of coach, before any lock: a field error when not active. */
export async function assertActiveCoach(
  db: DataSource | EntityManager,
  clinicId: string,
  coachId: string,
): Promise<void> {
  const rows: unknown[] = isUuid(coachId)
    ? await run(
        db,
        sql`SELECT 1 FROM memberships WHERE clinic_id = ${clinicId} AND id = ${coachId}
            AND role = 'COACH' AND status = 'ACTIVE'`,
      )
    : [];
  if (rows.length === 0) throw AppError.field('coachId', 'Choose an active coach of this clinic.');
}
