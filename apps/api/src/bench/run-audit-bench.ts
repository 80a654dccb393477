import 'reflect-metadata';
import { join } from 'node:path';
import { Pool } from 'pg';
import { newToken, tokenHash } from '../auth/tokens';
import { createDataSource } from '../data-source';
import { syncBuiltInCatalogue } from '../exercises/exercises.service';
import { seedScale } from '../scale/scale-seed';
import { AUDIT_OVERHEAD_TARGET, auditReadsOverhead } from './audit-overhead';
import { createBenchDatabase } from './bench-env';
import { fmt } from './stats';

/**
 * `node dist/api/apps/api/src/bench/run-audit-bench.js`: only the benchmark's "auditing on
 * vs off" row, on its own database with one 200-couple caseload (a few minutes, where the
 * full `npm run bench` seeds 10,000 couples first). Same code as the full run's row.
 */
async function main(): Promise<void> {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
  const seconds = Number(process.env.BENCH_SECONDS ?? 5);
  const size = Number(process.env.BENCH_CASELOAD ?? 200);
  const mainJs = join(process.cwd(), 'dist/api/apps/api/src/main.js');
  const db = await createBenchDatabase(process.env.DATABASE_URL);
  const ds = createDataSource({ url: db.url, poolSize: 2 });
  const pool = new Pool({ connectionString: db.url, max: 2 });
  try {
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
    await syncBuiltInCatalogue(ds);
    await seedScale(ds, {
      couples: size,
      couplesPerCoach: size,
      clinicName: `Bench Caseload ${size}`,
      vacuum: false,
    });
    const coach = await pool.query<{ user_id: string; clinic_id: string }>(
      `SELECT m.user_id, m.clinic_id FROM memberships m JOIN clinics k ON k.id = m.clinic_id
        WHERE k.name = $1 AND m.role = 'COACH' ORDER BY m.created_at, m.id LIMIT 1`,
      [`Bench Caseload ${size}`],
    );
    const token = newToken();
    await pool.query(
      `INSERT INTO sessions (user_id, clinic_id, token_hash, expires_at) VALUES ($1, $2, $3, now() + interval '1 day')`,
      [coach.rows[0]!.user_id, coach.rows[0]!.clinic_id, tokenHash(token)],
    );
    const s = await auditReadsOverhead({
      mainJs,
      databaseUrl: db.url,
      token,
      query: CASELOAD_QUERY,
      rounds,
      seconds,
      connections: 10,
    });
    const events = await pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM audit_events WHERE action = 'READ'`,
    );
    console.log(
      `caseload throughput, auditing on vs off, ${size} couples: on ${fmt(s.a)} req/s, off ${fmt(s.b)} req/s, ` +
        `ratio ${fmt(s.ratio)} (target ≥ ${AUDIT_OVERHEAD_TARGET}; per-round ${s.ratios.map((r) => fmt(r, 2)).join(', ')}); ` +
        `${Number(events.rows[0]!.n).toLocaleString('en-US')} READ events written`,
    );
  } finally {
    await pool.end().catch(() => undefined);
    await ds.destroy().catch(() => undefined);
    await db.drop().catch(() => undefined);
  }
}

const CASELOAD_QUERY = `query Caseload { myCouples { id label status partnerA { displayName status } partnerB { displayName status }
    homeworkSummary { dueThisWeek doneThisWeek overdue unreviewed } } }`;

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
