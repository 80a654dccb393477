import { csi4History } from './csi4-history';

const answers = { happiness: 3, warm: 3, rewarding: 3, satisfied: 3 };
const filed = (id: string, date: string, total: number) => ({
  id,
  partner: 'A' as const,
  date,
  total,
  answers,
});

describe('csi4History', () => {
  it('orders results by date and classifies each against the first', () => {
    const { results, change } = csi4History([
      filed('c', '2026-03-30', 16),
      filed('a', '2026-01-05', 11),
      filed('b', '2026-03-02', 13),
    ]);
    expect(results.map((r) => [r.id, r.belowCutoff, r.changeFromFirst])).toEqual([
      ['a', true, null],
      ['b', true, 'UNCHANGED'],
      ['c', false, 'RECOVERED'],
    ]);
    expect(results[0]?.rci).toBeNull();
    expect(results[2]?.rci).toBeCloseTo(5 / (4.5 * Math.sqrt(0.06) * Math.SQRT2), 10);
    expect(change).toBe('RECOVERED');
  });

  it('has no change with fewer than two results', () => {
    expect(csi4History([])).toEqual({ results: [], change: null });
    expect(csi4History([filed('a', '2026-01-05', 19)]).change).toBeNull();
  });
});
