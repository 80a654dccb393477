import type { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../common/app-error';
import { run, sql } from './sql';

/**
 * The locking discipline for writes (docs/architecture.md, "Concurrent writes"). Locks are
 * taken in this order, each before anything it guards is read for a decision:
 *
 *   1. advisory locks on people's normalized emails (lockEmails), sorted;
 *   2. membership rows (FOR SHARE to rely on a coach being active, FOR UPDATE to change one);
 *   3. the couple row (FOR SHARE to write inside the couple as its coach or partner,
 *      FOR UPDATE to move it to another coach or change its status);
 *   4. the assignment row (FOR SHARE to complete one of its tasks, FOR UPDATE to edit it);
 *   5. tasks, completions, comments: the rows being written;
 *   6. the audit event, always the last write (its trigger serialises a clinic's chain).
 *
 * After waiting for a lock, a decision is made by a *new* statement: under READ COMMITTED
 * each statement sees what committed before it began, so the state read is the one the lock
 * now protects.
 */

/** PostgreSQL's answers that mean "run the transaction again": nothing was written. */
const RETRYABLE = new Set(['40001', '40P01']);
const ATTEMPTS = 4;

function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** True for a serialization failure or a deadlock (the transaction was rolled back). */
export function isRetryable(error: unknown): boolean {
  return RETRYABLE.has(sqlState(error) ?? '');
}

/**
 * Runs `work` in a transaction, again (up to four times in all, after a short random pause)
 * when PostgreSQL rolled it back for a deadlock or a serialization failure; past that, the
 * person is told to try again as a CONFLICT, never a server error. `work` must only touch the
 * database: it may run more than once.
 */
export async function transaction<T>(
  db: DataSource,
  work: (em: EntityManager) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(work);
    } catch (error) {
      if (!isRetryable(error)) throw error;
      if (attempt >= ATTEMPTS) {
        throw AppError.conflict('Someone else changed this at the same moment. Please try again.');
      }
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}

/**
 * Serialises writes about the same people (invitations, new memberships, couples) across
 * requests and processes: one transaction-scoped advisory lock per normalized email, taken
 * in sorted order so two writers naming the same emails in any order cannot deadlock.
 */
export async function lockEmails(em: EntityManager, emails: string[]): Promise<void> {
  for (const email of [...new Set(emails)].sort()) {
    await run(em, sql`SELECT pg_advisory_xact_lock(hashtextextended(${`email:${email}`}, 0))`);
  }
}
