import {
  adherenceWindow,
  changeShares,
  csi4ChangeInPeriod,
  median,
  pooledCheckinAdherence,
  ratio,
} from './aggregates';
import { isoWeeksOf, MAX_DASHBOARD_PERIOD_DAYS, resolveDashboardPeriod } from './period';

describe('dashboard period', () => {
  const today = '2026-03-18'; // a Wednesday

  it('presets end today and reach back whole weeks of days', () => {
    expect(resolveDashboardPeriod({ preset: 'LAST_4_WEEKS' }, today)).toEqual({
      period: { from: '2026-02-19', to: '2026-03-18' },
    });
    expect(resolveDashboardPeriod({ preset: 'LAST_12_WEEKS', from: '', to: null }, today)).toEqual({
      period: { from: '2025-12-25', to: '2026-03-18' },
    });
    expect(resolveDashboardPeriod({ preset: 'LAST_26_WEEKS' }, today)).toEqual({
      period: { from: '2025-09-18', to: '2026-03-18' },
    });
  });

  it('takes custom dates as given, both ends included', () => {
    expect(
      resolveDashboardPeriod({ preset: 'CUSTOM', from: '2026-01-01', to: '2026-01-01' }, today),
    ).toEqual({ period: { from: '2026-01-01', to: '2026-01-01' } });
    // Two years including a leap day is exactly the longest period allowed.
    expect(
      resolveDashboardPeriod({ preset: 'CUSTOM', from: '2024-01-01', to: '2025-12-31' }, today),
    ).toEqual({ period: { from: '2024-01-01', to: '2025-12-31' } });
    expect(MAX_DASHBOARD_PERIOD_DAYS).toBe(731);
  });

  it('answers bad input with errors per field', () => {
    const errors = (request: Parameters<typeof resolveDashboardPeriod>[0]) => {
      const out = resolveDashboardPeriod(request, today);
      return 'errors' in out ? out.errors.map((e) => e.field) : [];
    };
    expect(errors({ preset: 'LAST_YEAR' })).toEqual(['preset']);
    expect(errors({ preset: 'CUSTOM' })).toEqual(['from', 'to']);
    expect(errors({ preset: 'CUSTOM', from: '2026-02-30', to: 'soon' })).toEqual(['from', 'to']);
    expect(errors({ preset: 'CUSTOM', from: '2026-03-02', to: '2026-03-01' })).toEqual(['to']);
    expect(errors({ preset: 'CUSTOM', from: '2024-01-01', to: '2026-01-01' })).toEqual(['to']);
    expect(errors({ preset: 'LAST_4_WEEKS', from: '2026-01-01' })).toEqual(['from']);
  });

  it('splits a period into ISO weeks, clipping the first and last', () => {
    expect(isoWeeksOf({ from: '2026-02-19', to: '2026-03-04' })).toEqual([
      { week: '2026-W08', monday: '2026-02-16', from: '2026-02-19', to: '2026-02-22' },
      { week: '2026-W09', monday: '2026-02-23', from: '2026-02-23', to: '2026-03-01' },
      { week: '2026-W10', monday: '2026-03-02', from: '2026-03-02', to: '2026-03-04' },
    ]);
    // Week-years: 2027-01-01 is a Friday of 2026-W53.
    expect(isoWeeksOf({ from: '2027-01-01', to: '2027-01-04' }).map((w) => w.week)).toEqual([
      '2026-W53',
      '2027-W01',
    ]);
  });
});

describe('dashboard definitions', () => {
  it('ratio is null, not 0, when there is nothing to divide by', () => {
    expect(ratio(3, 4)).toBe(0.75);
    expect(ratio(0, 4)).toBe(0);
    expect(ratio(0, 0)).toBeNull();
  });

  it('expects check-ins from enrolment (or the period start) through yesterday', () => {
    const period = { from: '2026-03-01', to: '2026-03-31' };
    expect(adherenceWindow('2026-02-01', period, '2026-03-10')).toEqual({
      from: '2026-03-01',
      through: '2026-03-09', // today is not over yet
    });
    expect(adherenceWindow('2026-03-05', period, '2026-04-20')).toEqual({
      from: '2026-03-05',
      through: '2026-03-31',
    });
    expect(adherenceWindow('2026-03-10', period, '2026-03-10')).toBeNull(); // joined today
    expect(adherenceWindow(null, period, '2026-03-10')).toBeNull(); // not joined
  });

  it('pools adherence in partner-days, not as a mean of partners’ rates', () => {
    const pooled = pooledCheckinAdherence([
      // 10 days expected, 9 distinct days filed (one day twice, one outside the window).
      {
        checkinDates: [
          '2026-03-01',
          '2026-03-01',
          '2026-03-02',
          '2026-03-03',
          '2026-03-04',
          '2026-03-05',
          '2026-03-06',
          '2026-03-07',
          '2026-03-08',
          '2026-03-09',
          '2026-02-28',
        ],
        window: { from: '2026-03-01', through: '2026-03-10' },
      },
      // 2 days expected, none filed.
      { checkinDates: [], window: { from: '2026-03-09', through: '2026-03-10' } },
      // Not enrolled: adds nothing.
      { checkinDates: ['2026-03-05'], window: null },
    ]);
    // 9 / 12 = 0.75, where the mean of the two rates would be (0.9 + 0) / 2 = 0.45.
    expect(pooled).toEqual({ daysWithCheckin: 9, daysEnrolled: 12, rate: 0.75 });
    expect(pooledCheckinAdherence([]).rate).toBeNull();
  });

  describe('CSI-4 change as of a period', () => {
    const period = { from: '2026-03-01', to: '2026-03-31' };

    it('compares the latest result up to the period end with the first ever', () => {
      const results = [
        { date: '2026-03-20', total: 16 },
        { date: '2026-01-05', total: 11 }, // intake (order does not matter)
        { date: '2026-02-02', total: 13 },
        { date: '2026-04-02', total: 20 }, // after the period: ignored
      ];
      // 11 -> 16: +5 points; RCI = 5 / 1.559 ≈ 3.21 > 1.96, and it crossed 13.5.
      expect(csi4ChangeInPeriod(results, period)).toEqual({
        first: 11,
        latest: 16,
        change: 5,
        changeClass: 'RECOVERED',
      });
    });

    it('counts a partner only with a later result filed within the period', () => {
      // Latest before the period: no news in this period.
      expect(
        csi4ChangeInPeriod(
          [
            { date: '2026-01-05', total: 11 },
            { date: '2026-02-02', total: 18 },
          ],
          period,
        ),
      ).toBeNull();
      // One result only: nothing to compare.
      expect(csi4ChangeInPeriod([{ date: '2026-03-05', total: 11 }], period)).toBeNull();
    });

    it('gives the median change and the shares of the classes', () => {
      const changes = [
        [11, 16], // +5 RECOVERED
        [15, 20], // +5 IMPROVED (started above the cut-off)
        [16, 11], // −5 DETERIORATED
        [12, 15], // +3 UNCHANGED (3 points is not reliable: needs > 3.06)
      ].map(([first, latest]) =>
        csi4ChangeInPeriod(
          [
            { date: '2026-01-05', total: first! },
            { date: '2026-03-10', total: latest! },
          ],
          period,
        )!,
      );
      expect(changes.map((c) => c.changeClass)).toEqual([
        'RECOVERED',
        'IMPROVED',
        'DETERIORATED',
        'UNCHANGED',
      ]);
      expect(median(changes.map((c) => c.change))).toBe(4); // (3 + 5) / 2
      expect(changeShares(changes.map((c) => c.changeClass))).toEqual({
        n: 4,
        improved: 0.5,
        recovered: 0.25,
        deteriorated: 0.25,
        unchanged: 0.25,
      });
    });
  });
});
