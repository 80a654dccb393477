import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { addDays, startOfIsoWeek, taskState, todayIn, type FieldError } from '@hearth/domain';
import { AccessService } from '../access/access.service';
import type { Actor } from '../common/actor';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { localDateProblem } from '../common/validators';
import { run, sql } from '../database/sql';
import type { TaskModel } from './homework.models';
import { coupleFor, type TaskRow } from './homework.rows';

/** Clients see the tasks of their own side and the ones done together. */
const MAX_TASK_RANGE_DAYS = 92;

/** A couple's tasks with their state, and the couple's local calendar. */
@Injectable()
export class TasksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  /**
   * Tasks of a couple between two local dates with their state. The coach sees every task;
   * a partner sees their own and the ones done together. A together task shows as done to
   * both partners whoever recorded it (it is a shared activity); the reflection itself
   * follows its visibility.
   */
  async tasks(actor: Actor, coupleId: string, from: string, to: string): Promise<TaskModel[]> {
    const couple = await coupleFor(this.db, this.access, actor, coupleId, 'READ');
    const errors: FieldError[] = [];
    for (const [field, value] of [
      ['from', from],
      ['to', to],
    ] as const) {
      const problem = localDateProblem(value);
      if (problem) errors.push({ field, message: problem });
    }
    if (errors.length === 0 && (to < from || to > addDays(from, MAX_TASK_RANGE_DAYS))) {
      errors.push({
        field: 'to',
        message: `Choose a range of at most ${MAX_TASK_RANGE_DAYS} days.`,
      });
    }
    if (errors.length > 0) throw AppError.badInput(errors);
    // Privacy invariant: a task's state and completion come from the completions the actor
    // may see (their own first), never from the partner's PRIVATE ones.
    const rows = await run<TaskRow>(
      this.db,
      sql`SELECT t.id, t.assignment_id, t.due_date::text AS due_date, t.due_at, t.partner,
              v.id AS completion_id, v.completed_at, c.time_zone
         FROM tasks t
         JOIN couples c ON c.clinic_id = t.clinic_id AND c.id = t.couple_id
         LEFT JOIN LATERAL (
           SELECT e.id, e.completed_at FROM completions e
            WHERE e.clinic_id = t.clinic_id AND e.task_id = t.id AND ${this.access.entryScope(actor)}
            ORDER BY e.author_id = ${actor.membershipIds.CLIENT ?? null} DESC, e.completed_at LIMIT 1
         ) v ON true
        WHERE t.clinic_id = ${actor.clinicId} AND t.couple_id = ${couple.id}
          AND t.due_date BETWEEN ${from} AND ${to} AND ${this.access.taskScope(actor)}
        ORDER BY t.due_date, t.partner NULLS LAST`,
    );
    const now = this.clock.now();
    return rows.map((r) => ({
      id: r.id,
      assignmentId: r.assignment_id,
      dueDate: r.due_date,
      dueAt: r.due_at,
      partner: r.partner,
      completionId: r.completion_id,
      state: taskState(
        { dueDate: r.due_date, dueAt: r.due_at.toISOString() },
        r.completed_at,
        now,
        r.time_zone,
      ),
    }));
  }

  /** "Today" and the ISO week in the couple's zone, for client pages. */
  todayOf(timeZone: string): { today: string; weekStart: string } {
    const today = todayIn(timeZone, this.clock.now());
    return { today, weekStart: startOfIsoWeek(today) };
  }
}
