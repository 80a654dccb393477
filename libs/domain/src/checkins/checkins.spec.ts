import {
  CHECKIN_ITEMS,
  checkinDayFor,
  resolveCheckinDate,
  towardsWellbeing,
  validateCheckin,
} from './checkins';

const allFours = {
  closeness: 4,
  understood: 4,
  sharing: 4,
  affection: 4,
  fun: 4,
  conflict: 4,
  stress: 4,
};

describe('CHECKIN_ITEMS', () => {
  it('defines the seven items once, with conflict and stress reverse-scored', () => {
    expect(CHECKIN_ITEMS.map((i) => i.id)).toEqual([
      'closeness',
      'understood',
      'sharing',
      'affection',
      'fun',
      'conflict',
      'stress',
    ]);
    expect(CHECKIN_ITEMS.filter((i) => i.reverse).map((i) => i.id)).toEqual(['conflict', 'stress']);
    for (const item of CHECKIN_ITEMS) {
      expect(item.question.length).toBeLessThanOrEqual(90);
      expect(item.lowAnchor).not.toBe(item.highAnchor);
    }
  });

  it('turns reverse-scored ratings so that higher is better', () => {
    expect(towardsWellbeing('conflict', 7)).toBe(1);
    expect(towardsWellbeing('stress', 2)).toBe(6);
    expect(towardsWellbeing('closeness', 2)).toBe(2);
  });
});

describe('validateCheckin', () => {
  it('accepts a complete check-in at the bounds', () => {
    expect(validateCheckin(allFours)).toEqual([]);
    expect(validateCheckin({ ...allFours, closeness: 1, stress: 7 }, 'a'.repeat(2000))).toEqual([]);
  });

  it('reports unknown, missing, non-integer and out-of-range ratings by field', () => {
    const { stress: _omitted, ...missingStress } = allFours;
    expect(
      validateCheckin({ ...missingStress, closeness: 0, fun: 8, sharing: 3.5, mood: 5 }),
    ).toEqual([
      { field: 'ratings.mood', message: 'This is not a check-in question.' },
      { field: 'ratings.closeness', message: 'Use a whole number from 1 to 7.' },
      { field: 'ratings.sharing', message: 'Use a whole number from 1 to 7.' },
      { field: 'ratings.fun', message: 'Use a whole number from 1 to 7.' },
      { field: 'ratings.stress', message: 'Rate "Stress".' },
    ]);
    expect(validateCheckin({ ...allFours, affection: '5' }).map((e) => e.field)).toEqual([
      'ratings.affection',
    ]);
  });

  it('limits the note to 2000 characters', () => {
    expect(validateCheckin(allFours, 'a'.repeat(2001))).toEqual([
      { field: 'note', message: 'Keep the note to 2000 characters or fewer.' },
    ]);
    // 2000 emoji are 4000 UTF-16 units but 2000 characters.
    expect(validateCheckin(allFours, '💬'.repeat(2000))).toEqual([]);
  });
});

describe('check-in day and late filing', () => {
  const tz = 'Europe/London';
  const at = (iso: string) => new Date(iso);

  it('files for the local day', () => {
    expect(checkinDayFor(at('2026-07-01T23:30:00Z'), tz)).toBe('2026-07-02'); // 00:30 BST
    expect(resolveCheckinDate({ now: at('2026-07-01T20:00:00Z'), timeZone: tz })).toEqual({
      date: '2026-07-01',
      late: false,
    });
    expect(
      resolveCheckinDate({
        requestedDate: '2026-07-01',
        now: at('2026-07-01T20:00:00Z'),
        timeZone: tz,
      }),
    ).toEqual({ date: '2026-07-01', late: false });
  });

  it('allows yesterday until 11:59 local time, marked late, and not at 12:00', () => {
    // 10:59 UTC is 11:59 BST.
    expect(
      resolveCheckinDate({
        requestedDate: '2026-07-01',
        now: at('2026-07-02T10:59:59Z'),
        timeZone: tz,
      }),
    ).toEqual({ date: '2026-07-01', late: true });
    const noon = resolveCheckinDate({
      requestedDate: '2026-07-01',
      now: at('2026-07-02T11:00:00Z'),
      timeZone: tz,
    });
    expect(noon).toEqual({
      error: { field: 'date', message: 'Yesterday’s check-in could be filed until 12:00 today.' },
    });
  });

  it('uses local noon on the day the clocks change', () => {
    // 2026-03-29 in London: at 11:30 UTC it is 12:30 BST, past noon.
    expect(
      resolveCheckinDate({
        requestedDate: '2026-03-28',
        now: at('2026-03-29T10:30:00Z'),
        timeZone: tz,
      }),
    ).toEqual({ date: '2026-03-28', late: true });
    expect(
      'error' in
        resolveCheckinDate({
          requestedDate: '2026-03-28',
          now: at('2026-03-29T11:30:00Z'),
          timeZone: tz,
        }),
    ).toBe(true);
  });

  it('refuses two days ago, future days and malformed dates', () => {
    const now = at('2026-07-02T08:00:00Z');
    for (const requestedDate of ['2026-06-30', '2026-07-03', '2026-7-1']) {
      expect(resolveCheckinDate({ requestedDate, now, timeZone: tz })).toHaveProperty(
        'error.field',
        'date',
      );
    }
  });
});
