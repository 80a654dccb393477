import {
  classifyChange,
  csi4DueDates,
  addDays,
  expandTasks,
  type Audience,
  type Schedule,
} from '@hearth/domain';
import { seedScale, ScaleSeedError, type ScaleSeedReport } from '../src/scale/scale-seed';
import { parseSeedArgs } from '../src/scale/seed-scale';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The scale seeder at a small size: exact row counts for fixed arguments, tasks identical to
 * libs/domain's expansion, every constraint and foreign key in place, and the same data from
 * the same arguments. `today` is fixed so the numbers do not depend on the day the test runs
 * (the history crosses the 8 March 2026 daylight-saving change in America/New_York).
 */
const TODAY = '2026-04-20';
const COUPLES = 50;

/** Rows per table of `--couples 50` on TODAY, seed 1. A change here is a change to the data. */
const EXPECTED = {
  users: 102,
  memberships: 102,
  couples: 50,
  assignments: 124,
  tasks: 7154,
  completions: 4865,
  checkins: 14666,
  measure_results: 700,
};

let t: TestApp;
let first: ScaleSeedReport;
let keys: string[];

/** Every constraint and index of the schema, by name and definition. */
const keysOf = async (app: TestApp): Promise<string[]> =>
  (
    (await app.db.query(
      `SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS k
         FROM pg_constraint WHERE connamespace = current_schema()::regnamespace
       UNION ALL
       SELECT indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = current_schema()
        ORDER BY 1`,
    )) as { k: string }[]
  ).map((r) => r.k);

const rowsOf = (report: ScaleSeedReport) =>
  Object.fromEntries(
    report.steps
      .filter((s) => !/^(indexes|foreign keys|vacuum|delete)/.test(s.name))
      .map((s) => [s.name, s.rows]),
  );

beforeAll(async () => {
  t = await startTestApp({ seed: false });
  keys = await keysOf(t);
  first = await seedScale(t.db, { couples: COUPLES, today: TODAY, vacuum: false });
});

afterAll(async () => {
  await t?.close();
});

describe('scale seeder', () => {
  it('writes the expected number of rows for --couples 50', async () => {
    expect(rowsOf(first)).toEqual(EXPECTED);
    expect(first.coaches).toBe(1);
    const counted: { table: string; n: number }[] = await t.db.query(
      `SELECT 'couples' AS table, count(*)::int AS n FROM couples WHERE clinic_id = $1
       UNION ALL SELECT 'checkins', count(*)::int FROM checkins WHERE clinic_id = $1
       UNION ALL SELECT 'tasks', count(*)::int FROM tasks WHERE clinic_id = $1`,
      [first.clinicId],
    );
    expect(Object.fromEntries(counted.map((c) => [c.table, c.n]))).toEqual({
      couples: EXPECTED.couples,
      checkins: EXPECTED.checkins,
      tasks: EXPECTED.tasks,
    });
  });

  it('expands every assignment into exactly the tasks libs/domain would', async () => {
    const assignments: {
      id: string;
      schedule: Schedule;
      audience: Audience['kind'];
      time_zone: string;
    }[] = await t.db.query(
      `SELECT a.id, a.schedule, a.audience, c.time_zone FROM assignments a
         JOIN couples c ON c.clinic_id = a.clinic_id AND c.id = a.couple_id WHERE a.clinic_id = $1`,
      [first.clinicId],
    );
    const tasks: {
      assignment_id: string;
      key: string;
      due_date: string;
      due_at: Date;
      partner: string | null;
    }[] = await t.db.query(
      `SELECT assignment_id, key, due_date::text AS due_date, due_at, partner FROM tasks WHERE clinic_id = $1`,
      [first.clinicId],
    );
    const kinds = new Set(assignments.map((a) => a.schedule.kind));
    expect([...kinds].sort()).toEqual(['N_PER_WEEK', 'ONCE', 'WEEKLY']);
    for (const a of assignments) {
      const expected = expandTasks(a.schedule, { kind: a.audience } as Audience, a.time_zone)
        .map((x) => `${x.key} ${x.dueDate} ${x.dueAt} ${x.partner ?? '-'}`)
        .sort();
      const actual = tasks
        .filter((x) => x.assignment_id === a.id)
        .map((x) => `${x.key} ${x.due_date} ${x.due_at.toISOString()} ${x.partner ?? '-'}`)
        .sort();
      expect(actual).toEqual(expected);
    }
  });

  it('keeps every constraint: foreign keys back in place, rows consistent within the clinic', async () => {
    // The seeder drops foreign keys and the big tables' indexes for the load and puts them
    // back, validated, under the same names.
    expect(keys.filter((k) => k.includes('FOREIGN KEY')).length).toBeGreaterThan(20);
    expect(await keysOf(t)).toEqual(keys);
    const problems: { problem: string; n: number }[] = await t.db.query(
      `SELECT 'check-in by someone outside the couple' AS problem, count(*)::int AS n
         FROM checkins e JOIN couples c ON c.id = e.couple_id
        WHERE e.clinic_id = $1 AND e.author_id <> CASE e.partner WHEN 'A' THEN c.partner_a_id ELSE c.partner_b_id END
       UNION ALL
       SELECT 'completion by the wrong partner', count(*)::int
         FROM completions e JOIN tasks k ON k.id = e.task_id JOIN couples c ON c.id = e.couple_id
        WHERE e.clinic_id = $1 AND (k.couple_id <> e.couple_id OR (k.partner IS NOT NULL AND k.partner <> e.partner)
              OR e.author_id <> CASE e.partner WHEN 'A' THEN c.partner_a_id ELSE c.partner_b_id END)
       UNION ALL
       SELECT 'completion before its task was given or in the future', count(*)::int
         FROM completions e JOIN tasks k ON k.id = e.task_id
        WHERE e.clinic_id = $1 AND (e.completed_on < k.due_date OR e.completed_on >= $2::date)
       UNION ALL
       SELECT 'check-in outside the history', count(*)::int
         FROM checkins e JOIN couples c ON c.id = e.couple_id
        WHERE e.clinic_id = $1 AND (e.checkin_date < c.intake_date OR e.checkin_date >= $2::date)
       UNION ALL
       SELECT 'partner not an active client', count(*)::int
         FROM couples c JOIN memberships m ON m.id IN (c.partner_a_id, c.partner_b_id)
        WHERE c.clinic_id = $1 AND (m.role <> 'CLIENT' OR m.status <> 'ACTIVE' OR m.clinic_id <> c.clinic_id)`,
      [first.clinicId, TODAY],
    );
    expect(problems.filter((p) => p.n > 0)).toEqual([]);
  });

  it('files 70–90 % of days and a CSI-4 on every due date, with every course of change', async () => {
    const adherence: { share: number }[] = await t.db.query(
      `SELECT count(*)::float8 / min($2::date - c.intake_date) AS share
         FROM checkins e JOIN couples c ON c.id = e.couple_id WHERE e.clinic_id = $1 GROUP BY e.author_id`,
      [first.clinicId, TODAY],
    );
    const shares = adherence.map((a) => a.share).sort((a, b) => a - b);
    expect(shares[Math.floor(shares.length / 2)]).toBeGreaterThan(0.7);
    expect(shares[Math.floor(shares.length / 2)]).toBeLessThan(0.92);

    const intakes: { intake: string; n: number }[] = await t.db.query(
      `SELECT c.intake_date::text AS intake, count(*)::int AS n FROM measure_results e
         JOIN couples c ON c.id = e.couple_id WHERE e.clinic_id = $1 GROUP BY e.author_id, c.intake_date`,
      [first.clinicId],
    );
    for (const i of intakes) {
      expect(i.n).toBe(csi4DueDates(i.intake, 4, addDays(TODAY, -1)).length);
    }
    const changes: { first: number; last: number }[] = await t.db.query(
      `SELECT (array_agg(total ORDER BY filed_on))[1] AS first, (array_agg(total ORDER BY filed_on DESC))[1] AS last
         FROM measure_results WHERE clinic_id = $1 GROUP BY author_id`,
      [first.clinicId],
    );
    const classes = new Set(changes.map((c) => classifyChange(c.first, c.last)));
    expect([...classes].sort()).toEqual(['DETERIORATED', 'IMPROVED', 'RECOVERED', 'UNCHANGED']);
  });

  it('gives the same data for the same arguments, and refuses to seed over an existing clinic', async () => {
    const second = await seedScale(t.db, {
      couples: COUPLES,
      today: TODAY,
      clinicName: 'Scale Twin',
      vacuum: false,
    });
    expect(rowsOf(second)).toEqual(EXPECTED);
    const digest = async (clinicId: string) =>
      (
        (await t.db.query(
          `SELECT (SELECT string_agg(label || status || intake_date, ',' ORDER BY label, intake_date) FROM couples WHERE clinic_id = $1) AS couples,
                  (SELECT sum(closeness * 7 + stress) || ':' || count(*) FILTER (WHERE late) || ':' || count(note)
                     FROM checkins WHERE clinic_id = $1) AS checkins,
                  (SELECT sum(helpfulness + closeness_after) || ':' || count(reviewed_at) FROM completions WHERE clinic_id = $1) AS completions,
                  (SELECT string_agg(total::text, ',' ORDER BY filed_on, total) FROM measure_results WHERE clinic_id = $1) AS csi4`,
          [clinicId],
        )) as Record<string, string>[]
      )[0];
    expect(await digest(second.clinicId)).toEqual(await digest(first.clinicId));

    await expect(
      seedScale(t.db, { couples: COUPLES, today: TODAY, vacuum: false }),
    ).rejects.toThrow(ScaleSeedError);
    const replaced = await seedScale(t.db, {
      couples: COUPLES,
      today: TODAY,
      replace: true,
      vacuum: false,
    });
    expect(rowsOf(replaced)).toEqual(EXPECTED);
    expect(replaced.steps.find((s) => s.name === 'delete checkins')?.rows).toBe(EXPECTED.checkins);
    const clinics: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM clinics WHERE name = 'Scale Test Clinic'`,
    );
    expect(clinics[0]!.n).toBe(1);
  });

  it('reads its command line', () => {
    expect(parseSeedArgs([])).toEqual({ couples: 10_000, seed: 1, replace: false });
    expect(parseSeedArgs(['--couples', '50', '--replace'])).toEqual({
      couples: 50,
      seed: 1,
      replace: true,
    });
    expect(parseSeedArgs(['--couples=7', '--seed=3'])).toMatchObject({ couples: 7, seed: 3 });
    expect(() => parseSeedArgs(['--couples'])).toThrow(ScaleSeedError);
    expect(() => parseSeedArgs(['--bogus'])).toThrow(ScaleSeedError);
  });
});
