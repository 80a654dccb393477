import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDate, plural, todayIn } from './format';

describe('formatDate', () => {
  it('writes a local date the way the app shows it everywhere', () => {
    expect(formatDate('2026-03-04')).toBe('4 Mar 2026');
  });
});

describe('plural', () => {
  it('uses the singular for exactly one and the plural otherwise', () => {
    expect(plural(1, 'couple')).toBe('1 couple');
    expect(plural(0, 'couple')).toBe('0 couples');
    expect(plural(3, 'match', 'matches')).toBe('3 matches');
  });
});

describe('todayIn', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("gives today's date in the couple's time zone, not the device's", () => {
    vi.useFakeTimers();
    // Late evening of 14 March in London is already the 15th in Auckland.
    vi.setSystemTime(new Date('2026-03-14T23:30:00Z'));
    expect(todayIn('Pacific/Auckland')).toBe('2026-03-15');
    expect(todayIn('America/Los_Angeles')).toBe('2026-03-14');
  });

  it('still gives a date when the time zone is unknown', () => {
    expect(todayIn('Not/AZone')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
