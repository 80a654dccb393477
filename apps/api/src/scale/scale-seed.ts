import type { DataSource, QueryRunner } from 'typeorm';
import {
  addDays,
  BUILT_IN_EXERCISES,
  isLocalDate,
  todayIn,
  WEEKDAYS,
  type LocalDate,
} from '@hearth/domain';
import { hashPassword } from '../auth/tokens';
import { csi4AnswersFor } from '../seed/demo-checkins';
import { DEMO_PASSWORD } from '../seed/demo-seed';

/**
 * A large, realistic clinic for benchmarks and load tests, written by PostgreSQL itself:
 * every table is one `INSERT … SELECT` over generate_series (no row ever travels from Node),
 * in one transaction, so a failed run leaves nothing behind. It loads the way pg_restore
 * does — foreign keys and the big tables' indexes dropped, then rebuilt and validated over
 * all rows before commit (see dropKeysAndIndexes) — so it holds the tables' locks while it
 * runs: a running app waits for it.
 *
 * Deterministic: every "random" choice is a hash of (seed, row number, purpose), via
 * hashint8extended/hashtextextended — the hash functions PostgreSQL's hash partitioning
 * relies on, so they give the same numbers on every server and version. The same
 * arguments (couples, seed, today) give the same rows; people's and couples' ids are
 * deterministic too (md5 of clinic, seed and number), only the ids of assignments and of
 * the rows below them are generated (time-ordered where the server has uuidv7, so that the
 * primary-key indexes grow at one end). Dates are relative to `today` in the clinic's zone,
 * like the demo, so the data is "current" whenever it is made.
 *
 * What it writes, per couple (docs/benchmarks.md, "Scale data", has the counts):
 * - both partners ACTIVE users (the demo password, hashed once and shared), a coach chosen
 *   round-robin among couples/100 coaches, and one clinic admin; 96 % of couples ACTIVE,
 *   3 % PAUSED, 1 % CLOSED;
 * - an intake 182–188 days ago, and check-ins from intake to yesterday on 70–90 % of days
 *   (per partner), ratings following the couple's course (30 % recovering, 20 % improving,
 *   35 % stable, 15 % deteriorating; some B partners hold steady) with noise, notes on 5 %,
 *   8 % filed late; 4 % of partners have gone silent for the last 3–6 days;
 * - assignments from the built-in catalogue: a weekly TOGETHER exercise on its suggested
 *   weekday and a twice-a-week EACH exercise, both from intake to two weeks ahead, and for
 *   half of the couples a one-off TOGETHER exercise; their tasks are expanded in SQL with
 *   exactly libs/domain expandTasks' rules (keys, ISO-week slots, partial weeks, due
 *   instants across daylight-saving changes), which the spec checks task by task;
 * - completions of ~70 % of past tasks (a per-couple rate of 45–95 %), 15 % a day late,
 *   rated, half shared, reflections on 40 %; the coach has reviewed 90 % of those older than
 *   five days and none newer;
 * - CSI-4 at intake and every 4 weeks, moving from a start to an end total by course, so
 *   that partners reliably recover, improve or deteriorate (or do not) by construction.
 */

export const SCALE_CLINIC_NAME = 'Scale Test Clinic';
export const SCALE_TIME_ZONE = 'America/New_York';
/** About one coach per hundred couples. */
export const COUPLES_PER_COACH = 100;
/** Check-in history: 26 weeks, plus up to 6 days so that intake weekdays vary. */
export const HISTORY_DAYS = 182;
/** Homework runs from intake to this many days after today. */
export const DAYS_AHEAD = 13;
export const MAX_COUPLES = 200_000;

export interface ScaleSeedOptions {
  couples: number;
  clinicName?: string;
  couplesPerCoach?: number;
  /** Picks a different but equally deterministic data set. */
  seed?: number;
  /** Local date the data ends on (yesterday is the last check-in); default today. */
  today?: LocalDate;
  /** Delete an existing clinic of that name (and everything in it) first. */
  replace?: boolean;
  /** VACUUM ANALYZE the tables afterwards, as a freshly loaded database needs. Default true. */
  vacuum?: boolean;
  log?: (line: string) => void;
}

export interface ScaleSeedStep {
  name: string;
  rows: number;
  ms: number;
}

export interface ScaleSeedReport {
  clinicId: string;
  clinicName: string;
  couples: number;
  coaches: number;
  today: LocalDate;
  steps: ScaleSeedStep[];
  totalMs: number;
}

export class ScaleSeedError extends Error {}

const FIRST_NAMES = [
  'Alex',
  'Sam',
  'Jordan',
  'Casey',
  'Priya',
  'Tom',
  'Noor',
  'Eli',
  'Chris',
  'Pat',
  'Mei',
  'Luca',
  'Robin',
  'Taylor',
  'Avery',
  'Blake',
  'Rowan',
  'Quinn',
  'Maya',
  'Daniel',
  'Amara',
  'Kenji',
  'Sofia',
  'Mateo',
  'Leila',
  'Omar',
  'Hannah',
  'Jonas',
  'Ines',
  'Tariq',
  'Grace',
  'Felix',
  'Zara',
  'Nikhil',
  'Ana',
  'Diego',
  'Chloe',
  'Ravi',
  'Freya',
  'Kofi',
  'Lena',
  'Marco',
  'Aisha',
  'Ben',
  'Yara',
  'Hugo',
  'Nadia',
  'Theo',
  'Ivy',
  'Samir',
  'Elena',
  'Owen',
  'Keiko',
  'Jamal',
  'Rosa',
  'Finn',
  'Dana',
  'Milo',
  'Sana',
  'Arjun',
  'Clara',
  'Emeka',
  'Lucia',
  'Noah',
];
const SURNAMES = [
  'Okafor',
  'Reyes',
  'Stone',
  'Holm',
  'Park',
  'Nguyen',
  'Schmidt',
  'Rossi',
  'Kowalski',
  'Silva',
  'Haddad',
  'Tanaka',
  'Murphy',
  'Dubois',
  'Andersen',
  'Mensah',
  'Costa',
  'Novak',
  'Ibrahim',
  'Levi',
  'Moreau',
  'Fischer',
  'Khan',
  'Lindqvist',
  'Santos',
  'Brennan',
  'Ito',
  'Adeyemi',
  'Horvat',
  'Castillo',
  'Weber',
  'Patel',
  'Morgan',
  'Yilmaz',
  'Svensson',
  'Garcia',
  'Kim',
  'Byrne',
  'Ortiz',
  'Bauer',
  'Chen',
  'Ali',
  'Jensen',
  'Romero',
  'Walsh',
  'Sato',
  'Duarte',
  'Abara',
];
const CHECKIN_NOTES = [
  'We cooked together and talked about the week instead of scrolling.',
  'A bit tense this morning about the schedule; sorted by lunch.',
  'Went for a walk after work and laughed more than in a while.',
  'Long day. We were both tired but kind to each other.',
  'Felt like we were talking past each other again.',
  'Tried the question from our homework at dinner. Small, but nice.',
  'We disagreed about the holidays but stayed calm about it.',
  'I miss how easy things used to feel.',
];
const REFLECTIONS = [
  'It felt awkward at first, then easier once we laughed about the timer.',
  'I realised how rarely I ask about their day beyond logistics.',
  'We ran out of time, but the first part was good.',
  'Harder than I expected. I got defensive once and caught it.',
  'A small thing, but it was the nicest evening this week.',
  'We were both tired. Still glad we did it.',
];

/** The email domain of a seeded clinic's people: admin@, coach-0001@, partner-000001a@. */
export function scaleEmailDomain(clinicName: string): string {
  return `${slugOf(clinicName)}.example`;
}

function slugOf(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug || 'clinic';
}

interface CatalogueRow {
  id: string;
  slug: string;
  prompt: string | null;
}

/** Catalogue choices per assignment slot, from libs/domain's suggestions. */
function catalogueChoices(rows: CatalogueRow[]) {
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  const pick = (filter: (e: (typeof BUILT_IN_EXERCISES)[number]) => boolean) => {
    const found = BUILT_IN_EXERCISES.filter(filter)
      .map((e) => ({ exercise: e, row: bySlug.get(e.slug) }))
      .filter((x): x is { exercise: (typeof BUILT_IN_EXERCISES)[number]; row: CatalogueRow } =>
        Boolean(x.row),
      );
    if (found.length === 0) throw new ScaleSeedError('The exercise catalogue is missing.');
    return found;
  };
  const weekly = pick(
    (e) => e.suggestedSchedule.kind === 'WEEKLY' && e.suggestedAudience === 'TOGETHER',
  );
  const each = pick((e) => e.suggestedAudience === 'EACH');
  const once = pick((e) => e.suggestedSchedule.kind === 'ONCE');
  return {
    weeklyIds: weekly.map((x) => x.row.id),
    weeklyPrompts: weekly.map((x) => x.row.prompt),
    weeklyDays: weekly.map((x) => {
      const rule = x.exercise.suggestedSchedule;
      return rule.kind === 'WEEKLY' && rule.weekdays[0] ? rule.weekdays[0] : 'SUN';
    }),
    eachIds: each.map((x) => x.row.id),
    eachPrompts: each.map((x) => x.row.prompt),
    onceIds: once.map((x) => x.row.id),
    oncePrompts: once.map((x) => x.row.prompt),
  };
}

/**
 * Seeds the clinic and returns what was written. Refuses (ScaleSeedError) when a clinic of
 * that name exists, unless `replace`. The catalogue must be synced and migrations applied.
 */
export async function seedScale(
  ds: DataSource,
  options: ScaleSeedOptions,
): Promise<ScaleSeedReport> {
  const couples = options.couples;
  if (!Number.isInteger(couples) || couples < 1 || couples > MAX_COUPLES) {
    throw new ScaleSeedError(`couples must be a whole number from 1 to ${MAX_COUPLES}`);
  }
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed) || seed < 0 || seed > 1_000_000) {
    throw new ScaleSeedError('seed must be a whole number from 0 to 1000000');
  }
  const perCoach = options.couplesPerCoach ?? COUPLES_PER_COACH;
  if (!Number.isInteger(perCoach) || perCoach < 1) {
    throw new ScaleSeedError('couplesPerCoach must be a whole number of at least 1');
  }
  const clinicName = options.clinicName ?? SCALE_CLINIC_NAME;
  const today = options.today ?? todayIn(SCALE_TIME_ZONE, new Date());
  if (!isLocalDate(today)) throw new ScaleSeedError('today must be a date, YYYY-MM-DD');
  const coaches = Math.ceil(couples / perCoach);
  const slug = slugOf(clinicName);
  const log = options.log ?? (() => undefined);
  const steps: ScaleSeedStep[] = [];
  const started = performance.now();
  // Hashed once: argon2 takes tens of milliseconds, so one hash per user would take minutes.
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const qr = ds.createQueryRunner();
  await qr.connect();
  let clinicId = '';
  try {
    await qr.startTransaction();
    // Room for the sorts of a few million rows in memory rather than in temporary files.
    await qr.query("SET LOCAL work_mem = '256MB'");
    // Index builds sort in memory, with the server's parallel maintenance workers.
    await qr.query("SET LOCAL maintenance_work_mem = '512MB'");
    const step = async (name: string, sql: string, params: unknown[] = []): Promise<number> => {
      const t0 = performance.now();
      const result = await qr.query(sql, params, true);
      const rows = typeof result.affected === 'number' ? result.affected : 0;
      const ms = performance.now() - t0;
      steps.push({ name, rows, ms });
      log(
        `  ${name.padEnd(18)} ${String(rows).padStart(10)} rows  ${(ms / 1000).toFixed(1).padStart(6)} s`,
      );
      return rows;
    };
    // Serialize concurrent seeders: the existence check below must see committed clinics.
    await qr.query('LOCK TABLE clinics IN SHARE ROW EXCLUSIVE MODE');
    const existing: { id: string }[] = await qr.query('SELECT id FROM clinics WHERE name = $1', [
      clinicName,
    ]);
    if (existing.length > 0 && !options.replace) {
      throw new ScaleSeedError(
        `"${clinicName}" already exists; pass --replace to delete it and seed it again.`,
      );
    }
    const restore = await dropKeysAndIndexes(qr);
    if (existing.length > 0) {
      await deleteClinics(
        qr,
        existing.map((c) => c.id),
        step,
      );
    }
    // Time-ordered ids for the big tables where the server has them (PostgreSQL 18): their
    // primary-key indexes then grow at one end instead of being written all over.
    const leafId = (
      (await qr.query(`SELECT to_regprocedure('uuidv7()') IS NOT NULL AS ok`)) as { ok: boolean }[]
    )[0]?.ok
      ? 'uuidv7()'
      : 'gen_random_uuid()';
    await createHelpers(qr, `${slug}:${seed}`, seed);
    const catalogue: CatalogueRow[] = await qr.query(
      `SELECT DISTINCT ON (slug) id, slug,
              (SELECT p->>'id' FROM jsonb_array_elements(content->'reflectionPrompts') p
                WHERE p->>'kind' = 'TEXT' LIMIT 1) AS prompt
         FROM catalogue_exercises ORDER BY slug, version DESC`,
    );
    const ex = catalogueChoices(catalogue);

    const clinic: { id: string }[] = await qr.query(
      'INSERT INTO clinics (name, time_zone) VALUES ($1, $2) RETURNING id',
      [clinicName, SCALE_TIME_ZONE],
    );
    clinicId = clinic[0]!.id;

    await qr.query(
      `CREATE TEMP TABLE scale_couples ON COMMIT DROP AS
       SELECT n, pg_temp.sid('couple:' || n) AS id,
              pg_temp.sid('member:coach:' || ((n - 1) % $2::int + 1)) AS coach_id,
              pg_temp.sid('member:' || n || ':A') AS a_id,
              pg_temp.sid('member:' || n || ':B') AS b_id,
              $1::date - ${HISTORY_DAYS} - floor(pg_temp.hr(n, 1) * 7)::int AS intake,
              CASE WHEN pg_temp.hr(n, 2) < 0.01 THEN 'CLOSED'
                   WHEN pg_temp.hr(n, 2) < 0.04 THEN 'PAUSED' ELSE 'ACTIVE' END AS status,
              -- The couple's course: 0 recovering, 1 improving, 2 stable, 3 deteriorating.
              CASE WHEN pg_temp.hr(n, 3) < 0.30 THEN 0 WHEN pg_temp.hr(n, 3) < 0.50 THEN 1
                   WHEN pg_temp.hr(n, 3) < 0.85 THEN 2 ELSE 3 END AS course,
              0.45 + pg_temp.hr(n, 4) * 0.5 AS completion_rate,
              1 + floor(pg_temp.hr(n, 5) * $4::int)::int AS first_a,
              -- Never the same first name twice in a couple.
              1 + (floor(pg_temp.hr(n, 5) * $4::int)::int + 1 + floor(pg_temp.hr(n, 6) * ($4::int - 1))::int) % $4::int AS first_b,
              1 + floor(pg_temp.hr(n, 7) * $5::int)::int AS surname_a,
              1 + floor(pg_temp.hr(n, 8) * $5::int)::int AS surname_b,
              pg_temp.hr(n, 9) < 0.5 AS has_once
         FROM generate_series(1, $3) AS n`,
      [today, coaches, couples, FIRST_NAMES.length, SURNAMES.length],
    );
    await qr.query('CREATE UNIQUE INDEX ON scale_couples (n)');

    const names = [FIRST_NAMES, SURNAMES];
    await step(
      'users',
      `INSERT INTO users (id, email, display_name, password_hash, created_at)
       SELECT pg_temp.sid('user:' || p.key), p.local || '@' || $1, p.name, $2, p.created_at FROM (
         SELECT 'admin' AS key, 'admin' AS local, 'Scale Admin' AS name,
                ($5::date - 400)::timestamp AT TIME ZONE $6 AS created_at
         UNION ALL
         SELECT 'coach:' || k, 'coach-' || lpad(k::text, 4, '0'),
                ($3::text[])[1 + (k * 7) % array_length($3, 1)] || ' ' || ($4::text[])[1 + (k * 11) % array_length($4, 1)],
                ($5::date - 400)::timestamp AT TIME ZONE $6
           FROM generate_series(1, $7) AS k
         UNION ALL
         SELECT c.n || ':' || s.partner, 'partner-' || lpad(c.n::text, 6, '0') || lower(s.partner),
                ($3::text[])[CASE s.partner WHEN 'A' THEN c.first_a ELSE c.first_b END] || ' ' ||
                ($4::text[])[CASE s.partner WHEN 'A' THEN c.surname_a ELSE c.surname_b END],
                (c.intake - 1)::timestamp AT TIME ZONE $6
           FROM scale_couples c CROSS JOIN (VALUES ('A'), ('B')) AS s(partner)
       ) p`,
      [scaleEmailDomain(clinicName), passwordHash, ...names, today, SCALE_TIME_ZONE, coaches],
    );
    await step(
      'memberships',
      `INSERT INTO memberships (id, clinic_id, user_id, role, status, created_at)
       SELECT pg_temp.sid('member:' || p.key), $1, pg_temp.sid('user:' || p.key),
              p.role::membership_role, 'ACTIVE', p.created_at FROM (
         SELECT 'admin' AS key, 'CLINIC_ADMIN' AS role, ($2::date - 400)::timestamp AT TIME ZONE $3 AS created_at
         UNION ALL
         SELECT 'coach:' || k, 'COACH', ($2::date - 400)::timestamp AT TIME ZONE $3
           FROM generate_series(1, $4) AS k
         UNION ALL
         SELECT c.n || ':' || s.partner, 'CLIENT', (c.intake - 1)::timestamp AT TIME ZONE $3
           FROM scale_couples c CROSS JOIN (VALUES ('A'), ('B')) AS s(partner)
       ) p`,
      [clinicId, today, SCALE_TIME_ZONE, coaches],
    );
    await step(
      'couples',
      `INSERT INTO couples (id, clinic_id, label, status, time_zone, intake_date, coach_id,
          partner_a_id, partner_b_id, csi4_every_weeks, created_at)
       SELECT c.id, $1, ($2::text[])[c.first_a] || ' & ' || ($2::text[])[c.first_b] || ' ' || ($3::text[])[c.surname_a],
              c.status::couple_status, $4, c.intake, c.coach_id, c.a_id, c.b_id, 4,
              c.intake::timestamp AT TIME ZONE $4
         FROM scale_couples c ORDER BY c.n`,
      [clinicId, ...names, SCALE_TIME_ZONE],
    );

    await qr.query(
      `CREATE TEMP TABLE scale_partners ON COMMIT DROP AS
       SELECT y.*,
              CASE y.course
                WHEN 0 THEN least(21, greatest(14, y.s0 + 5 + floor(y.u2 * 4)::int))
                WHEN 1 THEN least(21, y.s0 + 4 + floor(y.u2 * 3)::int)
                WHEN 2 THEN greatest(0, least(21, y.s0 - 2 + floor(y.u2 * 5)::int))
                ELSE y.s0 - 5 - floor(y.u2 * 4)::int END AS s1,
              CASE y.course
                WHEN 0 THEN 5.2 + y.u4 * 0.8
                WHEN 1 THEN 5.6 + y.u4 * 0.6
                WHEN 2 THEN y.c0 + (y.u4 - 0.5) * 0.6
                ELSE 3.0 + y.u4 * 0.6 END AS c1
         FROM (
           SELECT x.*,
                  CASE x.course WHEN 0 THEN 7 + floor(x.u1 * 6) WHEN 1 THEN 14 + floor(x.u1 * 3)
                       WHEN 2 THEN 9 + floor(x.u1 * 10) ELSE 13 + floor(x.u1 * 7) END::int AS s0,
                  CASE x.course WHEN 0 THEN 2.8 + x.u3 * 0.8 WHEN 1 THEN 4.2 + x.u3 * 0.6
                       WHEN 2 THEN 3.8 + x.u3 * 1.4 ELSE 5.0 + x.u3 * 0.8 END AS c0
             FROM (
               SELECT c.n, s.side, s.partner, c.id AS couple_id,
                      CASE s.side WHEN 0 THEN c.a_id ELSE c.b_id END AS author_id,
                      c.intake, $1::date - c.intake AS span,
                      -- Partners mostly share their couple's course; some B partners hold steady.
                      CASE WHEN s.side = 1 AND pg_temp.hr(c.n * 2 + 1, 10) < 0.2 THEN 2 ELSE c.course END AS course,
                      0.7 + pg_temp.hr(c.n * 2 + s.side, 11) * 0.2 AS rate,
                      CASE WHEN pg_temp.hr(c.n * 2 + s.side, 12) < 0.04
                           THEN 3 + floor(pg_temp.hr(c.n * 2 + s.side, 13) * 4)::int ELSE 0 END AS silent,
                      pg_temp.hr(c.n * 2 + s.side, 14) AS u1, pg_temp.hr(c.n * 2 + s.side, 15) AS u2,
                      pg_temp.hr(c.n * 2 + s.side, 16) AS u3, pg_temp.hr(c.n * 2 + s.side, 17) AS u4
                 FROM scale_couples c CROSS JOIN (VALUES (0, 'A'), (1, 'B')) AS s(side, partner)
             ) x
         ) y
        -- Rows are generated partner by partner in this order, so that the (couple, …) indexes
        -- of the big tables are written front to back instead of all over.
        ORDER BY y.couple_id, y.side`,
      [today],
    );
    await qr.query('CREATE UNIQUE INDEX ON scale_partners (n, partner)');

    await qr.query(
      `CREATE TEMP TABLE scale_assignments ON COMMIT DROP AS
       SELECT a.*, ${leafId} AS id FROM (
         SELECT c.n, 1 AS slot, c.id AS couple_id, c.coach_id, 'WEEKLY' AS kind, 'TOGETHER' AS audience,
                w.i AS pick, ($2::uuid[])[w.i] AS exercise_id, ($3::text[])[w.i] AS prompt_id,
                ($4::text[])[w.i] AS weekday, c.intake AS start_date, $1::date + ${DAYS_AHEAD} AS end_date
           FROM scale_couples c
           CROSS JOIN LATERAL (SELECT 1 + floor(pg_temp.hr(c.n * 4 + 1, 30) * array_length($2::uuid[], 1))::int AS i) w
         UNION ALL
         SELECT c.n, 2, c.id, c.coach_id, 'N_PER_WEEK', 'EACH', w.i, ($5::uuid[])[w.i], ($6::text[])[w.i],
                NULL, c.intake, $1::date + ${DAYS_AHEAD}
           FROM scale_couples c
           CROSS JOIN LATERAL (SELECT 1 + floor(pg_temp.hr(c.n * 4 + 2, 30) * array_length($5::uuid[], 1))::int AS i) w
         UNION ALL
         SELECT c.n, 3, c.id, c.coach_id, 'ONCE', 'TOGETHER', w.i, ($7::uuid[])[w.i], ($8::text[])[w.i],
                NULL, d.due, d.due
           FROM scale_couples c
           CROSS JOIN LATERAL (SELECT 1 + floor(pg_temp.hr(c.n * 4 + 3, 30) * array_length($7::uuid[], 1))::int AS i) w
           CROSS JOIN LATERAL (SELECT c.intake + 14 + floor(pg_temp.hr(c.n * 4 + 3, 31) * 150)::int AS due) d
          WHERE c.has_once
          -- In couple order (OFFSET 0 keeps the sort below the id), like the partners.
          ORDER BY couple_id, slot OFFSET 0
       ) a`,
      [
        today,
        ex.weeklyIds,
        ex.weeklyPrompts,
        ex.weeklyDays,
        ex.eachIds,
        ex.eachPrompts,
        ex.onceIds,
        ex.oncePrompts,
      ],
    );
    await qr.query('CREATE UNIQUE INDEX ON scale_assignments (id)');
    // Every local date the data touches, with what rows need of it worked out once per
    // date rather than once per row: its text, ISO week, last instant (a task's due_at) and
    // the instants of 20:00, 21:00 and next morning's 08:00 there.
    await qr.query(
      `CREATE TEMP TABLE scale_days ON COMMIT DROP AS
       SELECT d AS day, to_char(d, 'YYYY-MM-DD') AS label, to_char(d, 'IYYY-"W"IW') AS iso_week,
              (d + 1)::timestamp AT TIME ZONE $2 - interval '1 millisecond' AS due_at,
              (d + time '20:00') AT TIME ZONE $2 AS at_20,
              (d + time '21:00') AT TIME ZONE $2 AS at_21,
              (d + 1 + time '08:00') AT TIME ZONE $2 AS next_08
         FROM (SELECT $1::date + i AS d
                 FROM generate_series(-${HISTORY_DAYS + 21}, ${DAYS_AHEAD + 7}) AS i) AS x`,
      [today, SCALE_TIME_ZONE],
    );
    await qr.query('CREATE UNIQUE INDEX ON scale_days (day)');
    // Temporary tables are never auto-analyzed; without statistics the planner guesses.
    await qr.query('ANALYZE scale_couples, scale_partners, scale_assignments, scale_days');
    await step(
      'assignments',
      `INSERT INTO assignments (id, clinic_id, couple_id, catalogue_exercise_id, audience, audience_partner,
          schedule, start_date, end_date, note, status, created_by_id, created_at, updated_at)
       SELECT a.id, $1, a.couple_id, a.exercise_id, a.audience::assignment_audience, NULL,
              CASE a.kind
                WHEN 'WEEKLY' THEN jsonb_build_object('kind', 'WEEKLY', 'weekdays', jsonb_build_array(a.weekday),
                  'startDate', to_char(a.start_date, 'YYYY-MM-DD'), 'endDate', to_char(a.end_date, 'YYYY-MM-DD'))
                WHEN 'N_PER_WEEK' THEN jsonb_build_object('kind', 'N_PER_WEEK', 'timesPerWeek', 2,
                  'startDate', to_char(a.start_date, 'YYYY-MM-DD'), 'endDate', to_char(a.end_date, 'YYYY-MM-DD'))
                ELSE jsonb_build_object('kind', 'ONCE', 'dueDate', to_char(a.start_date, 'YYYY-MM-DD')) END,
              a.start_date, a.end_date, '', 'ACTIVE', a.coach_id,
              (a.start_date - 1 + time '10:00') AT TIME ZONE $2, (a.start_date - 1 + time '10:00') AT TIME ZONE $2
         FROM scale_assignments a`,
      [clinicId, SCALE_TIME_ZONE],
    );

    // Tasks, mirroring libs/domain expandTasks: the due instant is the last millisecond of
    // the local due date; keys are '<date>:T' for dated TOGETHER tasks and
    // '<ISO week>-<slot>:<A|B>' for N-per-week, whose slots are spread over the week's days
    // inside the range (tasksInPartialWeek for partial weeks; the last day of each stretch).
    await step(
      'tasks',
      `INSERT INTO tasks (id, clinic_id, couple_id, assignment_id, key, due_date, due_at, partner)
       SELECT ${leafId}, $1, t.couple_id, t.assignment_id,
              CASE WHEN t.monday IS NULL THEN dd.label || ':T'
                   ELSE wk.iso_week || '-' || t.slot || ':' || t.partner END,
              t.due_date, dd.due_at, t.partner
         FROM (
           SELECT a.couple_id, a.id AS assignment_id, d.day AS due_date, NULL::char(1) AS partner,
                  NULL::date AS monday, NULL::int AS slot
             FROM scale_assignments a
             CROSS JOIN LATERAL (SELECT a.start_date + (array_position($2::text[], a.weekday)
                                   - extract(isodow FROM a.start_date)::int + 7) % 7 AS first_day) f
             CROSS JOIN LATERAL generate_series(0, (a.end_date - f.first_day) / 7) AS g(i)
             CROSS JOIN LATERAL (SELECT f.first_day + 7 * g.i AS day) d
            WHERE a.kind = 'WEEKLY' AND f.first_day <= a.end_date
           UNION ALL
           SELECT a.couple_id, a.id, w.from_day + ((s.i * w.days + w.n - 1) / w.n - 1), p.partner, w.monday, s.i
             FROM scale_assignments a
             CROSS JOIN LATERAL (SELECT a.start_date - (extract(isodow FROM a.start_date)::int - 1) AS first_monday) f
             CROSS JOIN LATERAL generate_series(0, (a.end_date - f.first_monday) / 7) AS g(i)
             CROSS JOIN LATERAL (
               SELECT v.monday, v.from_day, v.days,
                      CASE WHEN v.days >= 7 THEN 2
                           ELSE least(v.days, greatest(1, round(2 * v.days / 7.0)::int)) END AS n
                 FROM (SELECT f.first_monday + 7 * g.i AS monday,
                              greatest(f.first_monday + 7 * g.i, a.start_date) AS from_day,
                              least(f.first_monday + 7 * g.i + 6, a.end_date)
                                - greatest(f.first_monday + 7 * g.i, a.start_date) + 1 AS days) v
             ) w
             CROSS JOIN LATERAL generate_series(1, w.n) AS s(i)
             CROSS JOIN (VALUES ('A'::char(1)), ('B'::char(1))) AS p(partner)
            WHERE a.kind = 'N_PER_WEEK'
           UNION ALL
           SELECT a.couple_id, a.id, a.start_date, NULL, NULL, NULL
             FROM scale_assignments a WHERE a.kind = 'ONCE'
         ) t
         JOIN scale_days dd ON dd.day = t.due_date
         LEFT JOIN scale_days wk ON wk.day = t.monday`,
      [clinicId, [...WEEKDAYS]],
    );

    // Fresh statistics for the completions query below, which reads the new tasks back.
    await qr.query('ANALYZE tasks');
    await step(
      'completions',
      `INSERT INTO completions (id, clinic_id, couple_id, task_id, author_id, partner, completed_at,
          completed_on, answers, helpfulness, closeness_before, closeness_after, visibility,
          reviewed_at, created_at, updated_at)
       SELECT ${leafId}, $1, x.couple_id, x.task_id, x.author_id, x.partner,
              x.completed_at, x.completed_on,
              CASE WHEN x.prompt_id IS NOT NULL AND pg_temp.hr(x.h, 62) < 0.4
                   THEN jsonb_build_array(jsonb_build_object('promptId', x.prompt_id,
                          'text', ($3::text[])[1 + floor(pg_temp.hr(x.h, 63) * array_length($3::text[], 1))::int],
                          'scale', NULL, 'yes', NULL))
                   ELSE '[]'::jsonb END,
              CASE WHEN pg_temp.hr(x.h, 64) < 0.05 THEN 1 WHEN pg_temp.hr(x.h, 64) < 0.15 THEN 2
                   WHEN pg_temp.hr(x.h, 64) < 0.45 THEN 3 WHEN pg_temp.hr(x.h, 64) < 0.80 THEN 4 ELSE 5 END,
              x.before, least(7, x.before + floor(pg_temp.hr(x.h, 65) * 3)::int),
              (CASE WHEN pg_temp.hr(x.h, 66) < 0.5 THEN 'SHARED' ELSE 'PRIVATE' END)::entry_visibility,
              -- The coach has read most of what is older than five days, nothing newer.
              CASE WHEN x.completed_on < $2::date - 5 AND pg_temp.hr(x.h, 67) < 0.9
                   THEN x.completed_at + interval '1 day' END,
              x.completed_at, x.completed_at
         FROM (
           SELECT y.*, p0.author_id,
                  pg_temp.r7(p0.c0 + (p0.c1 - p0.c0) * (y.due_date - p0.intake)::float8 / p0.span
                             - 0.5 + (pg_temp.hr(y.h, 68) - 0.5) * 1.6) AS before
             FROM (
               SELECT t.id AS task_id, t.couple_id, t.due_date, a.n, a.prompt_id, z.h,
                      coalesce(t.partner, CASE WHEN pg_temp.hr(z.h, 60) < 0.5 THEN 'A' ELSE 'B' END) AS partner,
                      -- Done on the evening of the due day, or (15 %) the evening after.
                      t.due_at - interval '3 hours' + CASE WHEN z.late THEN interval '1 day' ELSE interval '0' END AS completed_at,
                      t.due_date + CASE WHEN z.late THEN 1 ELSE 0 END AS completed_on
                 FROM tasks t
                 JOIN scale_assignments a ON a.id = t.assignment_id
                 CROSS JOIN LATERAL (SELECT hashtextextended(t.key, a.n * 4 + a.slot) AS h) z0
                 CROSS JOIN LATERAL (SELECT z0.h, pg_temp.hr(z0.h, 61) < 0.15 AND t.due_date < $2::date - 1 AS late) z
                 JOIN scale_couples c ON c.n = a.n
                WHERE t.clinic_id = $1 AND t.due_date < $2::date
                  AND pg_temp.hr(z.h, 69) < c.completion_rate
             ) y
             JOIN scale_partners p0 ON p0.n = y.n AND p0.partner = y.partner
         ) x`,
      [clinicId, today, REFLECTIONS],
    );

    await step(
      'checkins',
      `INSERT INTO checkins (id, clinic_id, couple_id, author_id, partner, checkin_date, late,
          closeness, understood, sharing, affection, fun, conflict, stress, note, wants_to_talk,
          visibility, created_at, updated_at)
       SELECT ${leafId}, $1, d.couple_id, d.author_id, d.partner, d.day, d.late, d.closeness,
              pg_temp.r7(d.closeness + pg_temp.u16(d.hb, 0) * 2 - 1),
              pg_temp.r7(d.closeness + pg_temp.u16(d.hb, 1) * 2 - 1),
              pg_temp.r7(d.closeness + pg_temp.u16(d.hb, 2) * 2 - 1),
              pg_temp.r7(d.closeness - 0.5 + (pg_temp.u16(d.hb, 3) * 2 - 1) * 1.2),
              pg_temp.r7(8 - d.closeness + pg_temp.u16(d.hc, 0) * 2 - 1),
              pg_temp.r7(3.5 + (pg_temp.u16(d.hc, 1) * 2 - 1) * 1.5),
              CASE WHEN pg_temp.u16(d.hc, 2) < 0.05
                   THEN ($3::text[])[1 + floor(pg_temp.u16(d.ha, 3) * array_length($3::text[], 1))::int] END,
              pg_temp.u16(d.hc, 3) < 0.005,
              (CASE WHEN pg_temp.u16(d.ha, 2) < 0.5 THEN 'SHARED' ELSE 'PRIVATE' END)::entry_visibility,
              d.filed_at, d.filed_at
         FROM (
           SELECT g.*, hashint8extended(g.k, ${seed * 1000 + 22}) AS hb, hashint8extended(g.k, ${seed * 1000 + 23}) AS hc,
                  pg_temp.r7(g.c0 + (g.c1 - g.c0) * g.i::float8 / g.span + (pg_temp.u16(g.ha, 0) - 0.5) * 1.4) AS closeness,
                  -- Filed at 21:00–21:49 that evening, or (late) 08:00–08:49 the next morning.
                  CASE WHEN g.late THEN dd.next_08 ELSE dd.at_21 END
                    + interval '1 minute' * floor(pg_temp.u16(g.ha, 1) * 50) AS filed_at
             FROM (
               SELECT f.*, hashint8extended(f.k, ${seed * 1000 + 21}) AS ha,
                      pg_temp.hr(f.k, 32) < 0.08 AND f.day < $2::date - 1 AS late FROM (
                 SELECT p.couple_id, p.author_id, p.partner, p.c0, p.c1, p.span, p.rate, i, p.intake + i AS day,
                        (p.n::bigint * 512 + i) * 2 + p.side AS k
                   FROM scale_partners p
                   CROSS JOIN LATERAL generate_series(0, p.span - 1 - p.silent) AS i
               ) f WHERE pg_temp.hr(f.k, 20) < f.rate
             ) g
             JOIN scale_days dd ON dd.day = g.day
         ) d`,
      [clinicId, today, CHECKIN_NOTES],
    );

    await step(
      'measure_results',
      `INSERT INTO measure_results (id, clinic_id, couple_id, author_id, partner, instrument, filed_on,
          answers, total, visibility, created_at, updated_at)
       SELECT ${leafId}, $1, m.couple_id, m.author_id, m.partner, 'CSI4', m.filed_on, $3::jsonb -> m.total,
              m.total, 'PRIVATE', dd.at_20, dd.at_20
         FROM (
           SELECT p.couple_id, p.author_id, p.partner,
                  p.intake + 28 * g.i + CASE WHEN pg_temp.hr(k.k, 70) < 0.3 AND p.intake + 28 * g.i + 1 < $2::date
                                             THEN 1 ELSE 0 END AS filed_on,
                  -- Exactly the start and end totals first and last, noisy in between.
                  CASE WHEN g.i = 0 THEN p.s0 WHEN g.i = l.last THEN p.s1
                       ELSE greatest(0, least(21, round(p.s0 + (p.s1 - p.s0) * g.i::float8 / l.last
                                                        + (pg_temp.hr(k.k, 71) - 0.5) * 2.4)))::int END AS total
             FROM scale_partners p
             CROSS JOIN LATERAL (SELECT ($2::date - 1 - p.intake) / 28 AS last) l
             CROSS JOIN LATERAL generate_series(0, l.last) AS g(i)
             CROSS JOIN LATERAL (SELECT (p.n::bigint * 16 + g.i) * 2 + p.side AS k) k
         ) m
         JOIN scale_days dd ON dd.day = m.filed_on`,
      [
        clinicId,
        today,
        JSON.stringify(Array.from({ length: 22 }, (_, total) => csi4AnswersFor(total))),
      ],
    );

    for (const group of restore) {
      const t0 = performance.now();
      for (const sql of group.statements) await qr.query(sql);
      const ms = performance.now() - t0;
      steps.push({ name: group.name, rows: 0, ms });
      log(
        `  ${group.name.padEnd(18)} ${''.padStart(10)}       ${(ms / 1000).toFixed(1).padStart(6)} s`,
      );
    }
    await qr.query(
      'DROP FUNCTION pg_temp.hr(bigint, int), pg_temp.u16(bigint, int), pg_temp.sid(text), pg_temp.r7(float8)',
    );
    await qr.commitTransaction();
  } catch (err) {
    if (qr.isTransactionActive) await qr.rollbackTransaction();
    throw err;
  } finally {
    await qr.release();
  }

  if (options.vacuum !== false) {
    // Fresh statistics and visibility maps, so queries against the new rows are planned and
    // run as they would be on a settled database (and autovacuum does not start mid-benchmark).
    const t0 = performance.now();
    await ds.query(
      'VACUUM (ANALYZE) users, memberships, couples, assignments, tasks, completions, checkins, measure_results',
    );
    const ms = performance.now() - t0;
    steps.push({ name: 'vacuum analyze', rows: 0, ms });
    log(
      `  ${'vacuum analyze'.padEnd(18)} ${''.padStart(10)}       ${(ms / 1000).toFixed(1).padStart(6)} s`,
    );
  }
  return {
    clinicId,
    clinicName,
    couples,
    coaches,
    today,
    steps,
    totalMs: performance.now() - started,
  };
}

/** Session-local helpers: deterministic uuids, hash-based uniform numbers, 1–7 ratings. */
async function createHelpers(qr: QueryRunner, namespace: string, seed: number): Promise<void> {
  // The namespace is a slug and a number ([a-z0-9:-]), safe to write into the function body.
  if (!/^[a-z0-9:-]+$/.test(namespace)) throw new ScaleSeedError('Bad namespace');
  const seedBase = seed * 1000;
  await qr.query(
    `CREATE FUNCTION pg_temp.sid(k text) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE
       AS $$ SELECT md5('${namespace}:' || k)::uuid $$`,
  );
  // A uniform number in [0, 1) from 53 bits of the hash of (key, seed + purpose).
  await qr.query(
    `CREATE FUNCTION pg_temp.hr(k bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE
       AS $$ SELECT (hashint8extended(k, ${seedBase} + salt) & 9007199254740991)::float8 / 9007199254740992.0 $$`,
  );
  // Four uniform numbers from one 64-bit hash (16 bits each): enough resolution for noise and
  // shares, at a quarter of the hashing where a row needs many of them (check-ins).
  await qr.query(
    `CREATE FUNCTION pg_temp.u16(h bigint, i int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE
       AS $$ SELECT ((h >> (16 * i)) & 65535)::float8 / 65536.0 $$`,
  );
  await qr.query(
    `CREATE FUNCTION pg_temp.r7(x float8) RETURNS smallint LANGUAGE sql IMMUTABLE PARALLEL SAFE
       AS $$ SELECT greatest(1, least(7, round(x)))::smallint $$`,
  );
}

/** The big tables: loaded without their indexes, which are built afterwards. */
const BULK_TABLES = ['tasks', 'completions', 'checkins', 'measure_results'];

interface RestoreGroup {
  name: string;
  statements: string[];
}

/**
 * Loads the way pg_restore does: drops every foreign key of the schema, and the indexes
 * (primary keys and unique constraints included) of the big tables, and returns the
 * statements that put them all back exactly as they were — definitions read from the
 * catalogue, not retyped, names kept. Building an index once over the loaded rows and
 * validating a foreign key in one join cost a fraction of maintaining them row by row (which
 * made loading several times slower, and deleting a clinic's memberships take minutes, as
 * author_id has no index of its own). All of it happens in the seeding transaction: no
 * other session ever sees a table without its keys, unique indexes and foreign keys are
 * re-checked over every row, and one bad row fails the whole seed. The price: the tables
 * stay locked until the seed commits.
 */
async function dropKeysAndIndexes(qr: QueryRunner): Promise<RestoreGroup[]> {
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
  const fks: { tbl: string; name: string; def: string }[] = await qr.query(
    `SELECT c.conrelid::regclass::text AS tbl, c.conname AS name, pg_get_constraintdef(c.oid) AS def
       FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
      WHERE c.contype = 'f' AND t.relnamespace = current_schema()::regnamespace
      ORDER BY 1, 2`,
  );
  const byTable = new Map<string, typeof fks>();
  for (const fk of fks) byTable.set(fk.tbl, [...(byTable.get(fk.tbl) ?? []), fk]);
  const addForeignKeys: string[] = [];
  for (const [table, list] of byTable) {
    await qr.query(
      `ALTER TABLE ${table} ${list.map((fk) => `DROP CONSTRAINT ${quote(fk.name)}`).join(', ')}`,
    );
    addForeignKeys.push(
      `ALTER TABLE ${table} ${list.map((fk) => `ADD CONSTRAINT ${quote(fk.name)} ${fk.def}`).join(', ')}`,
    );
  }

  const groups: RestoreGroup[] = [];
  for (const table of BULK_TABLES) {
    // Primary keys and unique constraints first: they own their indexes.
    const constraints: { name: string; def: string }[] = await qr.query(
      `SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
        WHERE conrelid = $1::regclass AND contype IN ('p', 'u') ORDER BY contype, conname`,
      [table],
    );
    const indexes: { name: string; def: string }[] = await qr.query(
      `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
         FROM pg_index i
        WHERE i.indrelid = $1::regclass
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid)
        ORDER BY 1`,
      [table],
    );
    if (constraints.length > 0) {
      await qr.query(
        `ALTER TABLE ${table} ${constraints.map((c) => `DROP CONSTRAINT ${quote(c.name)}`).join(', ')}`,
      );
    }
    for (const index of indexes) await qr.query(`DROP INDEX ${index.name}`);
    groups.push({
      name: `indexes ${table}`,
      statements: [
        ...constraints.map((c) => `ALTER TABLE ${table} ADD CONSTRAINT ${quote(c.name)} ${c.def}`),
        ...indexes.map((i) => i.def),
      ],
    });
  }
  groups.push({ name: 'foreign keys', statements: addForeignKeys });
  return groups;
}

/** Deletes the clinics' rows from every tenant table (those with a clinic_id), then their people. */
async function deleteClinics(
  qr: QueryRunner,
  clinicIds: string[],
  step: (name: string, sql: string, params?: unknown[]) => Promise<number>,
): Promise<void> {
  await qr.query(
    `CREATE TEMP TABLE scale_old_users ON COMMIT DROP AS
     SELECT DISTINCT user_id FROM memberships WHERE clinic_id = ANY($1::uuid[])`,
    [clinicIds],
  );
  const tables: { name: string }[] = await qr.query(
    `SELECT c.table_name AS name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = current_schema() AND c.column_name = 'clinic_id' AND t.table_type = 'BASE TABLE'
      ORDER BY 1`,
  );
  for (const { name } of tables) {
    await step(`delete ${name}`, `DELETE FROM "${name}" WHERE clinic_id = ANY($1::uuid[])`, [
      clinicIds,
    ]);
  }
  await step('delete clinic', 'DELETE FROM clinics WHERE id = ANY($1::uuid[])', [clinicIds]);
  await step(
    'delete users',
    `DELETE FROM users u USING scale_old_users o
      WHERE u.id = o.user_id AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = u.id)`,
  );
}

/** The seeding report as a small table, for the CLI and the benchmark. */
export function formatSeedReport(report: ScaleSeedReport): string {
  const lines = [
    `Seeded "${report.clinicName}": ${report.couples} couples, ${report.coaches} coaches, data up to ${addDays(report.today, -1)}.`,
    '',
    '| step | rows | seconds |',
    '|---|---:|---:|',
    ...report.steps.map(
      (s) => `| ${s.name} | ${s.rows.toLocaleString('en-US')} | ${(s.ms / 1000).toFixed(1)} |`,
    ),
    `| **total** | ${report.steps
      .filter((s) => !s.name.startsWith('delete'))
      .reduce((n, s) => n + s.rows, 0)
      .toLocaleString('en-US')} | ${(report.totalMs / 1000).toFixed(1)} |`,
  ];
  return lines.join('\n');
}
