import { adherence, adherenceFrom, buildSeries } from './checkin-figures';

const r = (closeness: number) => ({
  closeness,
  understood: 4,
  sharing: 4,
  affection: 4,
  fun: 4,
  conflict: 4,
  stress: 4,
});

describe('buildSeries', () => {
  it('gives every day of the range, with gaps as null, and 7-day means from what was passed', () => {
    const series = buildSeries(
      [
        // Before the charted range: only feeds the first means.
        { partner: 'A', date: '2026-03-01', ratings: r(2) },
        { partner: 'A', date: '2026-03-05', ratings: r(6) },
        { partner: 'A', date: '2026-03-08', ratings: r(4) },
        { partner: 'B', date: '2026-03-07', ratings: r(5) },
      ],
      '2026-03-06',
      '2026-03-08',
    );
    expect(series.from).toBe('2026-03-06');
    expect(series.to).toBe('2026-03-08');
    const [a, b] = series.partners;
    expect(a?.partner).toBe('A');
    expect(a?.days.map((d) => d.date)).toEqual(['2026-03-06', '2026-03-07', '2026-03-08']);
    expect(a?.days.map((d) => d.ratings?.closeness ?? null)).toEqual([null, null, 4]);
    // 03-06: window 02-28..03-06 holds 2 and 6; 03-08: window 03-02..03-08 holds 6 and 4.
    expect(a?.days.map((d) => [d.closenessMean7, d.closenessMean7Count])).toEqual([
      [4, 2],
      [4, 2],
      [5, 2],
    ]);
    expect(b?.days.map((d) => [d.closenessMean7, d.closenessMean7Count])).toEqual([
      [null, 0],
      [5, 1],
      [5, 1],
    ]);
  });
});

describe('adherence', () => {
  const base = { partner: 'A' as const, today: '2026-03-28', days: 28 };

  it('counts the window, with today only once filed', () => {
    expect(adherenceFrom('2026-03-28', 28, '2026-01-01')).toBe('2026-03-01');
    expect(
      adherence({ ...base, enrolledOn: '2026-01-01', daysWithCheckin: 21, filedToday: false }),
    ).toEqual({
      partner: 'A',
      from: '2026-03-01',
      to: '2026-03-28',
      daysWithCheckin: 21,
      daysEnrolled: 27,
      rate: 21 / 27,
    });
    expect(
      adherence({ ...base, enrolledOn: '2026-01-01', daysWithCheckin: 22, filedToday: true }),
    ).toMatchObject({ daysEnrolled: 28, rate: 22 / 28 });
  });

  it('starts from the day the partner joined, and is empty before they have', () => {
    expect(
      adherence({ ...base, enrolledOn: '2026-03-25', daysWithCheckin: 2, filedToday: false }),
    ).toMatchObject({ from: '2026-03-25', daysEnrolled: 3, rate: 2 / 3 });
    expect(
      adherence({ ...base, enrolledOn: '2026-03-28', daysWithCheckin: 0, filedToday: false }),
    ).toMatchObject({ daysEnrolled: 0, rate: null });
    expect(
      adherence({ ...base, enrolledOn: null, daysWithCheckin: 0, filedToday: false }),
    ).toMatchObject({ daysWithCheckin: 0, daysEnrolled: 0, rate: null });
  });
});
