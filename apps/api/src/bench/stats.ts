/** Small, dependency-free helpers for the benchmark's figures. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Paired {
  /** Hearth's value per round. */
  a: number[];
  /** The baseline's value per round. */
  b: number[];
}

export interface PairedSummary {
  a: number;
  b: number;
  /** Median of the per-round ratios a/b (each round's pair ran back to back). */
  ratio: number;
  ratios: number[];
}

/**
 * Runs `rounds` rounds of A then B (A, B, A, B, …), so that drift in the machine's load
 * hits both sides alike, and summarises them by medians.
 */
export async function interleaved(
  rounds: number,
  a: (round: number) => Promise<number>,
  b: (round: number) => Promise<number>,
): Promise<PairedSummary> {
  const pairs: Paired = { a: [], b: [] };
  for (let round = 0; round < rounds; round++) {
    pairs.a.push(await a(round));
    pairs.b.push(await b(round));
  }
  return summarise(pairs);
}

export function summarise(pairs: Paired): PairedSummary {
  const ratios = pairs.a.map((a, i) => a / pairs.b[i]!);
  return { a: median(pairs.a), b: median(pairs.b), ratio: median(ratios), ratios };
}

/** Compact number for tables: 1234.5 → "1,235", 12.345 → "12.3", 0.01234 → "0.0123". */
export function fmt(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return '–';
  const abs = Math.abs(value);
  if (abs >= 100) return Math.round(value).toLocaleString('en-US');
  return Number(value.toPrecision(digits)).toString();
}
