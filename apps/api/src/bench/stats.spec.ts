import { fmt, interleaved, median, summarise } from './stats';

describe('benchmark statistics', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('reports the median of per-round ratios, not the ratio of medians', () => {
    // Round 2 ran while the machine was busy: both sides slowed, the ratio held.
    const s = summarise({ a: [10, 5, 10], b: [20, 10, 25] });
    expect(s.ratios).toEqual([0.5, 0.5, 0.4]);
    expect(s.ratio).toBe(0.5);
    expect(s.a).toBe(10);
    expect(s.b).toBe(20);
  });

  it('runs the two sides alternately', async () => {
    const order: string[] = [];
    await interleaved(
      3,
      async (r) => (order.push(`A${r}`), 1),
      async (r) => (order.push(`B${r}`), 2),
    );
    expect(order).toEqual(['A0', 'B0', 'A1', 'B1', 'A2', 'B2']);
  });

  it('formats figures for the table', () => {
    expect(fmt(1234.5)).toBe('1,235');
    expect(fmt(12.345)).toBe('12.3');
    expect(fmt(0.012345)).toBe('0.0123');
    expect(fmt(Number.NaN)).toBe('–');
  });
});
