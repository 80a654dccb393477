import type { Weekday } from '../dates';
import type { Schedule } from './schedule';
import { applyScheduleRule, validateSchedule } from './schedule';
import { expandTasks, tasksInPartialWeek } from './expand-tasks';
import { taskState } from './task-state';

const together = { kind: 'TOGETHER' } as const;
const each = { kind: 'EACH' } as const;

describe('expandTasks', () => {
  it('ONCE for each partner: two tasks due at the end of the local day', () => {
    expect(expandTasks({ kind: 'ONCE', dueDate: '2026-03-02' }, each, 'Europe/London')).toEqual([
      {
        key: '2026-03-02:A',
        dueDate: '2026-03-02',
        partner: 'A',
        dueAt: '2026-03-02T23:59:59.999Z',
      },
      {
        key: '2026-03-02:B',
        dueDate: '2026-03-02',
        partner: 'B',
        dueAt: '2026-03-02T23:59:59.999Z',
      },
    ]);
  });

  it('ONE partner gets only their own tasks', () => {
    const tasks = expandTasks(
      { kind: 'WEEKLY', weekdays: ['THU', 'MON'], startDate: '2026-03-02', endDate: '2026-03-15' },
      { kind: 'ONE', partner: 'B' },
      'UTC',
    );
    expect(tasks.map((t) => t.key)).toEqual([
      '2026-03-02:B',
      '2026-03-05:B',
      '2026-03-09:B',
      '2026-03-12:B',
    ]);
    expect(tasks.every((t) => t.partner === 'B')).toBe(true);
  });

  it('TOGETHER gives one task a day with partner null', () => {
    const tasks = expandTasks(
      { kind: 'DAILY', startDate: '2026-03-02', endDate: '2026-03-04' },
      together,
      'UTC',
    );
    expect(tasks.map((t) => [t.key, t.partner])).toEqual([
      ['2026-03-02:T', null],
      ['2026-03-03:T', null],
      ['2026-03-04:T', null],
    ]);
  });

  it('DAILY across the London spring change: one task per local day, each ending at local midnight', () => {
    const tasks = expandTasks(
      { kind: 'DAILY', startDate: '2026-03-28', endDate: '2026-03-31' },
      together,
      'Europe/London',
    );
    expect(tasks.map((t) => [t.dueDate, t.dueAt])).toEqual([
      ['2026-03-28', '2026-03-28T23:59:59.999Z'], // GMT
      ['2026-03-29', '2026-03-29T22:59:59.999Z'], // the 23-hour day ends in BST
      ['2026-03-30', '2026-03-30T22:59:59.999Z'],
      ['2026-03-31', '2026-03-31T22:59:59.999Z'],
    ]);
  });

  it('DAILY across the New York autumn change: one task per local day, the 25-hour day included', () => {
    const tasks = expandTasks(
      { kind: 'DAILY', startDate: '2026-10-31', endDate: '2026-11-02' },
      each,
      'America/New_York',
    );
    expect(tasks).toHaveLength(6);
    expect(tasks.filter((t) => t.partner === 'A').map((t) => [t.dueDate, t.dueAt])).toEqual([
      ['2026-10-31', '2026-11-01T03:59:59.999Z'], // EDT, UTC-4
      ['2026-11-01', '2026-11-02T04:59:59.999Z'], // ends in EST, UTC-5
      ['2026-11-02', '2026-11-03T04:59:59.999Z'],
    ]);
  });

  it('WEEKLY picks the chosen weekdays inside the range only', () => {
    const tasks = expandTasks(
      { kind: 'WEEKLY', weekdays: ['SAT'], startDate: '2026-03-01', endDate: '2026-03-21' },
      together,
      'UTC',
    );
    expect(tasks.map((t) => t.dueDate)).toEqual(['2026-03-07', '2026-03-14', '2026-03-21']);
  });

  it('N_PER_WEEK: 3 a week over two full ISO weeks falls due WED, FRI, SUN', () => {
    const tasks = expandTasks(
      { kind: 'N_PER_WEEK', timesPerWeek: 3, startDate: '2026-03-02', endDate: '2026-03-15' },
      together,
      'UTC',
    );
    expect(tasks.map((t) => [t.key, t.dueDate])).toEqual([
      ['2026-W10-1:T', '2026-03-04'],
      ['2026-W10-2:T', '2026-03-06'],
      ['2026-W10-3:T', '2026-03-08'],
      ['2026-W11-1:T', '2026-03-11'],
      ['2026-W11-2:T', '2026-03-13'],
      ['2026-W11-3:T', '2026-03-15'],
    ]);
  });

  it('N_PER_WEEK spreads 1, 2 and 7 a week as documented', () => {
    const dates = (n: number) =>
      expandTasks(
        { kind: 'N_PER_WEEK', timesPerWeek: n, startDate: '2026-03-02', endDate: '2026-03-08' },
        together,
        'UTC',
      ).map((t) => t.dueDate);
    expect(dates(1)).toEqual(['2026-03-08']);
    expect(dates(2)).toEqual(['2026-03-05', '2026-03-08']);
    expect(dates(7)).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
    ]);
  });

  it('N_PER_WEEK gives partial first and last weeks proportionally fewer tasks, never past the end date', () => {
    // Friday 6 March to Wednesday 18 March: 3 days, a full week, 3 days.
    const tasks = expandTasks(
      { kind: 'N_PER_WEEK', timesPerWeek: 3, startDate: '2026-03-06', endDate: '2026-03-18' },
      each,
      'UTC',
    );
    expect(tasks.filter((t) => t.partner === 'A').map((t) => [t.key, t.dueDate])).toEqual([
      ['2026-W10-1:A', '2026-03-08'],
      ['2026-W11-1:A', '2026-03-11'],
      ['2026-W11-2:A', '2026-03-13'],
      ['2026-W11-3:A', '2026-03-15'],
      ['2026-W12-1:A', '2026-03-18'],
    ]);
    expect(tasks).toHaveLength(10);
    expect(new Set(tasks.map((t) => t.key)).size).toBe(10);
  });

  it('N_PER_WEEK gives a one-day week one task on that day', () => {
    const tasks = expandTasks(
      { kind: 'N_PER_WEEK', timesPerWeek: 5, startDate: '2026-03-08', endDate: '2026-03-08' },
      together,
      'UTC',
    );
    expect(tasks.map((t) => t.key)).toEqual(['2026-W10-1:T']);
  });

  it('N_PER_WEEK across a DST week keeps local due dates', () => {
    const tasks = expandTasks(
      { kind: 'N_PER_WEEK', timesPerWeek: 2, startDate: '2026-03-23', endDate: '2026-03-29' },
      together,
      'Europe/London',
    );
    expect(tasks.map((t) => [t.dueDate, t.dueAt])).toEqual([
      ['2026-03-26', '2026-03-26T23:59:59.999Z'],
      ['2026-03-29', '2026-03-29T22:59:59.999Z'],
    ]);
  });

  it('refuses to expand an invalid schedule or an unknown zone', () => {
    expect(() =>
      expandTasks({ kind: 'DAILY', startDate: '2026-03-05', endDate: '2026-03-01' }, each, 'UTC'),
    ).toThrow(RangeError);
    expect(() => expandTasks({ kind: 'ONCE', dueDate: '2026-03-05' }, each, 'Nowhere/X')).toThrow(
      RangeError,
    );
  });
});

describe('tasksInPartialWeek', () => {
  it.each([
    [3, 7, 3],
    [3, 1, 1],
    [3, 3, 1],
    [3, 4, 2],
    [3, 5, 2],
    [6, 6, 5],
    [7, 3, 3],
    [1, 1, 1],
    [2, 6, 2],
  ])('%i a week with %i days available -> %i', (n, days, expected) => {
    expect(tasksInPartialWeek(n, days)).toBe(expected);
  });
});

describe('validateSchedule', () => {
  const today = '2026-03-10';
  const fields = (s: Schedule, withToday = true) =>
    validateSchedule(s, withToday ? { today } : {}).map((e) => e.field);

  it('accepts good schedules of every kind', () => {
    expect(fields({ kind: 'ONCE', dueDate: today })).toEqual([]);
    expect(fields({ kind: 'DAILY', startDate: today, endDate: today })).toEqual([]);
    expect(
      fields({ kind: 'N_PER_WEEK', timesPerWeek: 7, startDate: today, endDate: '2026-04-10' }),
    ).toEqual([]);
    expect(
      fields({ kind: 'WEEKLY', weekdays: ['MON', 'SUN'], startDate: today, endDate: '2026-04-10' }),
    ).toEqual([]);
  });

  it('rejects an end before the start', () => {
    expect(
      validateSchedule({ kind: 'DAILY', startDate: '2026-03-12', endDate: '2026-03-11' }),
    ).toEqual([{ field: 'endDate', message: 'The end date is before the start date.' }]);
  });

  it('rejects times per week outside 1–7 and non-whole numbers', () => {
    for (const n of [0, 8, 2.5, Number.NaN]) {
      expect(
        fields({ kind: 'N_PER_WEEK', timesPerWeek: n, startDate: today, endDate: today }),
      ).toEqual(['timesPerWeek']);
    }
    expect(
      fields({ kind: 'N_PER_WEEK', timesPerWeek: 1, startDate: today, endDate: today }),
    ).toEqual([]);
  });

  it('rejects empty, unknown and repeated weekdays', () => {
    expect(fields({ kind: 'WEEKLY', weekdays: [], startDate: today, endDate: today })).toEqual([
      'weekdays',
    ]);
    const unknownDay = ['MON', 'FUNDAY'] as unknown as Weekday[];
    expect(
      fields({ kind: 'WEEKLY', weekdays: unknownDay, startDate: today, endDate: today }),
    ).toEqual(['weekdays.1']);
    expect(
      fields({ kind: 'WEEKLY', weekdays: ['TUE', 'TUE'], startDate: today, endDate: today }),
    ).toEqual(['weekdays.1']);
  });

  it('rejects dates in the past when today is given', () => {
    expect(fields({ kind: 'ONCE', dueDate: '2026-03-09' })).toEqual(['dueDate']);
    expect(fields({ kind: 'ONCE', dueDate: '2026-03-09' }, false)).toEqual([]);
    expect(fields({ kind: 'DAILY', startDate: '2026-03-01', endDate: '2026-03-09' })).toEqual([
      'endDate',
    ]);
    // An assignment under way may keep its past start.
    expect(fields({ kind: 'DAILY', startDate: '2026-03-01', endDate: '2026-03-10' })).toEqual([]);
  });

  it('accepts 366 days and rejects 367', () => {
    expect(fields({ kind: 'DAILY', startDate: '2026-03-10', endDate: '2027-03-10' })).toEqual([]);
    expect(fields({ kind: 'DAILY', startDate: '2026-03-10', endDate: '2027-03-11' })).toEqual([
      'endDate',
    ]);
  });

  it('rejects malformed dates and unknown kinds', () => {
    expect(fields({ kind: 'ONCE', dueDate: '2026-02-30' })).toEqual(['dueDate']);
    expect(fields({ kind: 'DAILY', startDate: '10/03/2026', endDate: '2026-03-1' })).toEqual([
      'startDate',
      'endDate',
    ]);
    expect(fields({ kind: 'MONTHLY' } as unknown as Schedule)).toEqual(['kind']);
  });
});

describe('applyScheduleRule', () => {
  it('fills the coach-chosen dates into a catalogue suggestion', () => {
    const range = { startDate: '2026-03-02', endDate: '2026-03-29' };
    expect(applyScheduleRule({ kind: 'ONCE' }, range)).toEqual({
      kind: 'ONCE',
      dueDate: '2026-03-29',
    });
    expect(applyScheduleRule({ kind: 'N_PER_WEEK', timesPerWeek: 3 }, range)).toEqual({
      kind: 'N_PER_WEEK',
      timesPerWeek: 3,
      ...range,
    });
  });
});

describe('taskState', () => {
  const task = { dueDate: '2026-03-02', dueAt: '2026-03-02T23:59:59.999Z' };
  const at = (iso: string) => new Date(iso);
  const state = (completedAt: string | null, now: string) =>
    taskState(task, completedAt, at(now), 'Europe/London');

  it('DONE up to the last millisecond of the due day, LATE after', () => {
    expect(state('2026-02-27T09:00:00Z', '2026-03-05T00:00:00Z')).toBe('DONE');
    expect(state('2026-03-02T23:59:59.999Z', '2026-03-05T00:00:00Z')).toBe('DONE');
    expect(state('2026-03-03T00:00:00.000Z', '2026-03-05T00:00:00Z')).toBe('LATE');
  });

  it('UPCOMING before the due day, DUE during it', () => {
    expect(state(null, '2026-03-01T23:59:59Z')).toBe('UPCOMING');
    expect(state(null, '2026-03-02T00:00:00Z')).toBe('DUE');
    expect(state(null, '2026-03-02T23:59:59.999Z')).toBe('DUE');
  });

  it('OVERDUE for 7 local days after the due date, MISSED from the 8th', () => {
    expect(state(null, '2026-03-03T00:00:00Z')).toBe('OVERDUE');
    expect(state(null, '2026-03-09T23:59:59Z')).toBe('OVERDUE');
    expect(state(null, '2026-03-10T00:00:00Z')).toBe('MISSED');
  });

  it('uses the couple’s zone to decide what "today" is', () => {
    const nyTask = { dueDate: '2026-03-02', dueAt: '2026-03-03T04:59:59.999Z' };
    // 02:00 UTC on the 3rd is still the evening of the 2nd in New York.
    expect(taskState(nyTask, null, at('2026-03-03T02:00:00Z'), 'America/New_York')).toBe('DUE');
    expect(taskState(nyTask, null, at('2026-03-03T05:00:00Z'), 'America/New_York')).toBe('OVERDUE');
  });
});

describe('validateSchedule horizon', () => {
  it('refuses homework due or starting more than 5 years ahead', () => {
    const today = '2026-03-02';
    expect(validateSchedule({ kind: 'ONCE', dueDate: '2031-03-02' }, { today })).toEqual([]);
    expect(
      validateSchedule({ kind: 'ONCE', dueDate: '2031-03-05' }, { today }).map((e) => e.field),
    ).toEqual(['dueDate']);
    expect(
      validateSchedule(
        { kind: 'DAILY', startDate: '2032-01-01', endDate: '2032-01-07' },
        { today },
      ).map((e) => e.field),
    ).toEqual(['startDate']);
  });
});
