import {
  changeShares,
  checkinAdherence,
  completionRate,
  mean,
  meanClosenessChange,
  meanHelpfulness,
  median,
} from './aggregates';
import {
  suppressCells,
  type AggregateTable,
  type CountCell,
  type DisplayCell,
  type DisplayTable,
} from './suppression';

describe('aggregate definitions', () => {
  it('completion rate counts due tasks only, late completions as done', () => {
    const asOf = new Date('2026-03-10T12:00:00Z');
    const tasks = [
      { dueAt: '2026-03-08T23:59:59.999Z', completedAt: '2026-03-08T20:00:00Z' }, // done
      { dueAt: '2026-03-09T23:59:59.999Z', completedAt: '2026-03-10T08:00:00Z' }, // late: done
      { dueAt: '2026-03-09T23:59:59.999Z', completedAt: null }, // overdue
      { dueAt: '2026-03-10T12:00:00.000Z', completedAt: null }, // due exactly now: counts
      { dueAt: '2026-03-12T23:59:59.999Z', completedAt: '2026-03-10T09:00:00Z' }, // early: not yet due
    ];
    expect(completionRate(tasks, asOf)).toBe(2 / 4);
    // As of the morning of the 10th, the late completion (08:00) was still to come.
    expect(completionRate(tasks.slice(0, 3), new Date('2026-03-10T07:00:00Z'))).toBe(1 / 3);
    expect(completionRate(tasks.slice(4), asOf)).toBeNull();
  });

  it('check-in adherence = distinct days with a check-in / days enrolled', () => {
    const dates = ['2026-03-01', '2026-03-01', '2026-03-03', '2026-03-10', '2026-02-28'];
    // 1–10 March is 10 days; 3 distinct days inside it.
    expect(checkinAdherence(dates, '2026-03-01', '2026-03-10')).toBe(0.3);
    expect(checkinAdherence(dates, '2026-03-01', '2026-03-01')).toBe(1);
    expect(checkinAdherence(dates, '2026-03-02', '2026-03-01')).toBeNull();
  });

  it('median and mean', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([])).toBeNull();
    expect(mean([1, 2, 6])).toBe(3);
    expect(mean([])).toBeNull();
  });

  it('shares improved (recovered included), recovered, deteriorated, unchanged', () => {
    expect(
      changeShares(['RECOVERED', 'IMPROVED', 'DETERIORATED', 'UNCHANGED', 'UNCHANGED']),
    ).toEqual({ n: 5, improved: 0.4, recovered: 0.2, deteriorated: 0.2, unchanged: 0.4 });
    expect(changeShares([])).toEqual({
      n: 0,
      improved: null,
      recovered: null,
      deteriorated: null,
      unchanged: null,
    });
  });

  it('mean helpfulness skips unrated completions', () => {
    expect(meanHelpfulness([5, null, 3, 4])).toBe(4);
    expect(meanHelpfulness([null])).toBeNull();
  });

  it('mean closeness change is after minus before over completions rating both', () => {
    expect(
      meanClosenessChange([
        { before: 3, after: 5 },
        { before: 4, after: 4 },
        { before: 6, after: 5 },
        { before: null, after: 7 },
      ]),
    ).toBeCloseTo(1 / 3, 10);
    expect(meanClosenessChange([{ before: 2, after: null }])).toBeNull();
  });
});

/** A table of couple counts whose values are the counts themselves. */
function countTable(
  rows: number[][],
  opts: { rowTotals?: boolean; columnTotals?: boolean; grand?: boolean } = {},
): AggregateTable<number> {
  const cell = (n: number): CountCell<number> => ({ n, value: n });
  const table: AggregateTable<number> = { cells: rows.map((r) => r.map(cell)) };
  if (opts.rowTotals) table.rowTotals = rows.map((r) => cell(r.reduce((s, n) => s + n, 0)));
  const columnSums = (rows[0] ?? []).map((_, c) => rows.reduce((s, r) => s + (r[c] ?? 0), 0));
  if (opts.columnTotals) table.columnTotals = columnSums.map(cell);
  if (opts.grand) table.grandTotal = cell(columnSums.reduce((s, n) => s + n, 0));
  return table;
}

const visibleN = (cell: DisplayCell<number> | undefined): number | null =>
  cell === undefined || cell.status === 'SUPPRESSED' ? null : cell.n;

/**
 * What an attacker can do with one published table: in every row or column whose total is
 * visible and exactly one member is hidden, total − visible members reveals it.
 */
function differencingAttack(t: DisplayTable<number>): string[] {
  const revealed: string[] = [];
  const tryLine = (
    name: string,
    members: (DisplayCell<number> | undefined)[],
    total?: DisplayCell<number>,
  ) => {
    const totalN = visibleN(total);
    const hidden = members.filter((m) => visibleN(m) === null);
    if (totalN === null || hidden.length !== 1) return;
    const rest = members.reduce((s, m) => s + (visibleN(m) ?? 0), 0);
    revealed.push(`${name} = ${totalN - rest}`);
  };
  t.cells.forEach((row, r) => tryLine(`row ${r}`, row, t.rowTotals?.[r]));
  (t.cells[0] ?? []).forEach((_, c) =>
    tryLine(
      `column ${c}`,
      t.cells.map((row) => row[c]),
      t.columnTotals?.[c],
    ),
  );
  if (t.rowTotals) tryLine('row totals', t.rowTotals, t.grandTotal);
  if (t.columnTotals) tryLine('column totals', t.columnTotals, t.grandTotal);
  return revealed;
}

const statusGrid = (t: DisplayTable<number>) =>
  t.cells.map((row) => row.map((c) => (c.status === 'SHOWN' ? c.n : c.status)));

describe('suppressCells', () => {
  it('with k = 11: 0 couples is "no data", 1 and 10 are suppressed, 11 is shown', () => {
    const out = suppressCells(countTable([[0, 1, 10, 11]]), 11);
    expect(out.cells[0]).toEqual([
      { status: 'NO_DATA', n: 0 },
      { status: 'SUPPRESSED' },
      { status: 'SUPPRESSED' },
      { status: 'SHOWN', n: 11, value: 11 },
    ]);
  });

  it('never lets a suppressed count or value out', () => {
    const out = suppressCells({ cells: [[{ n: 3, value: 0.42 }]] }, 11);
    expect(JSON.stringify(out)).not.toMatch(/3|0\.42/);
  });

  it('k = 1 suppresses nothing', () => {
    expect(statusGrid(suppressCells(countTable([[1, 2]], { rowTotals: true }), 1))).toEqual([
      [1, 2],
    ]);
  });

  it('stops a differencing attempt that primary suppression alone would allow', () => {
    const table = countTable(
      [
        [25, 5, 30],
        [20, 15, 40],
      ],
      { rowTotals: true, columnTotals: true, grand: true },
    );

    // Primary suppression only would hide the 5 and publish everything else...
    const naive = suppressCells(table, 1);
    naive.cells[0]?.splice(1, 1, { status: 'SUPPRESSED' });
    // ...and the attacker gets it back twice, from its row and from its column.
    expect(differencingAttack(naive)).toEqual(['row 0 = 5', 'column 1 = 5']);

    const out = suppressCells(table, 11);
    expect(statusGrid(out)).toEqual([
      ['SUPPRESSED', 'SUPPRESSED', 30],
      ['SUPPRESSED', 'SUPPRESSED', 40],
    ]);
    expect(out.rowTotals?.map(visibleN)).toEqual([60, 75]);
    expect(out.columnTotals?.map(visibleN)).toEqual([45, 20, 70]);
    expect(differencingAttack(out)).toEqual([]);
  });

  it('suppresses a total when the rest of its line is zeros, and keeps going until stable', () => {
    const table = countTable(
      [
        [12, 0],
        [5, 30],
        [20, 11],
      ],
      { rowTotals: true, columnTotals: true, grand: true },
    );
    const out = suppressCells(table, 11);
    expect(statusGrid(out)).toEqual([
      ['SUPPRESSED', 'NO_DATA'],
      ['SUPPRESSED', 'SUPPRESSED'],
      ['SUPPRESSED', 'SUPPRESSED'],
    ]);
    // Row 0 is 12 + 0: with its 12 hidden, its total would give it away, so the total goes.
    expect(out.rowTotals?.map((c) => c.status)).toEqual(['SUPPRESSED', 'SHOWN', 'SUPPRESSED']);
    expect(out.columnTotals?.map(visibleN)).toEqual([37, 41]);
    expect(visibleN(out.grandTotal)).toBe(78);
    expect(differencingAttack(out)).toEqual([]);
  });

  it('suppresses small totals too', () => {
    const out = suppressCells(countTable([[3, 4]], { rowTotals: true }), 11);
    expect(out.rowTotals).toEqual([{ status: 'SUPPRESSED' }]);
  });

  it('rejects malformed tables and thresholds', () => {
    expect(() => suppressCells(countTable([[1]]), 0)).toThrow(RangeError);
    expect(() => suppressCells({ cells: [[{ n: -1, value: 0 }]] }, 11)).toThrow(RangeError);
    expect(() => suppressCells({ cells: [[{ n: 1, value: 0 }], []] }, 11)).toThrow(RangeError);
  });
});
