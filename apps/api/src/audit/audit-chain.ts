import type { DataSource, EntityManager } from 'typeorm';
import { empty, run, runChange, sql } from '../database/sql';

export interface ChainBreak {
  clinicId: string;
  seq: string;
  reason: 'edited' | 'missing-before' | 'relinked';
}

export interface ChainReport {
  checked: number;
  /** The first broken row in (clinic, seq) order, or null when every chain holds. */
  broken: ChainBreak | null;
}

/**
 * Recomputes every event's hash with the same SQL function the insert trigger uses and
 * checks that each row points at its predecessor. The first row of a clinic (after a
 * retention purge: the oldest kept) anchors its chain.
 */
export async function verifyAuditChain(
  db: DataSource | EntityManager,
  clinicId?: string,
): Promise<ChainReport> {
  const filter = clinicId ? sql`WHERE e.clinic_id = ${clinicId}` : empty;
  const rows = await run<{
    checked: string;
    clinic_id: string | null;
    seq: string | null;
    reason: ChainBreak['reason'] | null;
  }>(
    db,
    sql`WITH walked AS (
         SELECT e.clinic_id, e.seq, e.hash, e.prev_hash, audit_event_hash(e) AS expected,
                lag(e.hash) OVER w AS prev_actual, lag(e.seq) OVER w AS prev_seq
           FROM audit_events e ${filter}
         WINDOW w AS (PARTITION BY e.clinic_id ORDER BY e.seq)
       ), broken AS (
         SELECT clinic_id, seq,
                CASE WHEN hash IS DISTINCT FROM expected THEN 'edited'
                     WHEN prev_seq IS NOT NULL AND seq <> prev_seq + 1 THEN 'missing-before'
                     ELSE 'relinked' END AS reason
           FROM walked
          WHERE hash IS DISTINCT FROM expected
             OR (prev_seq IS NOT NULL AND (seq <> prev_seq + 1 OR prev_hash IS DISTINCT FROM prev_actual))
          ORDER BY clinic_id, seq LIMIT 1
       )
       SELECT (SELECT count(*) FROM walked) AS checked, b.clinic_id, b.seq::text AS seq, b.reason
         FROM (SELECT 1) one LEFT JOIN broken b ON true`,
  );
  const row = rows[0]!;
  return {
    checked: Number(row.checked),
    broken:
      row.clinic_id && row.seq && row.reason
        ? { clinicId: row.clinic_id, seq: row.seq, reason: row.reason }
        : null,
  };
}

/**
 * Deletes events older than the retention period (default six years, HIPAA §164.316(b)(2)).
 * The append-only trigger lets DELETE through only inside this transaction's cut-off.
 */
export async function purgeExpiredAuditEvents(db: DataSource, years: number): Promise<number> {
  return db.transaction(async (em) => {
    await run(
      em,
      sql`SELECT set_config('hearth.audit_purge_before', (now() - make_interval(years => ${years}))::text, true)`,
    );
    const result = await runChange<unknown>(
      em,
      sql`DELETE FROM audit_events WHERE occurred_at < now() - make_interval(years => ${years})`,
    );
    return result[1];
  });
}
