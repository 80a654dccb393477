import { CSV_COLUMNS, dashboardCsv, safeText } from './dashboard-csv';
import type { ClinicDashboardModel, DashboardFigureModel } from './dashboard.models';

const shown = (value: number, n: number, numerator?: number, denominator?: number) =>
  ({
    status: 'SHOWN',
    suppressed: false,
    value,
    n,
    numerator: numerator ?? null,
    denominator: denominator ?? null,
  }) satisfies DashboardFigureModel;
const hidden: DashboardFigureModel = {
  status: 'SUPPRESSED',
  suppressed: true,
  value: null,
  n: null,
  numerator: null,
  denominator: null,
};

function dashboard(csi4: DashboardFigureModel): ClinicDashboardModel {
  return {
    period: { preset: 'LAST_4_WEEKS', from: '2026-03-01', to: '2026-03-28', timeZone: 'UTC' },
    smallCellK: 11,
    summary: {
      activeCouples: shown(30, 30),
      couplesWithHomework: shown(25, 25),
      completionRate: shown(2 / 3, 25, 40, 60),
      meanHelpfulness: shown(4.125, 25, 165, 40),
      meanClosenessChange: shown(-0.5, 25, -20, 40),
      checkinAdherence: shown(0.8, 28, 400, 500),
      csi4MedianChange: csi4,
      csi4Improved: csi4,
      csi4Recovered: csi4,
      csi4Deteriorated: csi4,
    },
    byCoach: [
      {
        coachId: 'c1',
        coachName: '=HYPERLINK("http://evil.example")',
        couples: hidden,
        completionRate: hidden,
        meanHelpfulness: hidden,
        meanClosenessChange: hidden,
      },
    ],
    byExercise: [],
    weekly: [],
  };
}

const rowsOf = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');

describe('dashboard CSV', () => {
  it('writes units in the header, rounded values, and "fewer than k" for every hidden column', () => {
    const [header, summary, coach] = rowsOf(dashboardCsv(dashboard(hidden)));
    expect(header!.split(',')).toEqual(CSV_COLUMNS);
    const cells = (line: string) =>
      Object.fromEntries(line.split(',').map((v, i) => [CSV_COLUMNS[i], v]));
    expect(cells(summary!)).toMatchObject({
      table: 'summary',
      completion_rate_percent: '66.7',
      tasks_completed: '40',
      tasks_due: '60',
      mean_helpfulness_1_to_5: '4.13',
      mean_closeness_change_points: '-0.50',
      csi4_median_change_points: 'fewer than 11',
      csi4_n_couples: 'fewer than 11',
      csi4_partners_classified: 'fewer than 11',
    });
    // A label a spreadsheet would run as a formula is defused; the rest says "fewer than 11".
    expect(coach).toContain(`by_coach,"'=HYPERLINK(""http://evil.example"")"`);
    expect(coach!.split(',2026-03-28,')[1]).toMatch(/^(fewer than 11|,)+$/);
  });

  it('never lets a figure sharing columns with a suppressed one overwrite them', () => {
    const d = dashboard(shown(0.5, 12, 6, 12));
    d.summary.csi4Deteriorated = hidden;
    const summary = rowsOf(dashboardCsv(d))[1]!.split(',');
    const at = (c: string) => summary[CSV_COLUMNS.indexOf(c)];
    expect(at('csi4_improved_percent')).toBe('50.0');
    expect(at('csi4_n_couples')).toBe('fewer than 11');
    expect(at('csi4_partners_classified')).toBe('fewer than 11');
  });

  it('defuses formula-like labels only', () => {
    expect(['=1+1', '+1', '-x', '@a', 'Maya', '1 = 1'].map(safeText)).toEqual([
      "'=1+1",
      "'+1",
      "'-x",
      "'@a",
      'Maya',
      '1 = 1',
    ]);
  });
});
