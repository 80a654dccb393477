import { describe, expect, it } from 'vitest';
import { describeRule, WEEKDAY_OPTIONS } from './schedule-labels';

describe('describeRule', () => {
  it('names one-off and daily rules as a coach reads them on a card', () => {
    expect(describeRule({ kind: 'ONCE' })).toBe('Once');
    expect(describeRule({ kind: 'DAILY' })).toBe('Daily');
  });

  it('says "Once a week" for one time a week and counts the others', () => {
    expect(describeRule({ kind: 'N_PER_WEEK', timesPerWeek: 1 })).toBe('Once a week');
    expect(describeRule({ kind: 'N_PER_WEEK', timesPerWeek: 3 })).toBe('3 times a week');
  });

  it('lists set days in week order, however they were stored', () => {
    expect(describeRule({ kind: 'WEEKLY', weekdays: ['FRI', 'MON', 'WED'] })).toBe(
      'Every Mon, Wed, Fri',
    );
  });
});

describe('WEEKDAY_OPTIONS', () => {
  it('offers the seven days from Monday, with readable labels', () => {
    expect(WEEKDAY_OPTIONS.map((d) => d.label)).toEqual([
      'Mon',
      'Tue',
      'Wed',
      'Thu',
      'Fri',
      'Sat',
      'Sun',
    ]);
  });
});
