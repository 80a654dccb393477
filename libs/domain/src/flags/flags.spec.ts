import { addDays } from '../dates';
import {
  computeFlags,
  type FlagCheckin,
  type FlagCsi4Result,
  type FlagInput,
  type FlagPartnerData,
} from './compute-flags';
import { meanDifferenceAtLeast, rollingMean } from './series';

const today = '2026-03-15';

/**
 * Closeness ratings for consecutive days ending today: the last value is today's, null is a
 * day without a check-in.
 */
function closenessEndingToday(values: (number | null)[], end = today): FlagCheckin[] {
  const start = addDays(end, 1 - values.length);
  return values.flatMap((value, i) =>
    value === null
      ? []
      : [{ date: addDays(start, i), ratings: { closeness: value }, wantsToTalk: false }],
  );
}

function partner(name: string, overrides: Partial<FlagPartnerData> = {}): FlagPartnerData {
  return {
    name,
    enrolledOn: '2026-01-05',
    // Steady 5s for the past fortnight: no flags by default.
    checkins: closenessEndingToday(Array(14).fill(5)),
    csi4: [{ date: '2026-01-05', total: 15 }],
    ...overrides,
  };
}

function flagsFor(
  a: Partial<FlagPartnerData> = {},
  b: Partial<FlagPartnerData> = {},
  extra: Partial<FlagInput> = {},
) {
  return computeFlags({
    today,
    partners: { A: partner('Alex', a), B: partner('Sam', b) },
    overdueTaskCount: 0,
    ...extra,
  });
}

const codes = (flags: ReturnType<typeof computeFlags>) =>
  flags.map((f) => `${f.code}${f.partner ? `:${f.partner}` : ''}`);

describe('computeFlags', () => {
  it('raises nothing for a steady couple', () => {
    expect(flagsFor()).toEqual([]);
  });

  describe('CLOSENESS_DOWN', () => {
    it('fires at a drop of exactly 1.0 and explains it with the means', () => {
      const checkins = closenessEndingToday([...Array(7).fill(5), ...Array(7).fill(4)]);
      expect(flagsFor({ checkins })).toEqual([
        {
          code: 'CLOSENESS_DOWN',
          severity: 'MEDIUM',
          partner: 'A',
          explanation: "Alex's closeness fell from 5.0 to 4.0 (7-day means).",
        },
      ]);
    });

    it('fires for a one-point drop that floating point would see as 0.9999999999999998', () => {
      // Means 8/3 and 5/3 with three check-ins in each window.
      const checkins = closenessEndingToday([
        2,
        3,
        3,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        1,
        2,
        2,
      ]);
      const steadySam = { checkins: closenessEndingToday(Array(14).fill(2)) };
      expect(codes(flagsFor({ checkins }, steadySam))).toEqual(['CLOSENESS_DOWN:A']);
    });

    it('does not fire for a drop just under 1.0', () => {
      // 5.0 before, 29/7 ≈ 4.14 now: a drop of 0.86.
      const checkins = closenessEndingToday([...Array(7).fill(5), 4, 4, 4, 4, 4, 4, 5]);
      expect(flagsFor({ checkins })).toEqual([]);
    });

    it('needs 3 check-ins in each window; gaps are not counted as zeros', () => {
      const twoRecent = closenessEndingToday([
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        null,
        null,
        null,
        null,
        null,
        2,
        2,
      ]);
      expect(codes(flagsFor({ checkins: twoRecent }))).toEqual([]);
      const threeRecent = closenessEndingToday([
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        null,
        null,
        null,
        null,
        2,
        2,
        2,
      ]);
      // Sam stays at 5, so Alex's three 2s also put them 3 points apart.
      expect(codes(flagsFor({ checkins: threeRecent }))).toEqual([
        'CLOSENESS_DOWN:A',
        'PARTNERS_APART',
      ]);
      const twoBefore = closenessEndingToday([
        null,
        null,
        null,
        null,
        null,
        6,
        6,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
      ]);
      expect(codes(flagsFor({ checkins: twoBefore, enrolledOn: '2026-03-06' }))).not.toContain(
        'CLOSENESS_DOWN:A',
      );
    });

    it('counts local days across a daylight-saving week (London, 29 March 2026)', () => {
      // Windows 2026-03-23..29 (with the 23-hour day) and 2026-03-30..04-05.
      const end = '2026-04-05';
      const checkins = closenessEndingToday([...Array(7).fill(6), ...Array(7).fill(5)], end);
      const flags = computeFlags({
        today: end,
        partners: {
          A: partner('Alex', { checkins }),
          B: partner('Sam', { checkins: closenessEndingToday(Array(14).fill(5), end) }),
        },
        overdueTaskCount: 0,
      });
      expect(flags.map((f) => f.explanation)).toEqual([
        "Alex's closeness fell from 6.0 to 5.0 (7-day means).",
      ]);
    });

    it('ignores check-ins dated after today', () => {
      const checkins = [
        ...closenessEndingToday(Array(14).fill(5)),
        ...closenessEndingToday([1, 1, 1], addDays(today, 3)),
      ];
      expect(flagsFor({ checkins })).toEqual([]);
    });
  });

  describe('PARTNERS_APART', () => {
    it('fires at exactly 2.0 points apart, once for the couple', () => {
      const flags = flagsFor(
        { checkins: closenessEndingToday(Array(14).fill(6)) },
        { checkins: closenessEndingToday([...Array(7).fill(4), ...Array(7).fill(4)]) },
      );
      expect(flags).toEqual([
        {
          code: 'PARTNERS_APART',
          severity: 'MEDIUM',
          explanation: "Alex's and Sam's closeness are 2.0 points apart (7-day means 6.0 and 4.0).",
        },
      ]);
    });

    it('fires for 11/3 vs 5/3, a gap float arithmetic puts at 1.9999999999999998', () => {
      const flags = flagsFor(
        { checkins: closenessEndingToday([...Array(7).fill(null), 4, 4, 3]) },
        { checkins: closenessEndingToday([...Array(7).fill(null), 2, 2, 1]) },
        { today },
      );
      expect(codes(flags)).toContain('PARTNERS_APART');
    });

    it('does not fire at 1.9 points or when a partner has fewer than 3 recent check-ins', () => {
      // 6 vs 29/7 ≈ 4.14: 1.86 apart.
      expect(
        codes(
          flagsFor(
            { checkins: closenessEndingToday(Array(14).fill(6)) },
            { checkins: closenessEndingToday([...Array(7).fill(4), 4, 4, 4, 4, 4, 4, 5]) },
          ),
        ),
      ).not.toContain('PARTNERS_APART');
      expect(
        codes(
          flagsFor(
            { checkins: closenessEndingToday([...Array(12).fill(null), 7, 7]), enrolledOn: today },
            { checkins: closenessEndingToday(Array(14).fill(2)) },
          ),
        ),
      ).not.toContain('PARTNERS_APART');
    });
  });

  describe('NO_CHECKIN', () => {
    it('fires after 3 whole local days without a check-in, not after 2', () => {
      // Last check-in on the 11th: the 12th, 13th and 14th are missed; today does not count yet.
      const three = closenessEndingToday([...Array(10).fill(5), null, null, null, null]);
      expect(flagsFor({}, { checkins: three })).toEqual([
        {
          code: 'NO_CHECKIN',
          severity: 'LOW',
          partner: 'B',
          explanation: 'Sam has not checked in for 3 days (last check-in 2026-03-11).',
        },
      ]);
      const two = closenessEndingToday([...Array(11).fill(5), null, null, null]);
      expect(flagsFor({}, { checkins: two })).toEqual([]);
    });

    it('clears as soon as the partner checks in today', () => {
      const backToday = closenessEndingToday([
        ...Array(7).fill(5),
        null,
        null,
        null,
        null,
        null,
        null,
        5,
      ]);
      expect(codes(flagsFor({}, { checkins: backToday }))).not.toContain('NO_CHECKIN:B');
    });

    it('counts from enrolment for a partner who never checked in', () => {
      expect(codes(flagsFor({}, { checkins: [], enrolledOn: '2026-03-12' }))).toEqual([
        'NO_CHECKIN:B',
      ]);
      expect(flagsFor({}, { checkins: [], enrolledOn: '2026-03-12' })[0]?.explanation).toBe(
        'Sam has not checked in for 3 days (none since joining on 2026-03-12).',
      );
      expect(codes(flagsFor({}, { checkins: [], enrolledOn: '2026-03-13' }))).toEqual([]);
    });
  });

  describe('CSI-4 flags', () => {
    const csi = (...totals: [string, number][]): FlagCsi4Result[] =>
      totals.map(([date, total]) => ({ date, total }));

    it('CSI_LOW fires at 13 and not at 14, using the latest result by date', () => {
      expect(flagsFor({ csi4: csi(['2026-02-02', 13], ['2026-01-05', 15]) })).toEqual([
        {
          code: 'CSI_LOW',
          severity: 'MEDIUM',
          partner: 'A',
          explanation: "Alex's latest CSI-4 is 13 (2026-02-02), below 13.5.",
        },
      ]);
      expect(flagsFor({ csi4: csi(['2026-01-05', 10], ['2026-02-02', 14]) })).toEqual([]);
    });

    it('CSI_DETERIORATED fires on a reliable fall (4 points) and not on 3', () => {
      const flags = flagsFor({ csi4: csi(['2026-01-05', 19], ['2026-03-02', 15]) });
      expect(flags).toEqual([
        {
          code: 'CSI_DETERIORATED',
          severity: 'HIGH',
          partner: 'A',
          explanation:
            "Alex's CSI-4 fell from 19 (2026-01-05) to 15 (2026-03-02), a reliable deterioration (RCI -2.57).",
        },
      ]);
      expect(flagsFor({ csi4: csi(['2026-01-05', 18], ['2026-03-02', 15]) })).toEqual([]);
      expect(codes(flagsFor({ csi4: csi(['2026-01-05', 17], ['2026-03-02', 13]) }))).toEqual([
        'CSI_DETERIORATED:A',
        'CSI_LOW:A',
      ]);
    });
  });

  describe('HOMEWORK_OVERDUE and WANTS_TO_TALK', () => {
    it('reports overdue homework with the count', () => {
      expect(flagsFor({}, {}, { overdueTaskCount: 0 })).toEqual([]);
      expect(flagsFor({}, {}, { overdueTaskCount: 1 })[0]?.explanation).toBe(
        '1 homework task is overdue.',
      );
      expect(flagsFor({}, {}, { overdueTaskCount: 3 })).toEqual([
        { code: 'HOMEWORK_OVERDUE', severity: 'LOW', explanation: '3 homework tasks are overdue.' },
      ]);
    });

    it('reports a request to talk from the last 7 days (today and 6 days back), not older', () => {
      const withRequest = (date: string) =>
        closenessEndingToday(Array(14).fill(5)).map((c) =>
          c.date === date ? { ...c, wantsToTalk: true } : c,
        );
      expect(flagsFor({}, { checkins: withRequest('2026-03-09') })).toEqual([
        {
          code: 'WANTS_TO_TALK',
          severity: 'HIGH',
          partner: 'B',
          explanation: 'Sam asked to talk to you soon (check-in of 2026-03-09).',
        },
      ]);
      expect(flagsFor({}, { checkins: withRequest('2026-03-08') })).toEqual([]);
    });
  });

  it('orders flags by severity, then code, then partner', () => {
    const flags = flagsFor(
      { checkins: closenessEndingToday([...Array(7).fill(6), ...Array(7).fill(3)]) },
      {
        checkins: closenessEndingToday([...Array(7).fill(6), 6, 6, 6, 6, 6, 6, 6]).map((c) =>
          c.date === today ? { ...c, wantsToTalk: true } : c,
        ),
        csi4: [{ date: '2026-03-01', total: 9 }],
      },
      { overdueTaskCount: 2 },
    );
    expect(codes(flags)).toEqual([
      'WANTS_TO_TALK:B',
      'CSI_LOW:B',
      'CLOSENESS_DOWN:A',
      'PARTNERS_APART',
      'HOMEWORK_OVERDUE',
    ]);
  });
});

describe('rollingMean', () => {
  it('keeps gaps as gaps and averages what the window holds', () => {
    const series = [
      { date: '2026-03-01', value: 4 },
      { date: '2026-03-02', value: 6 },
      { date: '2026-03-06', value: null },
      { date: '2026-03-07', value: 2 },
    ];
    expect(rollingMean(series, 3)).toEqual([
      { date: '2026-03-01', mean: 4, count: 1 },
      { date: '2026-03-02', mean: 5, count: 2 },
      { date: '2026-03-03', mean: 5, count: 2 },
      { date: '2026-03-04', mean: 6, count: 1 },
      { date: '2026-03-05', mean: null, count: 0 },
      { date: '2026-03-06', mean: null, count: 0 },
      { date: '2026-03-07', mean: 2, count: 1 },
    ]);
  });

  it('uses 7 days by default over a requested range, across a DST change', () => {
    const series = Array.from({ length: 10 }, (_, i) => ({
      date: addDays('2026-03-23', i),
      value: i + 1,
    }));
    const points = rollingMean(series, undefined, { from: '2026-03-29', to: '2026-04-03' });
    expect(points.map((p) => p.mean)).toEqual([4, 5, 6, 7, 7.5, 8]);
    expect(points.map((p) => p.count)).toEqual([7, 7, 7, 7, 6, 5]);
    expect(rollingMean([])).toEqual([]);
  });
});

describe('meanDifferenceAtLeast', () => {
  it('decides thresholds exactly on fractions', () => {
    expect(8 / 3 - 5 / 3 >= 1).toBe(false); // the floating-point trap it exists for
    expect(meanDifferenceAtLeast({ sum: 8, count: 3 }, { sum: 5, count: 3 }, 1)).toBe(true);
    expect(meanDifferenceAtLeast({ sum: 8, count: 3 }, { sum: 6, count: 3 }, 1)).toBe(false);
    expect(meanDifferenceAtLeast({ sum: 8, count: 3 }, { sum: 0, count: 0 }, 1)).toBe(false);
  });
});
