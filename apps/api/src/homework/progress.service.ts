import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, isUuid } from '../access/access.service';
import type { Actor } from '../common/actor';
import { run, sql } from '../database/sql';
import type { AssignmentProgressModel, HomeworkSummaryModel } from './homework.models';
import { coupleToday, DB_NOW, dueByToday, overdueTask } from './task-rules';

/** Progress figures: per assignment, and the coach's caseload summary per couple. */
@Injectable()
export class ProgressService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  /**
   * Progress of many assignments at once (loader): one GROUP BY.
   *
   * Privacy invariant (PRODUCT.md): a partner's figures are made of the tasks they see and
   * the completions they may see (AccessService.taskScope / entryScope), so nothing the other
   * partner records PRIVATELY moves them.
   */
  async progressOf(
    actor: Actor,
    assignmentIds: readonly string[],
  ): Promise<Map<string, AssignmentProgressModel>> {
    const rows = await run<{
      assignment_id: string;
      due: string;
      done: string;
      overdue: string;
      upcoming: string;
    }>(
      this.db,
      sql`SELECT t.assignment_id,
                count(*) FILTER (WHERE ${dueByToday()}) AS due,
                count(*) FILTER (WHERE v.done) AS done,
                count(*) FILTER (WHERE NOT v.done AND ${overdueTask()}) AS overdue,
                count(*) FILTER (WHERE NOT v.done AND t.due_at >= now()) AS upcoming
           FROM tasks t
           JOIN couples c ON c.clinic_id = t.clinic_id AND c.id = t.couple_id
           CROSS JOIN LATERAL (
             SELECT EXISTS (SELECT 1 FROM completions e
                             WHERE e.clinic_id = t.clinic_id AND e.task_id = t.id
                               AND ${this.access.entryScope(actor)}) AS done
           ) v
          WHERE t.assignment_id = ANY(${assignmentIds.filter(isUuid)}::uuid[])
            AND ${this.access.coupleScope(actor, 'READ')} AND ${this.access.taskScope(actor)}
          GROUP BY t.assignment_id`,
    );
    return new Map(
      rows.map((r) => [
        r.assignment_id,
        {
          due: Number(r.due),
          done: Number(r.done),
          overdue: Number(r.overdue),
          upcoming: Number(r.upcoming),
        },
      ]),
    );
  }

  /** The coach's caseload figures for many couples: one GROUP BY for the whole list. */
  async summaries(
    actor: Actor,
    coupleIds: readonly string[],
  ): Promise<Map<string, HomeworkSummaryModel>> {
    const today = sql`cc.today`;
    const rows = await run<{
      couple_id: string;
      due: string;
      done: string;
      overdue: string;
      unreviewed: string;
    }>(
      this.db,
      sql`WITH cc AS (
           SELECT c.id, c.clinic_id, ${coupleToday()} AS today FROM couples c
            WHERE c.id = ANY(${coupleIds.filter(isUuid)}::uuid[]) AND ${this.access.coupleScope(actor, 'MANAGE')})
         SELECT cc.id AS couple_id,
                -- A together task may have a completion per partner: count tasks, not rows.
                count(DISTINCT t.id) FILTER (WHERE t.due_date BETWEEN date_trunc('week', cc.today)::date
                                                          AND date_trunc('week', cc.today)::date + 6) AS due,
                count(DISTINCT e.task_id) FILTER (WHERE t.due_date BETWEEN date_trunc('week', cc.today)::date
                                                          AND date_trunc('week', cc.today)::date + 6) AS done,
                count(t.id) FILTER (WHERE e.id IS NULL AND ${overdueTask(DB_NOW, today)}) AS overdue,
                count(e.id) FILTER (WHERE e.reviewed_at IS NULL) AS unreviewed
           FROM cc
           LEFT JOIN tasks t ON t.clinic_id = cc.clinic_id AND t.couple_id = cc.id
           LEFT JOIN completions e ON e.clinic_id = t.clinic_id AND e.task_id = t.id
          GROUP BY cc.id`,
    );
    return new Map(
      rows.map((r) => [
        r.couple_id,
        {
          dueThisWeek: Number(r.due),
          doneThisWeek: Number(r.done),
          overdue: Number(r.overdue),
          unreviewed: Number(r.unreviewed),
        },
      ]),
    );
  }
}
