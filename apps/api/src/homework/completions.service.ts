import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { addDays, todayIn, validateAnswers, type ReflectionPrompt } from '@hearth/domain';
import { AccessService, isUuid } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import type { CommentModel } from '../comments/comment.model';
import { CommentsService } from '../comments/comments.service';
import { run, sql } from '../database/sql';
import { transaction } from '../database/transaction';
import type { CompleteTaskInput } from './dto/homework.inputs';
import type { CompletionModel } from './homework.models';
import {
  COMPLETION_COLUMNS,
  COMPLETION_FROM,
  slotOf,
  toCompletion,
  type CompletionRow,
} from './homework.rows';
import { normalizeAnswers } from './reflection-answers';
import { successorTask } from './task-successor';

/** A task can be completed ahead of time, within the coming week. */
const EARLY_COMPLETION_DAYS = 6;

/** The task being completed, with its couple and the exercise's prompts. */
interface CompletableTask {
  couple_id: string;
  time_zone: string;
  partner_a_id: string;
  partner_b_id: string;
  task_partner: 'A' | 'B' | null;
  due_date: string;
  prompts: ReflectionPrompt[];
}

/** Partners' completions of tasks (their reflections), and the coach's review of them. */
@Injectable()
export class CompletionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly comments: CommentsService,
  ) {}

  /**
   * Records a partner's completion. Idempotent per task: double taps, retries and
   * concurrent submits land on the single row the unique index allows. The author may edit
   * it until the local day it was made ends. Safe to retry across a coach's schedule edit
   * too: the task's assignment is locked for share first (edits lock it for update), and a
   * task the edit retired is followed to its successor or answered CONFLICT (successorTask).
   */
  async complete(actor: Actor, input: CompleteTaskInput): Promise<CompletionModel> {
    if (!isUuid(input.taskId)) throw AppError.notFound('Task');
    return transaction(this.db, async (em) => {
      await run(
        em,
        sql`SELECT 1 FROM assignments a WHERE a.clinic_id = ${actor.clinicId} AND a.id IN (
              SELECT t.assignment_id FROM tasks t WHERE t.clinic_id = ${actor.clinicId} AND t.id = ${input.taskId}
              UNION ALL
              SELECT r.assignment_id FROM retired_tasks r WHERE r.clinic_id = ${actor.clinicId} AND r.id = ${input.taskId})
            FOR SHARE OF a`,
      );
      // A new statement: it sees what an edit that held the lock before us committed.
      let taskId = input.taskId;
      let task = await this.completableTask(em, actor, taskId);
      if (!task) {
        taskId = await successorTask(em, this.access, actor, taskId);
        task = await this.completableTask(em, actor, taskId);
      }
      const slot = task ? slotOf(actor, task) : null;
      // Only a partner completes, and only their own side's task or a together one.
      if (!task || !slot || (task.task_partner !== null && task.task_partner !== slot)) {
        throw AppError.notFound('Task');
      }
      const today = todayIn(task.time_zone, this.clock.now());
      const errors = validateAnswers(input.answers ?? [], task.prompts ?? []);
      if (task.due_date > addDays(today, EARLY_COMPLETION_DAYS)) {
        errors.push({ field: 'taskId', message: 'This task is not due yet.' });
      }
      if (errors.length > 0) throw AppError.badInput(errors);
      const answers = normalizeAnswers(input.answers ?? [], task.prompts ?? []);
      const upserted = await run<{ id: string; created: boolean }>(
        em,
        sql`INSERT INTO completions (clinic_id, couple_id, task_id, author_id, partner, completed_at, completed_on,
                                answers, helpfulness, closeness_before, closeness_after, visibility)
       VALUES (${actor.clinicId}, ${task.couple_id}, ${taskId}, ${actor.membershipIds.CLIENT}, ${slot},
               ${this.clock.now()}, ${today}, ${JSON.stringify(answers)}, ${input.helpfulness},
               ${input.closenessBefore}, ${input.closenessAfter}, ${input.visibility ?? 'PRIVATE'})
       ON CONFLICT (clinic_id, task_id, partner) DO UPDATE
         SET answers = EXCLUDED.answers, helpfulness = EXCLUDED.helpfulness,
             closeness_before = EXCLUDED.closeness_before, closeness_after = EXCLUDED.closeness_after,
             visibility = EXCLUDED.visibility, updated_at = now()
         WHERE completions.author_id = EXCLUDED.author_id AND completions.completed_on = EXCLUDED.completed_on
       RETURNING id, (xmax = 0) AS created`,
      );
      const row = upserted[0];
      if (!row) {
        // Each partner has their own completion of a task (a together task may have two), so
        // the only conflict is with one's own earlier-day record: nothing about the partner.
        throw AppError.conflict(
          'You completed this on an earlier day; it can only be edited on the day it was done.',
        );
      }
      // A refused edit (an earlier day, the partner's) changed nothing and has no event.
      await this.audit.record(em, actor, {
        action: row.created ? 'CREATE' : 'UPDATE',
        targetType: 'completion',
        targetId: row.id,
        coupleId: task.couple_id,
        role: 'CLIENT',
      });
      const [completion] = await this.completionsByIds(actor, [row.id], em);
      if (!completion) throw new Error('A completion just written could not be read back.');
      return completion;
    });
  }

  /** The task with its couple and prompts, when it exists and the actor may read it. */
  private async completableTask(
    em: EntityManager,
    actor: Actor,
    taskId: string,
  ): Promise<CompletableTask | undefined> {
    const rows = await run<CompletableTask>(
      em,
      sql`SELECT c.id AS couple_id, c.time_zone, c.partner_a_id, c.partner_b_id, t.partner AS task_partner,
                t.due_date::text AS due_date, coalesce(ce.content, ke.content)->'reflectionPrompts' AS prompts
           FROM tasks t
           JOIN couples c ON c.clinic_id = t.clinic_id AND c.id = t.couple_id
           JOIN assignments a ON a.clinic_id = t.clinic_id AND a.id = t.assignment_id
           LEFT JOIN catalogue_exercises ce ON ce.id = a.catalogue_exercise_id
           LEFT JOIN clinic_exercises ke ON ke.clinic_id = a.clinic_id AND ke.id = a.clinic_exercise_id
          WHERE t.id = ${taskId} AND ${this.access.coupleScope(actor, 'READ')}`,
    );
    return rows[0];
  }

  /** Completions by id that the actor may see (loader for Task.completion). */
  async completionsByIds(
    actor: Actor,
    ids: readonly string[],
    db: DataSource | EntityManager = this.db,
  ): Promise<CompletionModel[]> {
    const rows = await run<CompletionRow>(
      db,
      sql`SELECT ${COMPLETION_COLUMNS} FROM ${COMPLETION_FROM}
           WHERE e.id = ANY(${ids.filter(isUuid)}::uuid[]) AND ${this.access.entryScope(actor)}`,
    );
    return rows.map(toCompletion);
  }

  /** The reflections feed of a couple, newest first: only entries the actor may see. */
  async feed(actor: Actor, coupleId: string, limit: number): Promise<CompletionModel[]> {
    await this.access.requireCouple(actor, coupleId, 'READ');
    const rows = await run<CompletionRow>(
      this.db,
      sql`SELECT ${COMPLETION_COLUMNS} FROM ${COMPLETION_FROM}
        WHERE e.couple_id = ${coupleId} AND ${this.access.entryScope(actor)}
        ORDER BY e.completed_at DESC LIMIT ${Math.min(Math.max(limit, 1), 200)}`,
    );
    return rows.map(toCompletion);
  }

  /**
   * Coach only: a completion of their caseload, locked for update, its couple for share
   * (lock order: couple, then entry). A reassignment of the couple waits for this write; a
   * write that waited for one no longer finds the completion, before it writes anything.
   */
  private async coachCompletion(
    em: EntityManager,
    actor: Actor,
    completionId: string,
  ): Promise<{ couple_id: string }> {
    const rows = isUuid(completionId)
      ? await run<{ couple_id: string }>(
          em,
          sql`SELECT e.couple_id FROM completions e JOIN couples c ON c.clinic_id = e.clinic_id AND c.id = e.couple_id
            WHERE e.id = ${completionId} AND ${this.access.coupleScope(actor, 'MANAGE')}
            FOR SHARE OF c FOR UPDATE OF e`,
        )
      : [];
    if (!rows[0]) throw AppError.notFound('Completion');
    return rows[0];
  }

  /**
   * The couple's coach replies on a completion; a reply marks it reviewed. The comment is
   * read back in the transaction that wrote it: the answer is true even if the couple moves
   * to another coach the moment after.
   */
  async comment(actor: Actor, completionId: string, body: string): Promise<CommentModel> {
    return transaction(this.db, async (em) => {
      const { couple_id } = await this.coachCompletion(em, actor, completionId);
      const entry = { kind: 'completion' as const, id: completionId, coupleId: couple_id };
      const id = await this.comments.add(em, actor, entry, body);
      // A reply means the coach has read it.
      await run(
        em,
        sql`UPDATE completions SET reviewed_at = coalesce(reviewed_at, now())
             WHERE clinic_id = ${actor.clinicId} AND id = ${completionId}`,
      );
      await this.audit.record(em, actor, {
        action: 'CREATE',
        targetType: 'comment',
        targetId: id,
        coupleId: couple_id,
        role: 'COACH',
        detail: { completionId },
      });
      return this.comments.written(em, actor, entry, id);
    });
  }

  async markReviewed(
    actor: Actor,
    completionId: string,
    reviewed: boolean,
  ): Promise<CompletionModel> {
    return transaction(this.db, async (em) => {
      const { couple_id } = await this.coachCompletion(em, actor, completionId);
      await run(
        em,
        sql`UPDATE completions SET reviewed_at = CASE WHEN ${reviewed} THEN coalesce(reviewed_at, now()) END
          WHERE clinic_id = ${actor.clinicId} AND id = ${completionId}`,
      );
      await this.audit.record(em, actor, {
        action: 'UPDATE',
        targetType: 'completion',
        targetId: completionId,
        coupleId: couple_id,
        role: 'COACH',
        detail: { reviewed },
      });
      const [c] = await this.completionsByIds(actor, [completionId], em);
      if (!c) throw new Error('A completion just reviewed could not be read back.');
      return c;
    });
  }

  /** The author may edit a completion until the local day it was made ends. */
  isEditable(actor: Actor, c: CompletionModel): boolean {
    return (
      c.authorId === actor.membershipIds.CLIENT &&
      c.completedOn === todayIn(c.timeZone, this.clock.now())
    );
  }
}
