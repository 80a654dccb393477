import {
  addDays,
  compareLocalDates,
  daysBetween,
  eachDay,
  isLocalDate,
  isoWeekLabel,
  startOfIsoWeek,
  weekdayOf,
} from './local-date';
import {
  endOfLocalDay,
  isValidTimeZone,
  localMinutesOfDay,
  offsetMsAt,
  startOfLocalDay,
  todayIn,
} from './time-zone';

describe('local dates', () => {
  it('accepts real dates only', () => {
    expect(isLocalDate('2026-03-02')).toBe(true);
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2026-13-01')).toBe(false);
    expect(isLocalDate('2026-3-2')).toBe(false);
    expect(isLocalDate('2026-03-02T00:00')).toBe(false);
    expect(isLocalDate(20260302)).toBe(false);
  });

  it('refuses years no Hearth date is in (PostgreSQL has no year 0)', () => {
    expect(isLocalDate('0000-01-01')).toBe(false);
    expect(isLocalDate('1899-12-31')).toBe(false);
    expect(isLocalDate('9999-12-31')).toBe(false);
    expect(isLocalDate('1900-01-01')).toBe(true);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });

  it('counts days between dates, ignoring daylight saving', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-03-30', '2026-03-28')).toBe(-2);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(eachDay('2026-03-28', '2026-03-31')).toEqual([
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
      '2026-03-31',
    ]);
    expect(eachDay('2026-03-31', '2026-03-28')).toEqual([]);
    expect(compareLocalDates('2026-03-09', '2026-03-10')).toBeLessThan(0);
  });

  it('names weekdays and ISO weeks', () => {
    expect(weekdayOf('2026-03-02')).toBe('MON');
    expect(weekdayOf('2026-03-08')).toBe('SUN');
    expect(startOfIsoWeek('2026-03-08')).toBe('2026-03-02');
    expect(startOfIsoWeek('2026-03-02')).toBe('2026-03-02');
    expect(isoWeekLabel('2026-03-02')).toBe('2026-W10');
    expect(isoWeekLabel('2027-01-01')).toBe('2026-W53');
    expect(isoWeekLabel('2024-12-30')).toBe('2025-W01');
  });
});

describe('time zones', () => {
  it('recognises IANA zones', () => {
    expect(isValidTimeZone('Europe/London')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone(undefined)).toBe(false);
  });

  it('gives the local date, which differs from the UTC date near midnight', () => {
    const now = new Date('2026-03-02T23:30:00Z');
    expect(todayIn('UTC', now)).toBe('2026-03-02');
    expect(todayIn('Europe/Berlin', now)).toBe('2026-03-03');
    expect(todayIn('America/New_York', now)).toBe('2026-03-02');
    expect(todayIn('Pacific/Auckland', new Date('2026-03-02T11:00:00Z'))).toBe('2026-03-03');
  });

  it('reads the local clock', () => {
    expect(localMinutesOfDay('Europe/London', new Date('2026-07-01T10:15:00Z'))).toBe(11 * 60 + 15);
    expect(localMinutesOfDay('Asia/Kolkata', new Date('2026-07-01T00:00:00Z'))).toBe(5 * 60 + 30);
  });

  it('knows the offset on both sides of a change', () => {
    expect(offsetMsAt('Europe/London', new Date('2026-03-29T00:59:59Z'))).toBe(0);
    expect(offsetMsAt('Europe/London', new Date('2026-03-29T01:00:00Z'))).toBe(3_600_000);
  });

  it('ends an ordinary day at 23:59:59.999 local', () => {
    expect(endOfLocalDay('2026-03-02', 'UTC')).toBe('2026-03-02T23:59:59.999Z');
    expect(endOfLocalDay('2026-03-02', 'America/New_York')).toBe('2026-03-03T04:59:59.999Z');
    expect(endOfLocalDay('2026-07-01', 'Europe/London')).toBe('2026-07-01T22:59:59.999Z');
  });

  it('gets the day right on daylight-saving days (23 h and 25 h days)', () => {
    // London springs forward on 2026-03-29: the day starts in GMT and ends in BST.
    expect(startOfLocalDay('2026-03-29', 'Europe/London').toISOString()).toBe(
      '2026-03-29T00:00:00.000Z',
    );
    expect(endOfLocalDay('2026-03-29', 'Europe/London')).toBe('2026-03-29T22:59:59.999Z');
    // New York falls back on 2026-11-01: the day starts in EDT and ends in EST (25 h).
    expect(startOfLocalDay('2026-11-01', 'America/New_York').toISOString()).toBe(
      '2026-11-01T04:00:00.000Z',
    );
    expect(endOfLocalDay('2026-11-01', 'America/New_York')).toBe('2026-11-02T04:59:59.999Z');
    expect(endOfLocalDay('2026-10-31', 'America/New_York')).toBe('2026-11-01T03:59:59.999Z');
  });

  it('starts the day when the clock jumps if local midnight does not exist', () => {
    // Chile moves its clocks from 00:00 to 01:00 on the first Sunday of September:
    // on 2026-09-06 the first local instant is 01:00 CLST = 04:00 UTC.
    expect(startOfLocalDay('2026-09-06', 'America/Santiago').toISOString()).toBe(
      '2026-09-06T04:00:00.000Z',
    );
    expect(endOfLocalDay('2026-09-05', 'America/Santiago')).toBe('2026-09-06T03:59:59.999Z');
  });

  it('refuses unknown zones instead of silently using UTC', () => {
    expect(() => todayIn('Nowhere/Special', new Date())).toThrow(RangeError);
  });
});
