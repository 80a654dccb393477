/**
 * Small-cell suppression for the clinic's aggregate tables (by coach, by exercise, by week).
 *
 * Why: a clinic admin may see aggregates but not any couple's data. A cell about one or two
 * couples is, in practice, data about those couples ("Dr Lee's only couple in week 12
 * deteriorated"). So any cell of fewer than k couples is hidden (primary suppression), and
 * so is whatever would let it be worked out again from the totals (complementary
 * suppression).
 *
 * Rules (after the CMS cell-size suppression policy, which hides counts of 1 to k−1):
 * 1. A cell (totals included) with 1 ≤ n < k couples is suppressed.
 * 2. A cell with n = 0 is shown as NO_DATA, not suppressed: there is nobody in it to
 *    protect, and "no couples" must not look like "a few couples".
 * 3. Complementary: a row or column with a visible total is a sum (cells add up to the
 *    total). If exactly one of its members and total is hidden, that one can be recovered by
 *    subtraction, so the next-smallest visible cell with n ≥ 1 in that line is suppressed as
 *    well (ties: the first in the line). Zero cells are never picked — hiding a cell that is
 *    known or guessable to be 0 protects nothing. If the line has no such cell left, its
 *    total is suppressed instead. This repeats over all rows, columns and the total row and
 *    total column until nothing changes.
 *
 * Limits: this stops single-line differencing, which is what the dashboard exposes. It is
 * not a full linear-programming audit across several tables or against known bounds; keep
 * the number of overlapping tables published from the same data small.
 */

export interface CountCell<V> {
  /** Number of distinct couples behind the cell. */
  n: number;
  value: V;
}

export interface AggregateTable<V> {
  cells: CountCell<V>[][];
  /** One per row, if the table shows row totals. */
  rowTotals?: CountCell<V>[];
  /** One per column, if the table shows column totals. */
  columnTotals?: CountCell<V>[];
  grandTotal?: CountCell<V>;
}

/**
 * What a viewer may see of one cell. A suppressed cell carries neither its n nor its value
 * — not even a reason — so nothing protected can leave this function by accident (the
 * reason would tell a reader that a cell holds 1 to k−1 couples, a bound usable against
 * totals).
 */
export type DisplayCell<V> =
  { status: 'SHOWN'; n: number; value: V } | { status: 'NO_DATA'; n: 0 } | { status: 'SUPPRESSED' };

export interface DisplayTable<V> {
  cells: DisplayCell<V>[][];
  rowTotals?: DisplayCell<V>[];
  columnTotals?: DisplayCell<V>[];
  grandTotal?: DisplayCell<V>;
}

/** The clinic default for k (PRODUCT.md): cells of 1–10 couples are hidden. */
export const DEFAULT_SMALL_CELL_THRESHOLD = 11;

type Ref = string;

interface Line {
  members: Ref[];
  total: Ref;
}

export function suppressCells<V>(table: AggregateTable<V>, k: number): DisplayTable<V> {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a whole number ≥ 1: ${k}`);
  const rows = table.cells.length;
  const columns = table.cells[0]?.length ?? 0;
  if (table.cells.some((row) => row.length !== columns)) {
    throw new RangeError('Every row needs the same number of cells');
  }
  if (table.rowTotals && table.rowTotals.length !== rows) {
    throw new RangeError('One row total per row');
  }
  if (table.columnTotals && table.columnTotals.length !== columns) {
    throw new RangeError('One column total per column');
  }

  const counts = new Map<Ref, number>();
  const put = (ref: Ref, cell: CountCell<V>) => {
    if (!Number.isInteger(cell.n) || cell.n < 0) {
      throw new RangeError(`Couple counts are whole numbers ≥ 0 (${ref}: ${cell.n})`);
    }
    counts.set(ref, cell.n);
  };
  const cellRef = (r: number, c: number) => `c:${r}:${c}`;
  table.cells.forEach((row, r) => row.forEach((cell, c) => put(cellRef(r, c), cell)));
  table.rowTotals?.forEach((cell, r) => put(`r:${r}`, cell));
  table.columnTotals?.forEach((cell, c) => put(`k:${c}`, cell));
  if (table.grandTotal) put('g', table.grandTotal);

  // Rows, then columns, then the total column and total row: each is "members sum to total".
  const lines: Line[] = [];
  if (table.rowTotals) {
    for (let r = 0; r < rows; r++) {
      lines.push({
        members: [...Array(columns).keys()].map((c) => cellRef(r, c)),
        total: `r:${r}`,
      });
    }
  }
  if (table.columnTotals) {
    for (let c = 0; c < columns; c++) {
      lines.push({ members: [...Array(rows).keys()].map((r) => cellRef(r, c)), total: `k:${c}` });
    }
  }
  if (table.grandTotal && table.rowTotals) {
    lines.push({ members: [...Array(rows).keys()].map((r) => `r:${r}`), total: 'g' });
  }
  if (table.grandTotal && table.columnTotals) {
    lines.push({ members: [...Array(columns).keys()].map((c) => `k:${c}`), total: 'g' });
  }

  const hidden = new Set<Ref>();
  for (const [ref, n] of counts) if (n >= 1 && n < k) hidden.add(ref);

  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      const hiddenInLine = [...line.members, line.total].filter((ref) => hidden.has(ref)).length;
      if (hiddenInLine !== 1) continue;
      const candidates = line.members.filter(
        (ref) => !hidden.has(ref) && (counts.get(ref) ?? 0) >= 1,
      );
      let pick: Ref | undefined;
      for (const ref of candidates) {
        if (pick === undefined || (counts.get(ref) ?? 0) < (counts.get(pick) ?? 0)) pick = ref;
      }
      if (pick === undefined && !hidden.has(line.total)) pick = line.total;
      if (pick !== undefined) {
        hidden.add(pick);
        changed = true;
      }
    }
  }

  const show = (ref: Ref, cell: CountCell<V>): DisplayCell<V> => {
    if (hidden.has(ref)) return { status: 'SUPPRESSED' };
    if (cell.n === 0) return { status: 'NO_DATA', n: 0 };
    return { status: 'SHOWN', n: cell.n, value: cell.value };
  };
  const result: DisplayTable<V> = {
    cells: table.cells.map((row, r) => row.map((cell, c) => show(cellRef(r, c), cell))),
  };
  if (table.rowTotals) result.rowTotals = table.rowTotals.map((cell, r) => show(`r:${r}`, cell));
  if (table.columnTotals) {
    result.columnTotals = table.columnTotals.map((cell, c) => show(`k:${c}`, cell));
  }
  if (table.grandTotal) result.grandTotal = show('g', table.grandTotal);
  return result;
}
