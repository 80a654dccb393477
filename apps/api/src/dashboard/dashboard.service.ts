import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  CSI4_CLINICAL_CUTOFF,
  CSI4_RELIABLE_CHANGE,
  isoWeeksOf,
  ratio,
  resolveDashboardPeriod,
  suppressCells,
  todayIn,
  type CountCell,
  type DashboardPeriodRequest,
  type DisplayCell,
  type PeriodWeek,
} from '@hearth/domain';
import { AccessService } from '../access/access.service';
import type { Actor } from '../common/actor';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { memberName } from '../tenant/people.service';
import { raw, run, sql, type Sql } from '../database/sql';
import type {
  ClinicDashboardModel,
  DashboardCoachRowModel,
  DashboardExerciseRowModel,
  DashboardFigureModel,
  DashboardHomeworkFiguresModel,
  DashboardSummaryModel,
  DashboardWeekRowModel,
} from './dashboard.models';

/** What a figure is before suppression decides whether anyone may see it. */
interface Figure {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

type Cell = CountCell<Figure>;

/** Homework aggregates of one group (a coach, an exercise, a week, or the whole clinic). */
interface HomeworkRow {
  grouping: 'COACH' | 'EXERCISE' | 'WEEK' | 'TOTAL';
  key: string | null;
  due: number;
  done: number;
  couples: number;
  couples_completed: number;
  helpfulness_sum: number;
  closeness_sum: number;
}

interface AdherenceRow {
  monday: string | null;
  expected_days: number;
  checkin_days: number;
  couples: number;
}

interface Csi4Row {
  partners: number;
  couples: number;
  median_change: number | null;
  improved: number;
  recovered: number;
  deteriorated: number;
  active_couples: number;
}

interface LabelRow {
  kind: 'COACH' | 'EXERCISE';
  key: string;
  label: string;
  built_in: boolean;
}

const count = (n: number): Cell => ({ n, value: { value: n, numerator: null, denominator: null } });
const fraction = (n: number, numerator: number, denominator: number): Cell => ({
  n,
  value: { value: ratio(numerator, denominator), numerator, denominator },
});

/**
 * Monday of a date's ISO week, as SQL: integer day arithmetic from a known Monday (faster
 * than extract(isodow), which is numeric), correct before 2000 too.
 */
const monday = (column: string) => `(${column} - ((${column} - DATE '2000-01-03') % 7 + 7) % 7)`;

/** Sums over rows of one couple each: count(*) is the number of distinct couples. */
const SUMS = `sum(p.due)::int AS due, sum(p.done)::int AS done, count(*)::int AS couples,
         count(*) FILTER (WHERE p.done > 0)::int AS couples_completed,
         coalesce(sum(p.helpfulness_sum), 0)::int AS helpfulness_sum,
         coalesce(sum(p.closeness_sum), 0)::int AS closeness_sum`;

/**
 * Homework: tasks due in the period and by now (any couple status: the tasks table is what
 * was expected, pausing removes future tasks), each completed by now (late included:
 * libs/domain completionRate) or not, with the completion's ratings. One pass over the
 * tasks (index ix_tasks_clinic_due_date) sums them per couple and assignment and per couple
 * and week; coach, exercise and week figures are then sums over those few rows, where
 * "distinct couples" is a plain count.
 */
const homeworkSql = (p: { clinicId: string; from: string; to: string; now: Date }): Sql => sql`
  WITH per_couple_set AS (
    SELECT t.couple_id, t.assignment_id, ${raw(monday('t.due_date'))} AS monday,
           count(*) AS due, count(e.task_id) AS done,
           sum(e.helpfulness) AS helpfulness_sum,
           sum(e.closeness_after - e.closeness_before) AS closeness_sum
      FROM tasks t
      LEFT JOIN completions e
        ON e.clinic_id = t.clinic_id AND e.task_id = t.id AND e.completed_at <= ${p.now}
       -- A together task may have a completion per partner: it counts once, partner A's first.
       AND (t.partner IS NOT NULL OR NOT EXISTS (
             SELECT 1 FROM completions e2
              WHERE e2.clinic_id = e.clinic_id AND e2.task_id = e.task_id
                AND e2.partner < e.partner AND e2.completed_at <= ${p.now}))
     WHERE t.clinic_id = ${p.clinicId} AND t.due_date BETWEEN ${p.from}::date AND ${p.to}::date AND t.due_at <= ${p.now}
     GROUP BY GROUPING SETS ((t.couple_id, t.assignment_id), (t.couple_id, ${raw(monday('t.due_date'))}))
  ),
  per_couple AS (
    SELECT couple_id, sum(due) AS due, sum(done) AS done,
           sum(helpfulness_sum) AS helpfulness_sum, sum(closeness_sum) AS closeness_sum
      FROM per_couple_set WHERE assignment_id IS NOT NULL
     GROUP BY couple_id
  ),
  per_exercise_couple AS (
    SELECT coalesce(ce.slug, ke.exercise_key::text) AS exercise_key, p.couple_id,
           sum(p.due) AS due, sum(p.done) AS done,
           sum(p.helpfulness_sum) AS helpfulness_sum, sum(p.closeness_sum) AS closeness_sum
      FROM per_couple_set p
      JOIN assignments a ON a.clinic_id = ${p.clinicId} AND a.id = p.assignment_id
      LEFT JOIN catalogue_exercises ce ON ce.id = a.catalogue_exercise_id
      LEFT JOIN clinic_exercises ke ON ke.clinic_id = a.clinic_id AND ke.id = a.clinic_exercise_id
     GROUP BY 1, 2
  ),
  per_week_couple AS (
    SELECT * FROM per_couple_set WHERE assignment_id IS NULL
  )
  SELECT CASE WHEN GROUPING(c.coach_id) = 0 THEN 'COACH' ELSE 'TOTAL' END AS grouping,
         c.coach_id::text AS key, ${raw(SUMS)}
    FROM per_couple p JOIN couples c ON c.clinic_id = ${p.clinicId} AND c.id = p.couple_id
   GROUP BY GROUPING SETS ((c.coach_id), ())
  UNION ALL
  SELECT 'EXERCISE', p.exercise_key, ${raw(SUMS)} FROM per_exercise_couple p GROUP BY p.exercise_key
  UNION ALL
  SELECT 'WEEK', p.monday::text, ${raw(SUMS)} FROM per_week_couple p GROUP BY p.monday`;

/**
 * Check-in adherence in partner-days, per ISO week and for the period. Each partner of an
 * ACTIVE couple whose membership is ACTIVE is expected to check in from the later of the
 * period start and their first day (intake, or accepting the invitation, in the couple's
 * zone) through the earlier of the period end and the couple's yesterday (libs/domain
 * adherenceWindow). The windows are computed once (MATERIALIZED); check-ins are then
 * counted per partner through the unique (clinic, couple, author, day) index, index-only,
 * so a day counts once.
 */
const adherenceSql = (p: {
  clinicId: string;
  from: string;
  to: string;
  now: Date;
  firstMonday: string;
}): Sql => sql`
  WITH joined AS (
    SELECT i.membership_id, max(i.accepted_at) AS accepted_at
      FROM invitations i
     WHERE i.clinic_id = ${p.clinicId} AND i.accepted_at IS NOT NULL
     GROUP BY i.membership_id
  ),
  zones AS (
    SELECT z.time_zone, (${p.now}::timestamptz AT TIME ZONE z.time_zone)::date AS today
      FROM (SELECT DISTINCT time_zone FROM couples WHERE clinic_id = ${p.clinicId}) z
  ),
  expected AS MATERIALIZED (
    SELECT * FROM (
      SELECT c.id AS couple_id, m.id AS author_id,
             greatest(${p.from}::date, c.intake_date, (j.accepted_at AT TIME ZONE c.time_zone)::date) AS from_day,
             least(${p.to}::date, z.today - 1) AS through_day
        FROM couples c
        JOIN zones z ON z.time_zone = c.time_zone
        CROSS JOIN LATERAL (VALUES (c.partner_a_id), (c.partner_b_id)) AS p(id)
        JOIN memberships m ON m.clinic_id = c.clinic_id AND m.id = p.id AND m.status = 'ACTIVE'
        LEFT JOIN joined j ON j.membership_id = m.id
       WHERE c.clinic_id = ${p.clinicId} AND c.status = 'ACTIVE'
    ) w
    WHERE w.from_day <= w.through_day
  ),
  weeks AS (
    SELECT d::date AS monday FROM generate_series(${p.firstMonday}::date, ${p.to}::date, interval '7 days') AS d
  ),
  week_couple AS (
    SELECT wk.monday, x.couple_id,
           sum(least(x.through_day, wk.monday + 6) - greatest(x.from_day, wk.monday) + 1) AS days
      FROM expected x
      JOIN weeks wk ON wk.monday <= x.through_day AND wk.monday + 6 >= x.from_day
     GROUP BY wk.monday, x.couple_id
  ),
  enrolled AS (
    SELECT monday, sum(days)::int AS days, count(*)::int AS couples
      FROM week_couple GROUP BY monday
    UNION ALL
    SELECT NULL, coalesce(sum(days), 0)::int, count(DISTINCT couple_id)::int FROM week_couple
  ),
  filed AS (
    SELECT ${raw(monday('e.checkin_date'))} AS monday, count(*)::int AS days
      FROM expected x
      JOIN checkins e
        ON e.clinic_id = ${p.clinicId} AND e.couple_id = x.couple_id AND e.author_id = x.author_id
       AND e.checkin_date BETWEEN x.from_day AND x.through_day
     GROUP BY 1
  )
  SELECT n.monday::text AS monday, n.days AS expected_days, n.couples,
         (CASE WHEN n.monday IS NULL THEN (SELECT coalesce(sum(days), 0) FROM filed)
               ELSE coalesce(f.days, 0) END)::int AS checkin_days
    FROM enrolled n
    LEFT JOIN filed f ON f.monday = n.monday`;

/**
 * CSI-4 change per partner (libs/domain csi4ChangeInPeriod): first result ever against the
 * latest filed on or before the period end, for partners whose latest is in the period and
 * later than their first. Couples of any status: a closed couple's outcome counts. Grouped
 * in the order of the unique (clinic, couple, author, instrument, day) index. The reliable
 * change index is libs/domain reliableChangeIndex written in SQL, with the same constants
 * passed in (never retyped): RCI = Δ / √(2 · SEm²), SEm = SD · √(1 − r).
 */
const csi4Sql = (p: {
  clinicId: string;
  from: string;
  to: string;
  sd: number;
  reliability: number;
  z: number;
  cutoff: number;
}): Sql => sql`
  WITH per_partner AS (
    SELECT e.couple_id,
           (array_agg(e.total ORDER BY e.filed_on))[1] AS first_total,
           (array_agg(e.total ORDER BY e.filed_on DESC))[1] AS latest_total,
           min(e.filed_on) AS first_on, max(e.filed_on) AS latest_on
      FROM measure_results e
     WHERE e.clinic_id = ${p.clinicId} AND e.instrument = 'CSI4' AND e.filed_on <= ${p.to}::date
     GROUP BY e.couple_id, e.author_id
  ),
  changed AS (
    SELECT p.couple_id, p.first_total, p.latest_total, p.latest_total - p.first_total AS change,
           (p.latest_total - p.first_total)
             / sqrt(2 * (${p.sd}::float8 * sqrt(1 - ${p.reliability}::float8)) * (${p.sd}::float8 * sqrt(1 - ${p.reliability}::float8))) AS rci
      FROM per_partner p
     WHERE p.latest_on >= ${p.from}::date AND p.latest_on > p.first_on
  )
  SELECT count(*)::int AS partners,
         count(DISTINCT couple_id)::int AS couples,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY change) AS median_change,
         count(*) FILTER (WHERE rci > ${p.z}::float8)::int AS improved,
         count(*) FILTER (WHERE rci > ${p.z}::float8 AND first_total < ${p.cutoff}::float8
                            AND latest_total >= ${p.cutoff}::float8)::int AS recovered,
         count(*) FILTER (WHERE rci < -${p.z}::float8)::int AS deteriorated,
         (SELECT count(*)::int FROM couples c
           WHERE c.clinic_id = ${p.clinicId} AND c.status = 'ACTIVE' AND c.intake_date <= ${p.to}::date) AS active_couples
    FROM changed`;

/**
 * Row labels: the clinic's coaches (active, or with couples) and exercise titles (latest
 * version). Names only — the roster an admin sees anyway.
 */
const labelsSql = (p: { clinicId: string }): Sql => sql`
  SELECT 'COACH' AS kind, m.id::text AS key, ${raw(memberName('m', 'u'))} AS label, false AS built_in
    FROM memberships m JOIN users u ON u.id = m.user_id
   WHERE m.clinic_id = ${p.clinicId} AND m.role = 'COACH'
     AND (m.status = 'ACTIVE'
          OR EXISTS (SELECT 1 FROM couples c WHERE c.clinic_id = m.clinic_id AND c.coach_id = m.id))
  UNION ALL
  (SELECT DISTINCT ON (slug) 'EXERCISE', slug, title, true
     FROM catalogue_exercises ORDER BY slug, version DESC)
  UNION ALL
  (SELECT DISTINCT ON (exercise_key) 'EXERCISE', exercise_key::text, title, false
     FROM clinic_exercises WHERE clinic_id = ${p.clinicId} ORDER BY exercise_key, version DESC)`;

const HOMEWORK_COLUMNS = ['couples', 'completionRate', 'meanHelpfulness', 'meanClosenessChange'];

function homeworkCells(row: HomeworkRow | undefined): Cell[] {
  const r = row ?? {
    due: 0,
    done: 0,
    couples: 0,
    couples_completed: 0,
    helpfulness_sum: 0,
    closeness_sum: 0,
  };
  return [
    count(r.couples),
    fraction(r.couples, r.done, r.due),
    // helpfulness and both closeness ratings are required on every completion (NOT NULL).
    fraction(r.couples_completed, r.helpfulness_sum, r.done),
    fraction(r.couples_completed, r.closeness_sum, r.done),
  ];
}

function toFigure(cell: DisplayCell<Figure>): DashboardFigureModel {
  switch (cell.status) {
    case 'SHOWN':
      return { status: 'SHOWN', suppressed: false, n: cell.n, ...cell.value };
    case 'NO_DATA':
      return {
        status: 'NO_DATA',
        suppressed: false,
        n: 0,
        value: null,
        numerator: null,
        denominator: null,
      };
    case 'SUPPRESSED':
      return {
        status: 'SUPPRESSED',
        suppressed: true,
        n: null,
        value: null,
        numerator: null,
        denominator: null,
      };
    default: {
      const unreachable: never = cell;
      throw new Error(`Unknown cell ${JSON.stringify(unreachable)}`);
    }
  }
}

/**
 * Suppresses one table: its rows, and one total per column (the clinic-wide figure). Every
 * column is a line whose members add up to its total — tasks, partner-days and ratings are
 * additive over coaches, exercises and weeks — so libs/domain suppressCells hides the small
 * cells and, where exactly one would be left hidden in a column, the next smallest too.
 */
function suppressTable(
  rows: Cell[][],
  totals: Cell[],
  k: number,
): { rows: DisplayCell<Figure>[][]; totals: DisplayCell<Figure>[] } {
  if (rows.length === 0) {
    const alone = suppressCells({ cells: [totals] }, k);
    return { rows: [], totals: alone.cells[0] ?? [] };
  }
  const out = suppressCells({ cells: rows, columnTotals: totals }, k);
  return { rows: out.cells, totals: out.columnTotals ?? [] };
}

/**
 * A figure that is the total of several tables is shown only if every table shows it. With
 * column totals only, suppressCells hides a total just when it is itself under k, so the
 * tables agree; this keeps that true should the tables ever differ.
 */
function sameTotal(...cells: (DisplayCell<Figure> | undefined)[]): DisplayCell<Figure> {
  if (cells.some((c) => c === undefined || c.status === 'SUPPRESSED')) {
    return { status: 'SUPPRESSED' };
  }
  return cells[0]!;
}

function homeworkFigures(cells: DisplayCell<Figure>[]): DashboardHomeworkFiguresModel {
  const [couples, completionRate, meanHelpfulness, meanClosenessChange] = cells.map(toFigure);
  return {
    couples: couples!,
    completionRate: completionRate!,
    meanHelpfulness: meanHelpfulness!,
    meanClosenessChange: meanClosenessChange!,
  };
}

const byLabel = (a: string, b: string) => a.localeCompare(b, 'en');

/**
 * The clinic dashboard (PRODUCT.md loop 3). Every number is a GROUP BY in PostgreSQL over
 * the base tables — a fixed five queries whatever the clinic's size — and every figure
 * passes libs/domain suppressCells before it leaves this service. Definitions:
 * docs/metrics.md, and libs/domain/src/metrics, which the integration tests check the SQL
 * against.
 */
@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  async dashboard(actor: Actor, request: DashboardPeriodRequest): Promise<ClinicDashboardModel> {
    const clinicId = this.access.requireClinicAggregates(actor);
    const now = this.clock.now();
    const [clinics, labels] = await Promise.all([
      run<{ time_zone: string; small_cell_k: number }>(
        this.db,
        sql`SELECT time_zone, small_cell_k FROM clinics WHERE id = ${clinicId}`,
      ),
      run<LabelRow>(this.db, labelsSql({ clinicId })),
    ]);
    const clinic = clinics[0];
    if (!clinic) throw AppError.unauthenticated();
    const resolved = resolveDashboardPeriod(request, todayIn(clinic.time_zone, now));
    if ('errors' in resolved) throw AppError.badInput(resolved.errors);
    const period = resolved.period;
    const weeks = isoWeeksOf(period);
    const k = clinic.small_cell_k;

    const [homework, adherence, csi4] = await Promise.all([
      this.aggregate<HomeworkRow>(homeworkSql({ clinicId, from: period.from, to: period.to, now })),
      this.aggregate<AdherenceRow>(
        adherenceSql({
          clinicId,
          from: period.from,
          to: period.to,
          now,
          firstMonday: weeks[0]!.monday,
        }),
      ),
      this.aggregate<Csi4Row>(
        csi4Sql({
          clinicId,
          from: period.from,
          to: period.to,
          sd: CSI4_RELIABLE_CHANGE.sd,
          reliability: CSI4_RELIABLE_CHANGE.reliability,
          z: CSI4_RELIABLE_CHANGE.z,
          cutoff: CSI4_CLINICAL_CUTOFF,
        }),
      ),
    ]);

    return {
      period: {
        preset: request.preset as ClinicDashboardModel['period']['preset'],
        ...period,
        timeZone: clinic.time_zone,
      },
      smallCellK: k,
      ...this.assemble(weeks, k, labels, homework, adherence, csi4[0]!),
    };
  }

  /**
   * One aggregate query in its own short transaction with JIT compilation off: on a
   * 10,000-couple clinic PostgreSQL spent 250–350 ms compiling each of these queries, more
   * than the compiled code saved. The three run in parallel on separate connections.
   */
  private aggregate<T>(query: Sql): Promise<T[]> {
    return this.db.transaction(async (em) => {
      await run(em, sql`SET LOCAL jit = off`);
      return run<T>(em, query);
    });
  }

  private assemble(
    weeks: PeriodWeek[],
    k: number,
    labels: LabelRow[],
    homework: HomeworkRow[],
    adherence: AdherenceRow[],
    csi4: Csi4Row,
  ): Pick<ClinicDashboardModel, 'summary' | 'byCoach' | 'byExercise' | 'weekly'> {
    const group = (grouping: HomeworkRow['grouping']) =>
      new Map(homework.filter((r) => r.grouping === grouping).map((r) => [r.key, r]));
    const homeworkTotal = homeworkCells(group('TOTAL').get(null));

    // By coach: every coach of the clinic, so a coach without homework shows "no data".
    const coachRows = group('COACH');
    const coaches = labels
      .filter((l) => l.kind === 'COACH')
      .sort((a, b) => byLabel(a.label, b.label) || byLabel(a.key, b.key));
    const coachTable = suppressTable(
      coaches.map((c) => homeworkCells(coachRows.get(c.key))),
      homeworkTotal,
      k,
    );

    // By exercise: those with homework due in the period.
    const exerciseRows = group('EXERCISE');
    const titles = new Map(labels.filter((l) => l.kind === 'EXERCISE').map((l) => [l.key, l]));
    const exercises = [...exerciseRows.keys()]
      .map((key) => ({ key: key!, label: titles.get(key!) }))
      .sort(
        (a, b) =>
          byLabel(a.label?.label ?? a.key, b.label?.label ?? b.key) || byLabel(a.key, b.key),
      );
    const exerciseTable = suppressTable(
      exercises.map((e) => homeworkCells(exerciseRows.get(e.key))),
      homeworkTotal,
      k,
    );

    // By week: completion rate and adherence.
    const weekRows = group('WEEK');
    const adherenceOf = new Map(adherence.map((r) => [r.monday, r]));
    const adherenceCell = (r: AdherenceRow | undefined): Cell =>
      fraction(r?.couples ?? 0, r?.checkin_days ?? 0, r?.expected_days ?? 0);
    const weekTable = suppressTable(
      weeks.map((w) => [
        homeworkCells(weekRows.get(w.monday))[1]!,
        adherenceCell(adherenceOf.get(w.monday)),
      ]),
      [homeworkTotal[1]!, adherenceCell(adherenceOf.get(null))],
      k,
    );

    // Figures that are no table's total: primary suppression only.
    const alone = (cell: Cell) => toFigure(suppressCells({ cells: [[cell]] }, k).cells[0]![0]!);
    const classified = (numerator: number) =>
      alone(fraction(csi4.couples, numerator, csi4.partners));

    const total = (column: number) =>
      toFigure(
        sameTotal(
          coachTable.totals[column],
          exerciseTable.totals[column],
          ...(column === 1 ? [weekTable.totals[0]] : []),
        ),
      );
    const summary: DashboardSummaryModel = {
      activeCouples: alone(count(csi4.active_couples)),
      couplesWithHomework: total(HOMEWORK_COLUMNS.indexOf('couples')),
      completionRate: total(HOMEWORK_COLUMNS.indexOf('completionRate')),
      meanHelpfulness: total(HOMEWORK_COLUMNS.indexOf('meanHelpfulness')),
      meanClosenessChange: total(HOMEWORK_COLUMNS.indexOf('meanClosenessChange')),
      checkinAdherence: toFigure(weekTable.totals[1]!),
      csi4MedianChange: alone({
        n: csi4.couples,
        value: { value: csi4.median_change, numerator: null, denominator: csi4.partners },
      }),
      csi4Improved: classified(csi4.improved),
      csi4Recovered: classified(csi4.recovered),
      csi4Deteriorated: classified(csi4.deteriorated),
    };

    const byCoach: DashboardCoachRowModel[] = coaches.map((c, i) => ({
      coachId: c.key,
      coachName: c.label,
      ...homeworkFigures(coachTable.rows[i]!),
    }));
    const byExercise: DashboardExerciseRowModel[] = exercises.map((e, i) => ({
      exerciseKey: e.key,
      title: e.label?.label ?? e.key,
      builtIn: e.label?.built_in ?? false,
      ...homeworkFigures(exerciseTable.rows[i]!),
    }));
    const weekly: DashboardWeekRowModel[] = weeks.map((w, i) => {
      const [completionRate, checkinAdherence] = weekTable.rows[i]!.map(toFigure);
      return {
        week: w.week,
        from: w.from,
        to: w.to,
        completionRate: completionRate!,
        checkinAdherence: checkinAdherence!,
      };
    });
    return { summary, byCoach, byExercise, weekly };
  }
}
