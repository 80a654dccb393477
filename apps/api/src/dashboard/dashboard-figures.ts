import {
  ratio,
  suppressCells,
  type CountCell,
  type DisplayCell,
  type PeriodWeek,
} from '@hearth/domain';
import type {
  ClinicDashboardModel,
  DashboardCoachRowModel,
  DashboardExerciseRowModel,
  DashboardFigureModel,
  DashboardHomeworkFiguresModel,
  DashboardSummaryModel,
  DashboardWeekRowModel,
} from './dashboard.models';
import type { AdherenceRow, Csi4Row, HomeworkRow, LabelRow } from './dashboard.queries';

// From aggregate rows to the dashboard's figures: every figure passes libs/domain
// suppressCells (primary and complementary suppression) before it leaves here.

/** What a figure is before suppression decides whether anyone may see it. */
interface Figure {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

type Cell = CountCell<Figure>;

const count = (n: number): Cell => ({ n, value: { value: n, numerator: null, denominator: null } });
const fraction = (n: number, numerator: number, denominator: number): Cell => ({
  n,
  value: { value: ratio(numerator, denominator), numerator, denominator },
});

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

/** The dashboard's tables and summary from the aggregate rows, suppressed for k. */
export function assembleDashboard(
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
      (a, b) => byLabel(a.label?.label ?? a.key, b.label?.label ?? b.key) || byLabel(a.key, b.key),
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
  const classified = (numerator: number) => alone(fraction(csi4.couples, numerator, csi4.partners));

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
