import { describeSchedule, shortDate } from './describe-schedule';

describe('describeSchedule', () => {
  it('says each kind in words', () => {
    expect(describeSchedule({ kind: 'ONCE', dueDate: '2026-03-14' })).toBe('Once, by 14 Mar');
    expect(
      describeSchedule({ kind: 'DAILY', startDate: '2026-03-02', endDate: '2026-03-08' }),
    ).toBe('Daily, 2 Mar – 8 Mar');
    expect(
      describeSchedule({
        kind: 'N_PER_WEEK',
        timesPerWeek: 3,
        startDate: '2026-03-02',
        endDate: '2026-03-29',
      }),
    ).toBe('3 times a week, 2 Mar – 29 Mar');
    expect(
      describeSchedule({
        kind: 'N_PER_WEEK',
        timesPerWeek: 1,
        startDate: '2026-03-02',
        endDate: '2026-03-29',
      }),
    ).toBe('Once a week, 2 Mar – 29 Mar');
  });

  it('lists weekdays in week order whatever order they were picked in', () => {
    expect(
      describeSchedule({
        kind: 'WEEKLY',
        weekdays: ['SAT', 'MON'],
        startDate: '2026-12-28',
        endDate: '2027-01-31',
      }),
    ).toBe('Every Mon, Sat, 28 Dec – 31 Jan');
  });

  it('formats dates without a locale', () => {
    expect(shortDate('2026-01-01')).toBe('1 Jan');
  });
});
