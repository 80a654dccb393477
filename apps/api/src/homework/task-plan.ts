import type { Task } from '@hearth/domain';

/** A task as stored, for planning an edit. */
export interface StoredTask {
  id: string;
  key: string;
  dueDate: string;
  partner: 'A' | 'B' | null;
  /** Someone completed it: it stays as it is, whatever the new schedule says. */
  done: boolean;
}

/** What a schedule edit does to an assignment's tasks from `fromDate` on. */
export interface TaskPlan {
  /** Open tasks that stay, with the key the new schedule gives their (day, partner). */
  keep: { id: string; key: string }[];
  /** New tasks: days (or partners) the old schedule did not have open. */
  insert: Task[];
  /**
   * Open tasks whose day left the schedule: retired, never silently lost. `movedToKey` is
   * the new task that takes its place when the edit moved days rather than only removed them.
   */
  retire: { id: string; movedToKey: string | null }[];
}

const slot = (t: { dueDate: string; partner: string | null }) => `${t.dueDate}|${t.partner ?? 'T'}`;

/**
 * Plans a schedule edit so that a task keeps its id while its (day, partner) stays in the
 * schedule: a partner who opened it before the edit completes exactly that task. Tasks due
 * before `fromDate`, and completed ones, are never touched, and their keys stay taken (a
 * completed week slot counts as done). Of the open tasks from `fromDate` on, those whose
 * (day, partner) the new schedule still has are kept (re-keyed when an N-per-week slot's
 * numbering shifts); the others are retired; the new schedule's remaining tasks are new.
 * wanted is sorted by day (expandTasks), so new keys pair with retired days in day order.
 */
export function planTasks(stored: StoredTask[], wanted: Task[], fromDate: string): TaskPlan {
  const fixed = stored.filter((t) => t.done || t.dueDate < fromDate);
  const takenKeys = new Set(fixed.map((t) => t.key));
  const open = new Map(stored.filter((t) => !fixed.includes(t)).map((t) => [slot(t), t]));
  const plan: TaskPlan = { keep: [], insert: [], retire: [] };
  for (const w of wanted) {
    if (w.dueDate < fromDate || takenKeys.has(w.key)) continue;
    const existing = open.get(slot(w));
    if (existing) {
      plan.keep.push({ id: existing.id, key: w.key });
      open.delete(slot(w));
    } else {
      plan.insert.push(w);
    }
  }
  // Moved, not removed: per partner, the n-th retired day pairs with the n-th new one.
  const left = [...open.values()].sort((x, y) => (x.dueDate < y.dueDate ? -1 : 1));
  const added = new Map<string, string[]>();
  for (const w of plan.insert)
    added.set(w.partner ?? 'T', [...(added.get(w.partner ?? 'T') ?? []), w.key]);
  plan.retire = left.map((t) => ({
    id: t.id,
    movedToKey: added.get(t.partner ?? 'T')?.shift() ?? null,
  }));
  return plan;
}
