import { expandTasks, type Schedule } from '@hearth/domain';
import { planTasks, type StoredTask } from './task-plan';

const ZONE = 'Europe/London';
const each = { kind: 'EACH' } as const;
const stored = (schedule: Schedule, done: string[] = []): StoredTask[] =>
  expandTasks(schedule, each, ZONE).map((t) => ({
    id: `id-${t.key}`,
    key: t.key,
    dueDate: t.dueDate,
    partner: t.partner,
    done: done.includes(t.key),
  }));

describe('planTasks: what a schedule edit does to the tasks', () => {
  const before = stored({ kind: 'DAILY', startDate: '2026-12-01', endDate: '2026-12-07' }, [
    '2026-12-05:A',
  ]);

  it('keeps every task whose day and partner stay, and adds only the new days', () => {
    const wanted = expandTasks(
      { kind: 'DAILY', startDate: '2026-12-01', endDate: '2026-12-09' },
      each,
      ZONE,
    );
    const plan = planTasks(before, wanted, '2026-12-04');
    // 4th–7th: 8 tasks, of which 5 Dec A is done (untouched), so 7 kept as they are.
    expect(plan.keep).toHaveLength(7);
    expect(plan.keep.every((k) => k.id === `id-${k.key}`)).toBe(true);
    expect(plan.insert.map((t) => t.key)).toEqual([
      '2026-12-08:A',
      '2026-12-08:B',
      '2026-12-09:A',
      '2026-12-09:B',
    ]);
    expect(plan.retire).toEqual([]);
  });

  it('retires the open days that leave, pairing them with the days that arrive', () => {
    const wanted = expandTasks(
      { kind: 'WEEKLY', weekdays: ['MON', 'TUE'], startDate: '2026-12-01', endDate: '2026-12-08' },
      each,
      ZONE,
    );
    const plan = planTasks(before, wanted, '2026-12-04');
    // Mon 7 Dec stays; 4th, 6th and B's 5th leave (A's 5th is done); Tue 8th is new.
    expect(plan.keep.map((k) => k.key)).toEqual(['2026-12-07:A', '2026-12-07:B']);
    expect(plan.insert.map((t) => t.key)).toEqual(['2026-12-08:A', '2026-12-08:B']);
    expect(plan.retire).toEqual([
      { id: 'id-2026-12-04:A', movedToKey: '2026-12-08:A' },
      { id: 'id-2026-12-04:B', movedToKey: '2026-12-08:B' },
      { id: 'id-2026-12-05:B', movedToKey: null },
      { id: 'id-2026-12-06:A', movedToKey: null },
      { id: 'id-2026-12-06:B', movedToKey: null },
    ]);
  });

  it('keeps an n-per-week task on its day under its new slot key, and a done slot stays done', () => {
    const week = { startDate: '2026-11-30', endDate: '2026-12-06' };
    const old = stored({ kind: 'N_PER_WEEK', timesPerWeek: 2, ...week }, ['2026-W49-1:A']);
    const wanted = expandTasks({ kind: 'N_PER_WEEK', timesPerWeek: 3, ...week }, each, ZONE);
    const plan = planTasks(old, wanted, '2026-12-01');
    // Twice a week is due Thu and Sun; three times Wed, Fri, Sun. Sunday's tasks stay
    // (slot 2 becomes slot 3); slot 1 of A is done, so A gets no new slot-1 task.
    expect(plan.keep).toEqual([
      { id: 'id-2026-W49-2:A', key: '2026-W49-3:A' },
      { id: 'id-2026-W49-2:B', key: '2026-W49-3:B' },
    ]);
    expect(plan.insert.map((t) => `${t.key}@${t.dueDate}`)).toEqual([
      '2026-W49-1:B@2026-12-02',
      '2026-W49-2:A@2026-12-04',
      '2026-W49-2:B@2026-12-04',
    ]);
    expect(plan.retire.map((r) => r.id)).toEqual(['id-2026-W49-1:B']);
  });
});
