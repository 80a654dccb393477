import { stringify } from 'csv-stringify/sync';
import { safeText } from '../common/csv';
import type {
  ClinicDashboardModel,
  DashboardFigureModel,
  DashboardHomeworkFiguresModel,
  DashboardSummaryModel,
} from './dashboard.models';

type Format = 'count' | 'percent' | 'decimal';

/** One figure's columns: its value (unit in the header), and its n, numerator, denominator. */
interface FigureColumns {
  value: string;
  format: Format;
  n?: string;
  numerator?: string;
  denominator?: string;
}

/** Figures by the name they have in the GraphQL summary and table rows. */
const FIGURES: Record<keyof DashboardSummaryModel, FigureColumns> = {
  activeCouples: { value: 'active_couples', format: 'count' },
  couplesWithHomework: { value: 'couples_with_homework_due', format: 'count' },
  completionRate: {
    value: 'completion_rate_percent',
    format: 'percent',
    n: 'completion_rate_n_couples',
    numerator: 'tasks_completed',
    denominator: 'tasks_due',
  },
  meanHelpfulness: {
    value: 'mean_helpfulness_1_to_5',
    format: 'decimal',
    n: 'mean_helpfulness_n_couples',
    numerator: 'helpfulness_sum',
    denominator: 'completions_rated',
  },
  meanClosenessChange: {
    value: 'mean_closeness_change_points',
    format: 'decimal',
    n: 'mean_closeness_change_n_couples',
    numerator: 'closeness_change_sum_points',
    denominator: 'completions_rated_closeness',
  },
  checkinAdherence: {
    value: 'checkin_adherence_percent',
    format: 'percent',
    n: 'checkin_adherence_n_couples',
    numerator: 'partner_days_with_checkin',
    denominator: 'partner_days_expected',
  },
  // The four CSI-4 figures are taken over the same partners (those with a change), so they
  // share their n and denominator columns.
  csi4MedianChange: {
    value: 'csi4_median_change_points',
    format: 'decimal',
    n: 'csi4_n_couples',
    denominator: 'csi4_partners_classified',
  },
  csi4Improved: {
    value: 'csi4_improved_percent',
    format: 'percent',
    n: 'csi4_n_couples',
    numerator: 'csi4_partners_improved',
    denominator: 'csi4_partners_classified',
  },
  csi4Recovered: {
    value: 'csi4_recovered_percent',
    format: 'percent',
    n: 'csi4_n_couples',
    numerator: 'csi4_partners_recovered',
    denominator: 'csi4_partners_classified',
  },
  csi4Deteriorated: {
    value: 'csi4_deteriorated_percent',
    format: 'percent',
    n: 'csi4_n_couples',
    numerator: 'csi4_partners_deteriorated',
    denominator: 'csi4_partners_classified',
  },
};

const FIGURE_NAMES = Object.keys(FIGURES) as (keyof DashboardSummaryModel)[];

const columnsOf = (f: FigureColumns): string[] =>
  [f.value, f.n, f.numerator, f.denominator].filter((c): c is string => !!c);

export const CSV_COLUMNS: string[] = [
  ...new Set([
    'table',
    'row',
    'from_date',
    'to_date',
    ...FIGURE_NAMES.flatMap((name) => columnsOf(FIGURES[name])),
  ]),
];

/** Rounding of the CSV's values (GraphQL carries them unrounded). */
export function formatValue(value: number, format: Format): string {
  switch (format) {
    case 'count':
      return String(value);
    case 'percent':
      return (value * 100).toFixed(1);
    case 'decimal':
      return value.toFixed(2);
    default: {
      const unreachable: never = format;
      throw new Error(`Unknown format ${String(unreachable)}`);
    }
  }
}

/**
 * The cells of one figure. Suppressed: every column says "fewer than k" — never the value,
 * its n, numerator or denominator. No data: "no data", n 0.
 */
function figureCells(
  figure: DashboardFigureModel,
  columns: FigureColumns,
  k: number,
): Record<string, string> {
  const out: Record<string, string> = {};
  if (figure.status === 'SUPPRESSED') {
    for (const c of columnsOf(columns)) out[c] = `fewer than ${k}`;
    return out;
  }
  if (figure.status === 'NO_DATA') {
    out[columns.value] = 'no data';
    if (columns.n) out[columns.n] = '0';
    return out;
  }
  out[columns.value] = figure.value === null ? '' : formatValue(figure.value, columns.format);
  if (columns.n) out[columns.n] = String(figure.n);
  if (columns.numerator) out[columns.numerator] = String(figure.numerator ?? '');
  if (columns.denominator) out[columns.denominator] = String(figure.denominator ?? '');
  return out;
}

export { safeText };

type FigureSet = Partial<Record<keyof DashboardSummaryModel, DashboardFigureModel>>;

const homeworkSet = (r: DashboardHomeworkFiguresModel): FigureSet => ({
  couplesWithHomework: r.couples,
  completionRate: r.completionRate,
  meanHelpfulness: r.meanHelpfulness,
  meanClosenessChange: r.meanClosenessChange,
});

/**
 * The dashboard as one CSV: a `table` column (summary, by_coach, by_exercise, by_week), the
 * row's label and dates, then one group of columns per figure, blank where a table does not
 * have that figure. Built from the same suppressed model the GraphQL query returns.
 */
export function dashboardCsv(d: ClinicDashboardModel): string {
  const k = d.smallCellK;
  const line = (table: string, row: string, from: string, to: string, figures: FigureSet) => {
    const cells: Record<string, string> = {
      table,
      row: safeText(row),
      from_date: from,
      to_date: to,
    };
    const hidden = `fewer than ${k}`;
    for (const name of FIGURE_NAMES) {
      const figure = figures[name];
      if (!figure) continue;
      // A shared column, once suppressed by one figure, stays suppressed.
      for (const [column, text] of Object.entries(figureCells(figure, FIGURES[name], k))) {
        if (cells[column] !== hidden) cells[column] = text;
      }
    }
    return CSV_COLUMNS.map((c) => cells[c] ?? '');
  };
  const { from, to } = d.period;
  const rows = [
    line('summary', 'All couples', from, to, d.summary),
    ...d.byCoach.map((r) => line('by_coach', r.coachName, from, to, homeworkSet(r))),
    ...d.byExercise.map((r) => line('by_exercise', r.title, from, to, homeworkSet(r))),
    ...d.weekly.map((r) =>
      line('by_week', r.week, r.from, r.to, {
        completionRate: r.completionRate,
        checkinAdherence: r.checkinAdherence,
      }),
    ),
  ];
  return stringify([CSV_COLUMNS, ...rows], { bom: true, record_delimiter: 'windows' });
}
