import type { DataSource } from 'typeorm';
import {
  addDays,
  adherenceWindow,
  changeShares,
  completionRate,
  csi4ChangeInPeriod,
  isoWeeksOf,
  meanClosenessChange,
  meanHelpfulness,
  median,
  pooledCheckinAdherence,
  todayIn,
  type Csi4Change,
  type DashboardPeriod,
  type LocalDate,
} from '@hearth/domain';
import {
  createClinic,
  createCouples,
  createMember,
  giveCheckins,
  giveDailyHomework,
} from './support/factories';
import { errorCode, fieldErrors, gql, startTestApp, type TestApp } from './support/test-app';

const DASHBOARD = `
fragment F on DashboardFigure { status suppressed value n numerator denominator }
query($p: DashboardPeriodInput!) {
  clinicDashboard(period: $p) {
    period { preset from to timeZone }
    smallCellK
    summary {
      activeCouples { ...F } couplesWithHomework { ...F } completionRate { ...F }
      meanHelpfulness { ...F } meanClosenessChange { ...F } checkinAdherence { ...F }
      csi4MedianChange { ...F } csi4Improved { ...F } csi4Recovered { ...F } csi4Deteriorated { ...F }
    }
    byCoach { coachId coachName couples { ...F } completionRate { ...F } meanHelpfulness { ...F } meanClosenessChange { ...F } }
    byExercise { exerciseKey title builtIn couples { ...F } completionRate { ...F } meanHelpfulness { ...F } meanClosenessChange { ...F } }
    weekly { week from to completionRate { ...F } checkinAdherence { ...F } }
  }
}`;

interface Figure {
  status: 'SHOWN' | 'NO_DATA' | 'SUPPRESSED';
  suppressed: boolean;
  value: number | null;
  n: number | null;
  numerator: number | null;
  denominator: number | null;
}
const HOMEWORK_FIGURES = ['couples', 'completionRate', 'meanHelpfulness', 'meanClosenessChange'];
type HomeworkFigures = Record<
  'couples' | 'completionRate' | 'meanHelpfulness' | 'meanClosenessChange',
  Figure
>;
const SUMMARY_FIGURES = [
  'activeCouples',
  'couplesWithHomework',
  'completionRate',
  'meanHelpfulness',
  'meanClosenessChange',
  'checkinAdherence',
  'csi4MedianChange',
  'csi4Improved',
  'csi4Recovered',
  'csi4Deteriorated',
] as const;
type SummaryName = (typeof SUMMARY_FIGURES)[number];
interface Dashboard {
  period: { preset: string; from: string; to: string; timeZone: string };
  smallCellK: number;
  summary: Record<SummaryName, Figure>;
  byCoach: (HomeworkFigures & { coachId: string; coachName: string })[];
  byExercise: (HomeworkFigures & { exerciseKey: string; title: string; builtIn: boolean })[];
  weekly: {
    week: string;
    from: string;
    to: string;
    completionRate: Figure;
    checkinAdherence: Figure;
  }[];
}

/** A figure as the definitions in libs/domain give it, before suppression. */
interface Expected {
  value: number | null;
  n: number;
  numerator: number | null;
  denominator: number | null;
}

const distinct = (values: string[]) => new Set(values).size;

/**
 * The reference: every base row of the clinic read with plain SELECTs (no GROUP BY), and the
 * figures computed from them with the libs/domain definitions the dashboard's SQL must match.
 */
async function reference(db: DataSource, clinicId: string, period: DashboardPeriod, now: Date) {
  const tasks: {
    couple_id: string;
    coach_id: string;
    exercise_key: string;
    due_date: string;
    due_at: Date;
    completed_at: Date | null;
    helpfulness: number | null;
    closeness_before: number | null;
    closeness_after: number | null;
  }[] = await db.query(
    `SELECT t.couple_id, c.coach_id, coalesce(ce.slug, ke.exercise_key::text) AS exercise_key,
            t.due_date::text AS due_date, t.due_at, e.completed_at, e.helpfulness,
            e.closeness_before, e.closeness_after
       FROM tasks t
       JOIN couples c ON c.id = t.couple_id
       JOIN assignments a ON a.id = t.assignment_id
       LEFT JOIN catalogue_exercises ce ON ce.id = a.catalogue_exercise_id
       LEFT JOIN clinic_exercises ke ON ke.id = a.clinic_exercise_id
       LEFT JOIN completions e ON e.task_id = t.id
      WHERE t.clinic_id = $1`,
    [clinicId],
  );
  const homework = (rows: typeof tasks): Record<string, Expected> => {
    const inPeriod = rows.filter((t) => t.due_date >= period.from && t.due_date <= period.to);
    const due = inPeriod.filter((t) => t.due_at.getTime() <= now.getTime());
    const done = due.filter((t) => t.completed_at !== null && t.completed_at <= now);
    const couples = distinct(due.map((t) => t.couple_id));
    const doneCouples = distinct(done.map((t) => t.couple_id));
    return {
      couples: { value: couples, n: couples, numerator: null, denominator: null },
      completionRate: {
        value: completionRate(
          inPeriod.map((t) => ({
            dueAt: t.due_at.toISOString(),
            completedAt: t.completed_at?.toISOString() ?? null,
          })),
          now,
        ),
        n: couples,
        numerator: done.length,
        denominator: due.length,
      },
      meanHelpfulness: {
        value: meanHelpfulness(done.map((t) => t.helpfulness)),
        n: doneCouples,
        numerator: done.reduce((s, t) => s + t.helpfulness!, 0),
        denominator: done.length,
      },
      meanClosenessChange: {
        value: meanClosenessChange(
          done.map((t) => ({ before: t.closeness_before, after: t.closeness_after })),
        ),
        n: doneCouples,
        numerator: done.reduce((s, t) => s + t.closeness_after! - t.closeness_before!, 0),
        denominator: done.length,
      },
    };
  };

  const partners: {
    couple_id: string;
    status: string;
    time_zone: string;
    intake_date: string;
    member_id: string;
    member_status: string;
    joined: string | null;
  }[] = await db.query(
    `SELECT c.id AS couple_id, c.status, c.time_zone, c.intake_date::text AS intake_date,
            m.id AS member_id, m.status AS member_status,
            (SELECT (max(i.accepted_at) AT TIME ZONE c.time_zone)::date::text FROM invitations i
              WHERE i.membership_id = m.id) AS joined
       FROM couples c JOIN memberships m ON m.id IN (c.partner_a_id, c.partner_b_id)
      WHERE c.clinic_id = $1`,
    [clinicId],
  );
  const checkins: { author_id: string; date: string }[] = await db.query(
    'SELECT author_id, checkin_date::text AS date FROM checkins WHERE clinic_id = $1',
    [clinicId],
  );
  const expectedPartners = partners
    .filter((p) => p.status === 'ACTIVE')
    .map((p) => {
      const enrolledOn =
        p.member_status !== 'ACTIVE'
          ? null
          : p.joined && p.joined > p.intake_date
            ? p.joined
            : p.intake_date;
      return {
        couple: p.couple_id,
        checkinDates: checkins.filter((c) => c.author_id === p.member_id).map((c) => c.date),
        window: adherenceWindow(enrolledOn, period, todayIn(p.time_zone, now)),
      };
    });
  const adherence = (from: LocalDate, to: LocalDate): Expected => {
    const clipped = expectedPartners.map((p) => {
      const w = p.window;
      const window =
        w && w.from <= to && w.through >= from
          ? { from: w.from > from ? w.from : from, through: w.through < to ? w.through : to }
          : null;
      return { ...p, window };
    });
    const pooled = pooledCheckinAdherence(clipped);
    return {
      value: pooled.rate,
      n: distinct(clipped.filter((p) => p.window).map((p) => p.couple)),
      numerator: pooled.daysWithCheckin,
      denominator: pooled.daysEnrolled,
    };
  };

  const measures: { couple_id: string; partner: string; date: string; total: number }[] =
    await db.query(
      `SELECT couple_id, partner, filed_on::text AS date, total FROM measure_results
        WHERE clinic_id = $1 AND instrument = 'CSI4'`,
      [clinicId],
    );
  const byPartner = new Map<string, { date: string; total: number }[]>();
  for (const m of measures) {
    const key = `${m.couple_id}/${m.partner}`;
    byPartner.set(key, [...(byPartner.get(key) ?? []), m]);
  }
  const changes: (Csi4Change & { couple: string })[] = [...byPartner].flatMap(([key, rs]) => {
    const change = csi4ChangeInPeriod(rs, period);
    return change ? [{ ...change, couple: key.split('/')[0]! }] : [];
  });
  const csi4Couples = distinct(changes.map((c) => c.couple));
  const shares = changeShares(changes.map((c) => c.changeClass));
  const share = (value: number | null, numerator: number): Expected => ({
    value,
    n: csi4Couples,
    numerator,
    denominator: changes.length,
  });
  const classCount = (...classes: string[]) =>
    changes.filter((c) => classes.includes(c.changeClass)).length;

  const couples: { id: string }[] = await db.query(
    `SELECT id FROM couples WHERE clinic_id = $1 AND status = 'ACTIVE' AND intake_date <= $2`,
    [clinicId, period.to],
  );
  const total = homework(tasks);
  const summary: Record<SummaryName, Expected> = {
    activeCouples: {
      value: couples.length,
      n: couples.length,
      numerator: null,
      denominator: null,
    },
    couplesWithHomework: total.couples!,
    completionRate: total.completionRate!,
    meanHelpfulness: total.meanHelpfulness!,
    meanClosenessChange: total.meanClosenessChange!,
    checkinAdherence: adherence(period.from, period.to),
    csi4MedianChange: {
      value: median(changes.map((c) => c.change)),
      n: csi4Couples,
      numerator: null,
      denominator: changes.length,
    },
    csi4Improved: share(shares.improved, classCount('IMPROVED', 'RECOVERED')),
    csi4Recovered: share(shares.recovered, classCount('RECOVERED')),
    csi4Deteriorated: share(shares.deteriorated, classCount('DETERIORATED')),
  };
  const groupBy = (key: (t: (typeof tasks)[number]) => string) => {
    const groups = new Map<string, typeof tasks>();
    for (const t of tasks) groups.set(key(t), [...(groups.get(key(t)) ?? []), t]);
    return new Map([...groups].map(([k, rows]) => [k, homework(rows)]));
  };
  const weekly = isoWeeksOf(period).map((w) => ({
    week: w.week,
    completionRate: homework(tasks.filter((t) => t.due_date >= w.from && t.due_date <= w.to))
      .completionRate!,
    checkinAdherence: adherence(w.from, w.to),
  }));
  return {
    summary,
    byCoach: groupBy((t) => t.coach_id),
    byExercise: groupBy((t) => t.exercise_key),
    weekly,
  };
}

const EMPTY: Expected = { value: null, n: 0, numerator: 0, denominator: 0 };

/**
 * A figure against the reference: no couples -> NO_DATA; 1 to k-1 -> SUPPRESSED with nothing
 * in it; otherwise the reference's value, n, numerator and denominator — unless the column
 * has a small cell, when complementary suppression may hide it too.
 */
function expectFigure(
  actual: Figure,
  expected: Expected,
  k: number,
  complementaryPossible: boolean,
  where: string,
): void {
  const hidden = { status: 'SUPPRESSED', suppressed: true, value: null, n: null };
  const context = `${where}: ${JSON.stringify(actual)} vs ${JSON.stringify(expected)}`;
  if (expected.n === 0) {
    expect({ where, ...actual }).toEqual({
      where,
      status: 'NO_DATA',
      suppressed: false,
      value: null,
      n: 0,
      numerator: null,
      denominator: null,
    });
  } else if (expected.n < k || (complementaryPossible && actual.status === 'SUPPRESSED')) {
    expect({ where, ...actual }).toEqual({ where, ...hidden, numerator: null, denominator: null });
  } else {
    expect({ where, status: actual.status, n: actual.n }).toEqual({
      where,
      status: 'SHOWN',
      n: expected.n,
    });
    expect([context, actual.numerator, actual.denominator]).toEqual([
      context,
      expected.numerator,
      expected.denominator,
    ]);
    if (expected.value === null) expect(actual.value).toBeNull();
    else expect(actual.value).toBeCloseTo(expected.value, 10);
  }
}

/** Compares a whole dashboard with the reference; returns how many figures were SHOWN. */
function expectDashboard(d: Dashboard, ref: Awaited<ReturnType<typeof reference>>): number {
  const k = d.smallCellK;
  const small = (cells: Expected[]) => cells.some((c) => c.n >= 1 && c.n < k);
  let shown = 0;
  const check = (actual: Figure, expected: Expected, column: Expected[], where: string) => {
    expectFigure(actual, expected, k, small(column), where);
    if (actual.status === 'SHOWN') shown++;
  };
  for (const name of SUMMARY_FIGURES) {
    check(d.summary[name], ref.summary[name], [], `summary.${name}`);
  }
  // Every coach of the clinic has a row; exercises only with homework due.
  expect(new Set(d.byCoach.map((r) => r.coachId))).toEqual(
    new Set([...d.byCoach.map((r) => r.coachId), ...ref.byCoach.keys()]),
  );
  const dueExercises = [...ref.byExercise].filter(([, f]) => f.couples!.n > 0).map(([k]) => k);
  expect(d.byExercise.map((r) => r.exerciseKey).sort()).toEqual(dueExercises.sort());
  for (const [table, rows, refRows] of [
    ['byCoach', d.byCoach.map((r) => [r.coachId, r] as const), ref.byCoach],
    ['byExercise', d.byExercise.map((r) => [r.exerciseKey, r] as const), ref.byExercise],
  ] as const) {
    for (const name of HOMEWORK_FIGURES) {
      const column = rows.map(([key]) => refRows.get(key)?.[name] ?? EMPTY);
      rows.forEach(([key, row], i) =>
        check(row[name as keyof HomeworkFigures], column[i]!, column, `${table}[${key}].${name}`),
      );
    }
  }
  expect(d.weekly.map((w) => w.week)).toEqual(ref.weekly.map((w) => w.week));
  for (const name of ['completionRate', 'checkinAdherence'] as const) {
    const column = ref.weekly.map((w) => w[name]);
    d.weekly.forEach((w, i) => check(w[name], column[i]!, column, `weekly[${w.week}].${name}`));
  }
  return shown;
}

/** No line of a table may have exactly one hidden member while its total is shown. */
function expectNoDifferencing(d: Dashboard): void {
  const tables: [string, Figure[][], Figure[]][] = [
    [
      'byCoach',
      d.byCoach.map((r) => HOMEWORK_FIGURES.map((f) => r[f as keyof HomeworkFigures])),
      HOMEWORK_FIGURES.map(
        (f) => d.summary[f === 'couples' ? 'couplesWithHomework' : (f as SummaryName)],
      ),
    ],
    [
      'byExercise',
      d.byExercise.map((r) => HOMEWORK_FIGURES.map((f) => r[f as keyof HomeworkFigures])),
      HOMEWORK_FIGURES.map(
        (f) => d.summary[f === 'couples' ? 'couplesWithHomework' : (f as SummaryName)],
      ),
    ],
    [
      'weekly',
      d.weekly.map((w) => [w.completionRate, w.checkinAdherence]),
      [d.summary.completionRate, d.summary.checkinAdherence],
    ],
  ];
  for (const [name, rows, totals] of tables) {
    totals.forEach((total, c) => {
      const hidden = rows.filter((r) => r[c]!.suppressed).length;
      if (!total.suppressed)
        expect(`${name} column ${c}: ${hidden} hidden`).not.toMatch(/: 1 hidden/);
    });
  }
}

async function clinicIdOf(db: DataSource, name: string): Promise<string> {
  const rows: { id: string }[] = await db.query('SELECT id FROM clinics WHERE name = $1', [name]);
  return rows[0]!.id;
}

async function setK(db: DataSource, clinicId: string, k: number): Promise<void> {
  await db.query('UPDATE clinics SET small_cell_k = $2 WHERE id = $1', [clinicId, k]);
}

/** RFC 4180, enough for our own output: quoted fields, doubled quotes, CRLF, a BOM. */
function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted && ch === '"' && body[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (quoted || (ch !== ',' && ch !== '\n' && ch !== '\r')) {
      field += ch;
    } else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    }
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  const [header, ...rows] = records;
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

describe('clinic dashboard over HTTP', () => {
  let t: TestApp;
  let riverside: string;
  let northside: string;
  beforeAll(async () => {
    t = await startTestApp();
    riverside = await clinicIdOf(t.db, 'Riverside Couples Clinic');
    northside = await clinicIdOf(t.db, 'Northside Relationship Centre');
  });
  afterAll(() => t.close());

  async function dashboard(email: string, period: Record<string, unknown>): Promise<Dashboard> {
    const agent = await t.signIn(email);
    const res = await gql<{ clinicDashboard: Dashboard }>(agent, DASHBOARD, { p: period });
    expect(res.errors).toBeUndefined();
    return res.data!.clinicDashboard;
  }

  describe('with k = 2, so that the demo clinic’s figures show', () => {
    beforeAll(() => setK(t.db, riverside, 2));
    afterAll(() => setK(t.db, riverside, 11));

    it.each([
      [{ preset: 'LAST_4_WEEKS' }],
      [{ preset: 'LAST_12_WEEKS' }],
      [{ preset: 'LAST_26_WEEKS' }],
    ])('equals the definitions computed from the base rows: %j', async (period) => {
      const d = await dashboard('admin@riverside.example', period);
      const today = todayIn('America/New_York', new Date());
      const days = { LAST_4_WEEKS: 28, LAST_12_WEEKS: 84, LAST_26_WEEKS: 182 }[period.preset]!;
      expect(d.period.to).toBe(today);
      expect(isoWeeksOf(d.period)[0]!.from).toBe(d.period.from);
      expect(d.weekly.length).toBeGreaterThanOrEqual(days / 7);
      const ref = await reference(t.db, riverside, d.period, new Date());
      const shown = expectDashboard(d, ref);
      // Not vacuous: the demo has homework, check-ins and CSI-4 changes to show.
      expect(shown).toBeGreaterThan(20);
      for (const name of ['completionRate', 'checkinAdherence', 'meanHelpfulness'] as const) {
        expect(d.summary[name].status).toBe('SHOWN');
      }
      expectNoDifferencing(d);
    });

    it('counts the CSI-4 changes of the demo stories (recovered, deteriorated)', async () => {
      const d = await dashboard('admin@riverside.example', { preset: 'LAST_12_WEEKS' });
      // Alex 11 -> 16 and Sam 10 -> 15 recovered; Jordan 16 -> 11 deteriorated.
      expect(d.summary.csi4Recovered.numerator).toBeGreaterThanOrEqual(2);
      expect(d.summary.csi4Deteriorated.numerator).toBeGreaterThanOrEqual(1);
      expect(d.summary.csi4Improved.numerator!).toBeGreaterThanOrEqual(
        d.summary.csi4Recovered.numerator!,
      );
    });

    it('takes a custom period, with partial first and last weeks', async () => {
      const to = todayIn('America/New_York', new Date());
      const from = addDays(to, -100);
      const d = await dashboard('admin@riverside.example', { preset: 'CUSTOM', from, to });
      expect(d.period).toEqual({ preset: 'CUSTOM', from, to, timeZone: 'America/New_York' });
      // The first week starts on the period's first day, a Monday or not.
      expect(d.weekly[0]!.from).toBe(from);
      expect(d.weekly.at(-1)!.to).toBe(to);
      expectDashboard(d, await reference(t.db, riverside, d.period, new Date()));
    });
  });

  it('with the default k = 11, suppresses every figure of the six-couple demo clinic', async () => {
    const d = await dashboard('admin@riverside.example', { preset: 'LAST_12_WEEKS' });
    expect(d.smallCellK).toBe(11);
    const figures: Figure[] = [
      ...Object.values(d.summary),
      ...d.byCoach.flatMap((r) => HOMEWORK_FIGURES.map((f) => r[f as keyof HomeworkFigures])),
      ...d.byExercise.flatMap((r) => HOMEWORK_FIGURES.map((f) => r[f as keyof HomeworkFigures])),
      ...d.weekly.flatMap((w) => [w.completionRate, w.checkinAdherence]),
    ];
    expect(figures.filter((f) => f.status === 'SHOWN')).toEqual([]);
    const suppressed = figures.filter((f) => f.suppressed);
    expect(suppressed.length).toBeGreaterThan(20);
    for (const f of suppressed) {
      expect(f).toEqual({
        status: 'SUPPRESSED',
        suppressed: true,
        value: null,
        n: null,
        numerator: null,
        denominator: null,
      });
    }
    // Every coach still has a row (names only), and the weeks are all there.
    expect(d.byCoach.map((r) => r.coachName)).toEqual(['Daniel Reyes', 'Maya Okafor']);
    expect(d.weekly).toHaveLength(isoWeeksOf(d.period).length);
  });

  it('is for clinic admins only: coaches and clients get FORBIDDEN, strangers UNAUTHENTICATED', async () => {
    const p = { p: { preset: 'LAST_4_WEEKS' } };
    for (const email of [
      'maya@riverside.example',
      'alex@riverside.example',
      'lee@northside.example',
    ]) {
      const res = await gql(await t.signIn(email), DASHBOARD, p);
      expect([email, errorCode(res), res.data ?? null]).toEqual([email, 'FORBIDDEN', null]);
    }
    expect(errorCode(await gql(t.agent(), DASHBOARD, p))).toBe('UNAUTHENTICATED');
  });

  it('answers a bad period with field errors', async () => {
    const admin = await t.signIn('admin@riverside.example');
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ preset: 'CUSTOM' }, { from: 'Choose a date.', to: 'Choose a date.' }],
      [
        { preset: 'CUSTOM', from: '2026-02-30', to: '2026-03-01' },
        { from: 'Use a date like 2026-03-14.' },
      ],
      [
        { preset: 'CUSTOM', from: '2026-03-02', to: '2026-03-01' },
        { to: 'End on or after the start date.' },
      ],
      [
        { preset: 'CUSTOM', from: '2023-01-01', to: '2025-06-30' },
        { to: 'Choose a period of at most two years.' },
      ],
      [
        { preset: 'LAST_4_WEEKS', from: '2026-01-01' },
        { from: 'Dates apply to a CUSTOM period only.' },
      ],
    ];
    for (const [period, fields] of cases) {
      const res = await gql(admin, DASHBOARD, { p: period });
      expect([period, errorCode(res), fieldErrors(res)]).toEqual([
        period,
        'BAD_USER_INPUT',
        fields,
      ]);
    }
  });

  it("gives Northside's admin Northside's couples only", async () => {
    // A second Northside couple, with homework and check-ins, so figures can show at k = 2.
    const lee: { id: string }[] = await t.db.query(
      `SELECT m.id FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE u.email = 'lee@northside.example' AND m.role = 'COACH'`,
    );
    const [second] = await createCouples(t.db, northside, lee[0]!.id, 1, {
      prefix: 'Northside pair',
      intakeDaysAgo: 30,
      timeZone: 'America/Chicago',
    });
    await giveDailyHomework(t.db, northside, [second!], {
      slug: 'listen-and-reflect',
      days: 14,
      completed: (i) => i % 2 === 0,
    });
    const robinTaylor: { id: string }[] = await t.db.query(
      `SELECT id FROM couples WHERE label = 'Robin & Taylor'`,
    );
    await giveDailyHomework(t.db, northside, [robinTaylor[0]!.id], {
      slug: 'listen-and-reflect',
      days: 10,
      completed: (i) => i < 7,
    });
    await giveCheckins(t.db, northside, second!, 20, (ago) => ago % 3 !== 0);
    await setK(t.db, northside, 2);

    const d = await dashboard('admin@northside.example', { preset: 'LAST_4_WEEKS' });
    expect(d.period.timeZone).toBe('America/Chicago');
    expect(d.byCoach.map((r) => r.coachName)).toEqual(['Lee Park']);
    expect(d.summary.activeCouples).toMatchObject({ status: 'SHOWN', value: 2, n: 2 });
    expect(d.summary.completionRate).toMatchObject({ status: 'SHOWN', n: 2 });
    const ref = await reference(t.db, northside, d.period, new Date());
    expect(expectDashboard(d, ref)).toBeGreaterThan(5);
    // Riverside's homework (three exercises, five couples) is nowhere in it.
    expect(d.byExercise.map((r) => r.exerciseKey)).toEqual(['listen-and-reflect']);
    expect(d.byExercise[0]!.couples.value).toBe(2);
  });

  describe('CSV export', () => {
    const csv = (agent: ReturnType<TestApp['agent']>, query: string) =>
      agent.get(`/api/clinic-dashboard.csv${query}`);

    /** Each CSV row checked column by column against the GraphQL figures. */
    function expectCsvEqualsGraphql(rows: Record<string, string>[], d: Dashboard): void {
      const k = d.smallCellK;
      const fmt = (f: Figure, as: 'count' | 'percent' | 'decimal') =>
        f.value === null
          ? ''
          : as === 'count'
            ? String(f.value)
            : as === 'percent'
              ? (f.value * 100).toFixed(1)
              : f.value.toFixed(2);
      const expectFigureColumns = (
        row: Record<string, string>,
        f: Figure,
        value: [string, 'count' | 'percent' | 'decimal'],
        n?: string,
        numerator?: string,
        denominator?: string,
      ) => {
        const columns = [value[0], n, numerator, denominator].filter((c): c is string => !!c);
        const actual = Object.fromEntries(columns.map((c) => [c, row[c]]));
        let expected: Record<string, string>;
        if (f.status === 'SUPPRESSED') {
          expected = Object.fromEntries(columns.map((c) => [c, `fewer than ${k}`]));
        } else if (f.status === 'NO_DATA') {
          expected = Object.fromEntries(columns.map((c) => [c, '']));
          expected[value[0]] = 'no data';
          if (n) expected[n] = '0';
        } else {
          expected = { [value[0]]: fmt(f, value[1]) };
          if (n) expected[n] = String(f.n);
          if (numerator) expected[numerator] = String(f.numerator);
          if (denominator) expected[denominator] = String(f.denominator);
        }
        expect({ table: row.table, row: row.row, ...actual }).toEqual({
          table: row.table,
          row: row.row,
          ...expected,
        });
      };
      const homework = (row: Record<string, string>, r: HomeworkFigures) => {
        expectFigureColumns(row, r.couples, ['couples_with_homework_due', 'count']);
        expectFigureColumns(
          row,
          r.completionRate,
          ['completion_rate_percent', 'percent'],
          'completion_rate_n_couples',
          'tasks_completed',
          'tasks_due',
        );
        expectFigureColumns(
          row,
          r.meanHelpfulness,
          ['mean_helpfulness_1_to_5', 'decimal'],
          'mean_helpfulness_n_couples',
          'helpfulness_sum',
          'completions_rated',
        );
        expectFigureColumns(
          row,
          r.meanClosenessChange,
          ['mean_closeness_change_points', 'decimal'],
          'mean_closeness_change_n_couples',
          'closeness_change_sum_points',
          'completions_rated_closeness',
        );
      };
      const [summary, ...rest] = rows;
      expect(summary).toMatchObject({
        table: 'summary',
        row: 'All couples',
        from_date: d.period.from,
        to_date: d.period.to,
      });
      const s = d.summary;
      expectFigureColumns(summary!, s.activeCouples, ['active_couples', 'count']);
      homework(summary!, {
        couples: s.couplesWithHomework,
        completionRate: s.completionRate,
        meanHelpfulness: s.meanHelpfulness,
        meanClosenessChange: s.meanClosenessChange,
      });
      const adherence = (row: Record<string, string>, f: Figure) =>
        expectFigureColumns(
          row,
          f,
          ['checkin_adherence_percent', 'percent'],
          'checkin_adherence_n_couples',
          'partner_days_with_checkin',
          'partner_days_expected',
        );
      adherence(summary!, s.checkinAdherence);
      expectFigureColumns(
        summary!,
        s.csi4MedianChange,
        ['csi4_median_change_points', 'decimal'],
        'csi4_n_couples',
        undefined,
        'csi4_partners_classified',
      );
      for (const [name, column] of [
        ['csi4Improved', 'improved'],
        ['csi4Recovered', 'recovered'],
        ['csi4Deteriorated', 'deteriorated'],
      ] as const) {
        expectFigureColumns(
          summary!,
          s[name],
          [`csi4_${column}_percent`, 'percent'],
          'csi4_n_couples',
          `csi4_partners_${column}`,
          'csi4_partners_classified',
        );
      }
      const coaches = rest.filter((r) => r.table === 'by_coach');
      expect(coaches.map((r) => r.row)).toEqual(d.byCoach.map((r) => r.coachName));
      coaches.forEach((row, i) => homework(row, d.byCoach[i]!));
      const exercises = rest.filter((r) => r.table === 'by_exercise');
      expect(exercises.map((r) => r.row)).toEqual(d.byExercise.map((r) => r.title));
      exercises.forEach((row, i) => homework(row, d.byExercise[i]!));
      const weeks = rest.filter((r) => r.table === 'by_week');
      expect(weeks.map((r) => [r.row, r.from_date, r.to_date])).toEqual(
        d.weekly.map((w) => [w.week, w.from, w.to]),
      );
      weeks.forEach((row, i) => {
        expectFigureColumns(
          row,
          d.weekly[i]!.completionRate,
          ['completion_rate_percent', 'percent'],
          'completion_rate_n_couples',
          'tasks_completed',
          'tasks_due',
        );
        adherence(row, d.weekly[i]!.checkinAdherence);
        // A week has no coach or CSI-4 figures.
        expect([row.mean_helpfulness_1_to_5, row.csi4_improved_percent]).toEqual(['', '']);
      });
      expect(rows).toHaveLength(1 + d.byCoach.length + d.byExercise.length + d.weekly.length);
    }

    it('holds the same cells as the GraphQL dashboard, with k = 2 and with k = 11', async () => {
      const admin = await t.signIn('admin@riverside.example');
      for (const k of [2, 11]) {
        await setK(t.db, riverside, k);
        const res = await csv(admin, '?period=LAST_12_WEEKS').expect(200);
        expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
        expect(res.headers['content-disposition']).toMatch(
          /^attachment; filename="hearth-clinic-dashboard-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv"$/,
        );
        expect(res.headers['cache-control']).toBe('no-store');
        const rows = parseCsv(res.text);
        expect(Object.keys(rows[0]!)).toContain('completion_rate_percent');
        const d = await dashboard('admin@riverside.example', { preset: 'LAST_12_WEEKS' });
        expectCsvEqualsGraphql(rows, d);
        if (k === 11) {
          expect(res.text).toContain('fewer than 11');
          // Nothing but labels, dates, k and "no data"/"0" can be in a suppressed export.
          const numbers = rows.flatMap((r) =>
            Object.entries(r)
              .filter(([c]) => !['row', 'from_date', 'to_date'].includes(c))
              .map(([, v]) => v)
              .filter((v) => /\d/.test(v) && v !== 'fewer than 11' && v !== '0'),
          );
          expect(numbers).toEqual([]);
        }
      }
      await setK(t.db, riverside, 11);
    });

    it('takes a custom period, and answers bad input, strangers and non-admins in JSON', async () => {
      const admin = await t.signIn('admin@riverside.example');
      const ok = await csv(admin, '?period=CUSTOM&from=2025-12-01&to=2026-01-31').expect(200);
      expect(parseCsv(ok.text)[0]).toMatchObject({
        from_date: '2025-12-01',
        to_date: '2026-01-31',
      });

      const bad = await csv(admin, '?period=CUSTOM&from=2026-02-01&to=2026-01-31').expect(400);
      expect(bad.body).toEqual({
        error: {
          code: 'BAD_USER_INPUT',
          message: 'to: End on or after the start date.',
          fields: [{ field: 'to', message: 'End on or after the start date.' }],
        },
      });
      const unknown = await csv(admin, '?period=LAST_YEAR').expect(400);
      expect(unknown.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['period']);
      const missing = await csv(admin, '').expect(400);
      expect(missing.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['period']);

      const anonymous = await csv(t.agent(), '?period=LAST_4_WEEKS').expect(401);
      expect(anonymous.body).toEqual({
        error: { code: 'UNAUTHENTICATED', message: 'Please sign in.' },
      });
      for (const email of ['maya@riverside.example', 'alex@riverside.example']) {
        const res = await csv(await t.signIn(email), '?period=LAST_4_WEEKS').expect(403);
        expect(res.body.error.code).toBe('FORBIDDEN');
        expect(res.text).not.toContain('completion');
      }
    });
  });

  it('hides a small coach and one more, so the total cannot give it away (k = 11)', async () => {
    const clinic = await createClinic(t.db, 'Lakeside Counselling');
    await createMember(t.db, clinic, 'admin@lakeside.example', 'CLINIC_ADMIN', 'Lake Admin');
    const sizes: [string, number][] = [
      ['Ana Alder', 12],
      ['Ben Birch', 12],
      ['Cy Cedar', 3],
    ];
    for (const [name, size] of sizes) {
      const coach = await createMember(
        t.db,
        clinic,
        `${name.split(' ')[0]!.toLowerCase()}@lakeside.example`,
        'COACH',
        name,
      );
      const couples = await createCouples(t.db, clinic, coach, size, {
        prefix: name,
        intakeDaysAgo: 20,
      });
      await giveDailyHomework(t.db, clinic, couples, {
        slug: 'listen-and-reflect',
        days: 14,
        completed: (i) => i % 2 === 0,
      });
    }
    const d = await dashboard('admin@lakeside.example', { preset: 'LAST_4_WEEKS' });
    expect(d.smallCellK).toBe(11);
    // The total of 27 couples is shown...
    expect(d.summary.couplesWithHomework).toMatchObject({ status: 'SHOWN', value: 27, n: 27 });
    expect(d.summary.completionRate).toMatchObject({ status: 'SHOWN', numerator: 27 * 7 });
    const statuses = (f: keyof HomeworkFigures) => d.byCoach.map((r) => [r.coachName, r[f].status]);
    for (const f of ['couples', 'completionRate', 'meanHelpfulness'] as const) {
      // ...so with Cy's 3 couples hidden, 27 − 12 − 12 would reveal them: one 12 is hidden too.
      expect(statuses(f)).toEqual([
        ['Ana Alder', 'SUPPRESSED'],
        ['Ben Birch', 'SHOWN'],
        ['Cy Cedar', 'SUPPRESSED'],
      ]);
    }
    expectNoDifferencing(d);
    const ref = await reference(t.db, clinic, d.period, new Date());
    expectDashboard(d, ref);
    // Nobody checked in: 0 % adherence over 27 couples is shown, not hidden nor "no data".
    expect(d.summary.checkinAdherence).toMatchObject({ status: 'SHOWN', value: 0, n: 27 });

    const admin = await t.signIn('admin@lakeside.example');
    const rows = parseCsv((await csv2(admin)).text).filter((r) => r.table === 'by_coach');
    expect(rows.map((r) => [r.row, r.couples_with_homework_due, r.tasks_due])).toEqual([
      ['Ana Alder', 'fewer than 11', 'fewer than 11'],
      ['Ben Birch', '12', String(12 * 14)],
      ['Cy Cedar', 'fewer than 11', 'fewer than 11'],
    ]);

    function csv2(agent: ReturnType<TestApp['agent']>) {
      return agent.get('/api/clinic-dashboard.csv?period=LAST_4_WEEKS').expect(200);
    }
  });
});
