import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  addDays,
  describeSchedule,
  expandTasks,
  MISSED_AFTER_DAYS,
  startOfIsoWeek,
  taskState,
  todayIn,
  validateSchedule,
  type Audience,
  type FieldError,
  type ReflectionPrompt,
  type Schedule,
} from '@hearth/domain';
import { AccessService, isUuid, type CouplePermission } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { localDateProblem } from '../common/validators';
import type { AssignmentStatus, AudienceKind } from './assignment.entity';
import type { ReflectionAnswer, Visibility } from './completion.entity';
import type {
  AssignExerciseInput,
  CompleteTaskInput,
  ReflectionAnswerInput,
  ScheduleInput,
  UpdateAssignmentInput,
} from './dto/homework.inputs';
import type {
  AssignmentModel,
  AssignmentProgressModel,
  CompletionModel,
  HomeworkSummaryModel,
  TaskModel,
} from './homework.models';

interface CoupleRow {
  id: string;
  time_zone: string;
  partner_a_id: string;
  partner_b_id: string;
}

interface AssignmentRow {
  id: string;
  couple_id: string;
  exercise_id: string;
  audience: AudienceKind;
  audience_partner: 'A' | 'B' | null;
  schedule: Schedule;
  note: string;
  status: AssignmentStatus;
  created_at: Date;
}

interface TaskRow {
  id: string;
  assignment_id: string;
  due_date: string;
  due_at: Date;
  partner: 'A' | 'B' | null;
  completion_id: string | null;
  completed_at: Date | null;
  time_zone: string;
}

interface CompletionRow {
  id: string;
  task_id: string;
  couple_id: string;
  assignment_id: string;
  exercise_title: string;
  due_date: string;
  partner: 'A' | 'B';
  author_id: string;
  completed_at: Date;
  completed_on: string;
  answers: ReflectionAnswer[];
  helpfulness: number;
  closeness_before: number;
  closeness_after: number;
  visibility: Visibility;
  reviewed_at: Date | null;
  time_zone: string;
}

const ASSIGNMENT_COLUMNS = `a.id, a.couple_id, coalesce(a.catalogue_exercise_id, a.clinic_exercise_id) AS exercise_id,
  a.audience, a.audience_partner, a.schedule, a.note, a.status, a.created_at`;

/** Completions (alias e) with their couple (c), task (t) and exercise title. */
const COMPLETION_FROM = `completions e
  JOIN couples c ON c.clinic_id = e.clinic_id AND c.id = e.couple_id
  JOIN tasks t ON t.clinic_id = e.clinic_id AND t.id = e.task_id
  JOIN assignments a ON a.clinic_id = t.clinic_id AND a.id = t.assignment_id
  LEFT JOIN catalogue_exercises ce ON ce.id = a.catalogue_exercise_id
  LEFT JOIN clinic_exercises ke ON ke.clinic_id = a.clinic_id AND ke.id = a.clinic_exercise_id`;

const COMPLETION_COLUMNS = `e.id, e.task_id, e.couple_id, t.assignment_id, coalesce(ce.title, ke.title) AS exercise_title,
  t.due_date::text AS due_date, e.partner, e.author_id, e.completed_at, e.completed_on::text AS completed_on,
  e.answers, e.helpfulness, e.closeness_before, e.closeness_after, e.visibility, e.reviewed_at, c.time_zone`;

/** Clients see the tasks of their own side and the ones done together. */
const MAX_TASK_RANGE_DAYS = 92;
/** A task can be completed ahead of time, within the coming week. */
const EARLY_COMPLETION_DAYS = 6;

function toAssignment(r: AssignmentRow): AssignmentModel {
  const s = r.schedule;
  return {
    id: r.id,
    coupleId: r.couple_id,
    exerciseId: r.exercise_id,
    audience: r.audience,
    audiencePartner: r.audience_partner,
    note: r.note,
    status: r.status,
    createdAt: r.created_at,
    schedule: {
      kind: s.kind,
      dueDate: s.kind === 'ONCE' ? s.dueDate : null,
      startDate: s.kind === 'ONCE' ? null : s.startDate,
      endDate: s.kind === 'ONCE' ? null : s.endDate,
      timesPerWeek: s.kind === 'N_PER_WEEK' ? s.timesPerWeek : null,
      weekdays: s.kind === 'WEEKLY' ? s.weekdays : null,
      summary: describeSchedule(s),
    },
  };
}

function toCompletion(r: CompletionRow): CompletionModel {
  return {
    id: r.id,
    taskId: r.task_id,
    coupleId: r.couple_id,
    assignmentId: r.assignment_id,
    exerciseTitle: r.exercise_title,
    dueDate: r.due_date,
    partner: r.partner,
    authorId: r.author_id,
    completedAt: r.completed_at,
    completedOn: r.completed_on,
    answers: r.answers.map((a) => ({
      promptId: a.promptId,
      text: a.text ?? null,
      scale: a.scale ?? null,
      yes: a.yes ?? null,
    })),
    helpfulness: r.helpfulness,
    closenessBefore: r.closeness_before,
    closenessAfter: r.closeness_after,
    visibility: r.visibility,
    reviewedAt: r.reviewed_at,
    timeZone: r.time_zone,
  };
}

function scheduleFrom(input: ScheduleInput): Schedule {
  switch (input.kind) {
    case 'ONCE':
      return { kind: 'ONCE', dueDate: input.dueDate ?? '' };
    case 'DAILY':
      return { kind: 'DAILY', startDate: input.startDate ?? '', endDate: input.endDate ?? '' };
    case 'N_PER_WEEK':
      return {
        kind: 'N_PER_WEEK',
        timesPerWeek: input.timesPerWeek ?? 0,
        startDate: input.startDate ?? '',
        endDate: input.endDate ?? '',
      };
    case 'WEEKLY':
      return {
        kind: 'WEEKLY',
        weekdays: (input.weekdays ?? []) as Extract<Schedule, { kind: 'WEEKLY' }>['weekdays'],
        startDate: input.startDate ?? '',
        endDate: input.endDate ?? '',
      };
  }
}

const prefixed = (prefix: string, errors: FieldError[]) =>
  errors.map((e) => ({ field: `${prefix}.${e.field}`, message: e.message }));

/** The side (A or B) of a client in a couple, or null for anyone else. */
function slotOf(actor: Actor, couple: CoupleRow): 'A' | 'B' | null {
  const me = actor.membershipIds.CLIENT;
  if (!me) return null;
  if (couple.partner_a_id === me) return 'A';
  if (couple.partner_b_id === me) return 'B';
  return null;
}

@Injectable()
export class HomeworkService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  private async couple(
    actor: Actor,
    coupleId: string,
    permission: CouplePermission,
  ): Promise<CoupleRow> {
    const scope = this.access.legacyCoupleScope(actor, permission, 2);
    const rows: CoupleRow[] = isUuid(coupleId)
      ? await this.db.query(
          `SELECT c.id, c.time_zone, c.partner_a_id, c.partner_b_id FROM couples c WHERE c.id = $1 AND ${scope.where}`,
          [coupleId, ...scope.params],
        )
      : [];
    if (!rows[0]) throw AppError.notFound('Couple');
    return rows[0];
  }

  /** An assignment the actor may manage, with its couple's time zone (row locked). */
  private async managedAssignment(
    em: EntityManager,
    actor: Actor,
    id: string,
  ): Promise<AssignmentRow & { time_zone: string }> {
    const scope = this.access.legacyCoupleScope(actor, 'MANAGE', 2);
    const rows: (AssignmentRow & { time_zone: string })[] = isUuid(id)
      ? await em.query(
          `SELECT ${ASSIGNMENT_COLUMNS}, c.time_zone FROM assignments a
             JOIN couples c ON c.clinic_id = a.clinic_id AND c.id = a.couple_id
            WHERE a.id = $1 AND ${scope.where} FOR UPDATE OF a`,
          [id, ...scope.params],
        )
      : [];
    if (!rows[0]) throw AppError.notFound('Assignment');
    return rows[0];
  }

  async assign(actor: Actor, input: AssignExerciseInput): Promise<AssignmentModel> {
    const couple = await this.couple(actor, input.coupleId, 'MANAGE');
    const today = todayIn(couple.time_zone, this.clock.now());
    const schedule = scheduleFrom(input.schedule);
    const errors = prefixed('schedule', validateSchedule(schedule, { today }));
    const audience = this.audienceFrom(input.audience, input.audiencePartner, errors);
    if (errors.length > 0) throw AppError.badInput(errors);
    const exercise: { built_in: boolean }[] = await this.db.query(
      `SELECT true AS built_in FROM catalogue_exercises WHERE id = $2
       UNION ALL
       SELECT false FROM clinic_exercises WHERE clinic_id = $1 AND id = $2 AND archived_at IS NULL`,
      [actor.clinicId, input.exerciseId],
    );
    if (!exercise[0]) throw AppError.field('exerciseId', 'Choose an exercise from the catalogue.');
    const builtIn = exercise[0].built_in;
    const id = await this.db.transaction(async (em) => {
      const rows: { id: string }[] = await em.query(
        `INSERT INTO assignments (clinic_id, couple_id, catalogue_exercise_id, clinic_exercise_id, audience,
           audience_partner, schedule, start_date, end_date, note, created_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        [
          actor.clinicId,
          couple.id,
          builtIn ? input.exerciseId : null,
          builtIn ? null : input.exerciseId,
          audience.kind,
          audience.kind === 'ONE' ? audience.partner : null,
          schedule,
          ...this.range(schedule),
          input.note?.trim() ?? '',
          actor.membershipIds.COACH,
        ],
      );
      const assignmentId = rows[0]!.id;
      await insertTasks(
        em,
        actor.clinicId,
        couple.id,
        assignmentId,
        schedule,
        audience,
        couple.time_zone,
      );
      await this.audit.record(em, actor, {
        action: 'CREATE',
        targetType: 'assignment',
        targetId: assignmentId,
        coupleId: couple.id,
        role: 'COACH',
      });
      return assignmentId;
    });
    return this.assignment(actor, id);
  }

  private audienceFrom(
    kind: AudienceKind,
    partner: 'A' | 'B' | undefined,
    errors: FieldError[],
  ): Audience {
    if (kind === 'ONE') {
      if (partner !== 'A' && partner !== 'B') {
        errors.push({ field: 'audiencePartner', message: 'Choose which partner does it.' });
        return { kind: 'EACH' };
      }
      return { kind: 'ONE', partner };
    }
    return { kind };
  }

  private range(schedule: Schedule): [string, string] {
    return schedule.kind === 'ONCE'
      ? [schedule.dueDate, schedule.dueDate]
      : [schedule.startDate, schedule.endDate];
  }

  /**
   * Edits apply from today on: tasks before today, and any task already completed, stay as
   * they are; the rest are replaced by the new schedule's tasks (matched by key).
   */
  async update(actor: Actor, id: string, input: UpdateAssignmentInput): Promise<AssignmentModel> {
    await this.db.transaction(async (em) => {
      const a = await this.managedAssignment(em, actor, id);
      if (a.status === 'ENDED')
        throw AppError.conflict('This assignment has ended; assign the exercise again.');
      const today = todayIn(a.time_zone, this.clock.now());
      let schedule = a.schedule;
      if (input.schedule) {
        schedule = scheduleFrom(input.schedule);
        const errors = prefixed('schedule', validateSchedule(schedule, { today }));
        if (errors.length > 0) throw AppError.badInput(errors);
      }
      await em.query(
        `UPDATE assignments SET schedule = $3, start_date = $4, end_date = $5, note = $6, updated_at = now()
          WHERE clinic_id = $1 AND id = $2`,
        [actor.clinicId, id, schedule, ...this.range(schedule), input.note?.trim() ?? a.note],
      );
      if (input.schedule && a.status === 'ACTIVE') {
        await this.replaceFutureTasks(em, actor.clinicId, a, schedule, today);
      }
      await this.audit.record(em, actor, {
        action: 'UPDATE',
        targetType: 'assignment',
        targetId: id,
        coupleId: a.couple_id,
        role: 'COACH',
        // Which parts changed, never the note's text.
        detail: {
          changed: [input.note != null && 'note', input.schedule && 'schedule'].filter(Boolean),
        },
      });
    });
    return this.assignment(actor, id);
  }

  private async replaceFutureTasks(
    em: EntityManager,
    clinicId: string,
    a: AssignmentRow & { time_zone: string },
    schedule: Schedule,
    today: string,
  ): Promise<void> {
    await deleteOpenTasksFrom(em, clinicId, a.id, today);
    const audience: Audience =
      a.audience === 'ONE'
        ? { kind: 'ONE', partner: a.audience_partner ?? 'A' }
        : { kind: a.audience };
    await insertTasks(em, clinicId, a.couple_id, a.id, schedule, audience, a.time_zone, today);
  }

  /** Pause and end remove the open tasks from today on; resuming brings them back. */
  async setStatus(actor: Actor, id: string, status: AssignmentStatus): Promise<AssignmentModel> {
    await this.db.transaction(async (em) => {
      const a = await this.managedAssignment(em, actor, id);
      if (a.status === 'ENDED') throw AppError.conflict('This assignment has ended.');
      if (a.status === status) return;
      const today = todayIn(a.time_zone, this.clock.now());
      await em.query(
        'UPDATE assignments SET status = $3, updated_at = now() WHERE clinic_id = $1 AND id = $2',
        [actor.clinicId, id, status],
      );
      if (status === 'ACTIVE') {
        await this.replaceFutureTasks(em, actor.clinicId, a, a.schedule, today);
      } else {
        await deleteOpenTasksFrom(em, actor.clinicId, id, today);
      }
      await this.audit.record(em, actor, {
        action: 'UPDATE',
        targetType: 'assignment',
        targetId: id,
        coupleId: a.couple_id,
        role: 'COACH',
        detail: { status: { from: a.status, to: status } },
      });
    });
    return this.assignment(actor, id);
  }

  /** Only an assignment nobody has completed anything of can be deleted. */
  async delete(actor: Actor, id: string): Promise<boolean> {
    await this.db.transaction(async (em) => {
      const a = await this.managedAssignment(em, actor, id);
      const done: unknown[] = await em.query(
        `SELECT 1 FROM completions e JOIN tasks t ON t.clinic_id = e.clinic_id AND t.id = e.task_id
          WHERE t.clinic_id = $1 AND t.assignment_id = $2 LIMIT 1`,
        [actor.clinicId, id],
      );
      if (done.length > 0) {
        throw AppError.conflict(
          'Partners have already completed some of this; end the assignment instead.',
        );
      }
      await em.query('DELETE FROM assignments WHERE clinic_id = $1 AND id = $2', [
        actor.clinicId,
        id,
      ]);
      await this.audit.record(em, actor, {
        action: 'DELETE',
        targetType: 'assignment',
        targetId: id,
        coupleId: a.couple_id,
        role: 'COACH',
      });
    });
    return true;
  }

  async assignment(actor: Actor, id: string): Promise<AssignmentModel> {
    // A malformed id names nothing: NOT_FOUND like any other (never a database error).
    if (!isUuid(id)) throw AppError.notFound('Assignment');
    const scope = this.access.legacyCoupleScope(actor, 'READ', 2);
    const rows: AssignmentRow[] = await this.db.query(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM assignments a JOIN couples c ON c.clinic_id = a.clinic_id AND c.id = a.couple_id
        WHERE a.id = $1 AND ${scope.where}`,
      [id, ...scope.params],
    );
    if (!rows[0]) throw AppError.notFound('Assignment');
    return toAssignment(rows[0]);
  }

  /** Assignments by id (loader), of couples the actor may read: one query for all. */
  async assignmentsByIds(
    actor: Actor,
    ids: readonly string[],
  ): Promise<Map<string, AssignmentModel>> {
    const scope = this.access.legacyCoupleScope(actor, 'READ', 2);
    const rows: AssignmentRow[] = await this.db.query(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM assignments a JOIN couples c ON c.clinic_id = a.clinic_id AND c.id = a.couple_id
        WHERE a.id = ANY($1::uuid[]) AND ${scope.where}`,
      [ids.filter(isUuid), ...scope.params],
    );
    return new Map(rows.map((r) => [r.id, toAssignment(r)]));
  }

  /** Assignments of many couples at once (loader), for couples the actor may read. */
  async assignmentsOfCouples(
    actor: Actor,
    coupleIds: readonly string[],
  ): Promise<Map<string, AssignmentModel[]>> {
    const scope = this.access.legacyCoupleScope(actor, 'READ', 2);
    const rows: AssignmentRow[] = await this.db.query(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM assignments a JOIN couples c ON c.clinic_id = a.clinic_id AND c.id = a.couple_id
        WHERE a.couple_id = ANY($1::uuid[]) AND ${scope.where}
        ORDER BY a.status = 'ENDED', a.created_at DESC`,
      [coupleIds.filter(isUuid), ...scope.params],
    );
    const byCouple = new Map<string, AssignmentModel[]>();
    for (const r of rows)
      byCouple.set(r.couple_id, [...(byCouple.get(r.couple_id) ?? []), toAssignment(r)]);
    return byCouple;
  }

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
    const scope = this.access.legacyCoupleScope(actor, 'READ', 2);
    const tasks = this.access.legacyTaskScope(actor, 2 + scope.params.length);
    const entries = this.access.legacyEntryScope(
      actor,
      2 + scope.params.length + tasks.params.length,
    );
    const rows: {
      assignment_id: string;
      due: string;
      done: string;
      overdue: string;
      upcoming: string;
    }[] = await this.db.query(
      `SELECT t.assignment_id,
                count(*) FILTER (WHERE t.due_date <= (now() AT TIME ZONE c.time_zone)::date) AS due,
                count(*) FILTER (WHERE v.done) AS done,
                count(*) FILTER (WHERE NOT v.done AND t.due_at < now()
                                   AND t.due_date >= (now() AT TIME ZONE c.time_zone)::date - ${MISSED_AFTER_DAYS}) AS overdue,
                count(*) FILTER (WHERE NOT v.done AND t.due_at >= now()) AS upcoming
           FROM tasks t
           JOIN couples c ON c.clinic_id = t.clinic_id AND c.id = t.couple_id
           CROSS JOIN LATERAL (
             SELECT EXISTS (SELECT 1 FROM completions e
                             WHERE e.clinic_id = t.clinic_id AND e.task_id = t.id AND ${entries.where}) AS done
           ) v
          WHERE t.assignment_id = ANY($1::uuid[]) AND ${scope.where} AND ${tasks.where}
          GROUP BY t.assignment_id`,
      [assignmentIds.filter(isUuid), ...scope.params, ...tasks.params, ...entries.params],
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

  /**
   * Tasks of a couple between two local dates with their state. The coach sees every task;
   * a partner sees their own and the ones done together. A together task shows as done to
   * both partners whoever recorded it (it is a shared activity); the reflection itself
   * follows its visibility.
   */
  async tasks(actor: Actor, coupleId: string, from: string, to: string): Promise<TaskModel[]> {
    const couple = await this.couple(actor, coupleId, 'READ');
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
    const tasks = this.access.legacyTaskScope(actor, 5);
    const entries = this.access.legacyEntryScope(actor, 5 + tasks.params.length);
    // Privacy invariant: a task's state and completion come from the completions the actor
    // may see (their own first), never from the partner's PRIVATE ones.
    const rows: TaskRow[] = await this.db.query(
      `SELECT t.id, t.assignment_id, t.due_date::text AS due_date, t.due_at, t.partner,
              v.id AS completion_id, v.completed_at, c.time_zone
         FROM tasks t
         JOIN couples c ON c.clinic_id = t.clinic_id AND c.id = t.couple_id
         LEFT JOIN LATERAL (
           SELECT e.id, e.completed_at FROM completions e
            WHERE e.clinic_id = t.clinic_id AND e.task_id = t.id AND ${entries.where}
            ORDER BY e.author_id = $${5 + tasks.params.length + 2} DESC, e.completed_at LIMIT 1
         ) v ON true
        WHERE t.clinic_id = $1 AND t.couple_id = $2 AND t.due_date BETWEEN $3 AND $4 AND ${tasks.where}
        ORDER BY t.due_date, t.partner NULLS LAST`,
      [actor.clinicId, couple.id, from, to, ...tasks.params, ...entries.params],
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

  /**
   * Records a partner's completion. Idempotent per task: double taps, retries and
   * concurrent submits land on the single row the unique index allows. The author may edit
   * it until the local day it was made ends.
   */
  async complete(actor: Actor, input: CompleteTaskInput): Promise<CompletionModel> {
    const scope = this.access.legacyCoupleScope(actor, 'READ', 2);
    const rows: (CoupleRow & {
      task_partner: 'A' | 'B' | null;
      due_date: string;
      prompts: ReflectionPrompt[];
    })[] = await this.db.query(
      `SELECT c.id, c.time_zone, c.partner_a_id, c.partner_b_id, t.partner AS task_partner,
                t.due_date::text AS due_date, coalesce(ce.content, ke.content)->'reflectionPrompts' AS prompts
           FROM tasks t
           JOIN couples c ON c.clinic_id = t.clinic_id AND c.id = t.couple_id
           JOIN assignments a ON a.clinic_id = t.clinic_id AND a.id = t.assignment_id
           LEFT JOIN catalogue_exercises ce ON ce.id = a.catalogue_exercise_id
           LEFT JOIN clinic_exercises ke ON ke.clinic_id = a.clinic_id AND ke.id = a.clinic_exercise_id
          WHERE t.id = $1 AND ${scope.where}`,
      [isUuid(input.taskId) ? input.taskId : null, ...scope.params],
    );
    const task = rows[0];
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
    const upserted = await this.audit.write(
      actor,
      async (em): Promise<{ id: string; created: boolean }[]> =>
        em.query(
          `INSERT INTO completions (clinic_id, couple_id, task_id, author_id, partner, completed_at, completed_on,
                                answers, helpfulness, closeness_before, closeness_after, visibility)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (clinic_id, task_id, partner) DO UPDATE
         SET answers = EXCLUDED.answers, helpfulness = EXCLUDED.helpfulness,
             closeness_before = EXCLUDED.closeness_before, closeness_after = EXCLUDED.closeness_after,
             visibility = EXCLUDED.visibility, updated_at = now()
         WHERE completions.author_id = EXCLUDED.author_id AND completions.completed_on = EXCLUDED.completed_on
       RETURNING id, (xmax = 0) AS created`,
          [
            actor.clinicId,
            task.id,
            input.taskId,
            actor.membershipIds.CLIENT,
            slot,
            this.clock.now(),
            today,
            JSON.stringify(answers),
            input.helpfulness,
            input.closenessBefore,
            input.closenessAfter,
            input.visibility ?? 'PRIVATE',
          ],
        ),
      // A refused edit (an earlier day, the partner's) changed nothing: no event.
      (rows) =>
        rows[0]
          ? {
              action: rows[0].created ? 'CREATE' : 'UPDATE',
              targetType: 'completion',
              targetId: rows[0].id,
              coupleId: task.id,
              role: 'CLIENT',
            }
          : [],
    );
    if (!upserted[0]) {
      // Each partner has their own completion of a task (a together task may have two), so
      // the only conflict is with one's own earlier-day record: nothing about the partner.
      throw AppError.conflict(
        'You completed this on an earlier day; it can only be edited on the day it was done.',
      );
    }
    const [completion] = await this.completionsByIds(actor, [upserted[0].id]);
    if (!completion) throw AppError.notFound('Completion');
    return completion;
  }

  /** Completions by id that the actor may see (loader for Task.completion). */
  async completionsByIds(actor: Actor, ids: readonly string[]): Promise<CompletionModel[]> {
    const scope = this.access.legacyEntryScope(actor, 2);
    const rows: CompletionRow[] = await this.db.query(
      `SELECT ${COMPLETION_COLUMNS} FROM ${COMPLETION_FROM} WHERE e.id = ANY($1::uuid[]) AND ${scope.where}`,
      [ids.filter(isUuid), ...scope.params],
    );
    return rows.map(toCompletion);
  }

  /** The reflections feed of a couple, newest first: only entries the actor may see. */
  async feed(actor: Actor, coupleId: string, limit: number): Promise<CompletionModel[]> {
    await this.access.requireCouple(actor, coupleId, 'READ');
    const scope = this.access.legacyEntryScope(actor, 3);
    const rows: CompletionRow[] = await this.db.query(
      `SELECT ${COMPLETION_COLUMNS} FROM ${COMPLETION_FROM}
        WHERE e.couple_id = $1 AND ${scope.where}
        ORDER BY e.completed_at DESC LIMIT $2`,
      [coupleId, Math.min(Math.max(limit, 1), 200), ...scope.params],
    );
    return rows.map(toCompletion);
  }

  /** Coach only: a completion of their caseload, locked for update. */
  private async coachCompletion(
    em: EntityManager,
    actor: Actor,
    completionId: string,
  ): Promise<{ couple_id: string }> {
    const scope = this.access.legacyCoupleScope(actor, 'MANAGE', 2);
    const rows: { couple_id: string }[] = isUuid(completionId)
      ? await em.query(
          `SELECT e.couple_id FROM completions e JOIN couples c ON c.clinic_id = e.clinic_id AND c.id = e.couple_id
            WHERE e.id = $1 AND ${scope.where} FOR UPDATE OF e`,
          [completionId, ...scope.params],
        )
      : [];
    if (!rows[0]) throw AppError.notFound('Completion');
    return rows[0];
  }

  async comment(actor: Actor, completionId: string, body: string): Promise<string> {
    return this.db.transaction(async (em) => {
      const { couple_id } = await this.coachCompletion(em, actor, completionId);
      const rows: { id: string }[] = await em.query(
        `INSERT INTO comments (clinic_id, couple_id, completion_id, author_id, body) VALUES ($1, $2, $3, $4, $5)
         RETURNING id`,
        [actor.clinicId, couple_id, completionId, actor.membershipIds.COACH, body.trim()],
      );
      // A reply means the coach has read it.
      await em.query(
        'UPDATE completions SET reviewed_at = coalesce(reviewed_at, now()) WHERE clinic_id = $1 AND id = $2',
        [actor.clinicId, completionId],
      );
      await this.audit.record(em, actor, {
        action: 'CREATE',
        targetType: 'comment',
        targetId: rows[0]!.id,
        coupleId: couple_id,
        role: 'COACH',
        detail: { completionId },
      });
      return rows[0]!.id;
    });
  }

  async markReviewed(
    actor: Actor,
    completionId: string,
    reviewed: boolean,
  ): Promise<CompletionModel> {
    await this.db.transaction(async (em) => {
      const { couple_id } = await this.coachCompletion(em, actor, completionId);
      await this.audit.record(em, actor, {
        action: 'UPDATE',
        targetType: 'completion',
        targetId: completionId,
        coupleId: couple_id,
        role: 'COACH',
        detail: { reviewed },
      });
      await em.query(
        `UPDATE completions SET reviewed_at = CASE WHEN $3 THEN coalesce(reviewed_at, now()) END
          WHERE clinic_id = $1 AND id = $2`,
        [actor.clinicId, completionId, reviewed],
      );
    });
    const [c] = await this.completionsByIds(actor, [completionId]);
    if (!c) throw AppError.notFound('Completion');
    return c;
  }

  /**
   * Comments on completions (loader). Only called with ids of completions the actor could
   * see, so a comment is seen exactly by whoever can see its entry.
   */
  async commentsOf(
    actor: Actor,
    completionIds: readonly string[],
  ): Promise<Map<string, { id: string; authorId: string; body: string; createdAt: Date }[]>> {
    const visible = new Set((await this.completionsByIds(actor, completionIds)).map((c) => c.id));
    const rows: {
      id: string;
      completion_id: string;
      author_id: string;
      body: string;
      created_at: Date;
    }[] = await this.db.query(
      `SELECT id, completion_id, author_id, body, created_at FROM comments
          WHERE clinic_id = $1 AND completion_id = ANY($2::uuid[]) ORDER BY created_at`,
      [actor.clinicId, [...visible]],
    );
    const map = new Map<
      string,
      { id: string; authorId: string; body: string; createdAt: Date }[]
    >();
    for (const r of rows) {
      map.set(r.completion_id, [
        ...(map.get(r.completion_id) ?? []),
        { id: r.id, authorId: r.author_id, body: r.body, createdAt: r.created_at },
      ]);
    }
    return map;
  }

  /** The coach's caseload figures for many couples: one GROUP BY for the whole list. */
  async summaries(
    actor: Actor,
    coupleIds: readonly string[],
  ): Promise<Map<string, HomeworkSummaryModel>> {
    const scope = this.access.legacyCoupleScope(actor, 'MANAGE', 2);
    const rows: {
      couple_id: string;
      due: string;
      done: string;
      overdue: string;
      unreviewed: string;
    }[] = await this.db.query(
      `WITH cc AS (
           SELECT c.id, c.clinic_id, (now() AT TIME ZONE c.time_zone)::date AS today FROM couples c
            WHERE c.id = ANY($1::uuid[]) AND ${scope.where})
         SELECT cc.id AS couple_id,
                -- A together task may have a completion per partner: count tasks, not rows.
                count(DISTINCT t.id) FILTER (WHERE t.due_date BETWEEN date_trunc('week', cc.today)::date
                                                          AND date_trunc('week', cc.today)::date + 6) AS due,
                count(DISTINCT e.task_id) FILTER (WHERE t.due_date BETWEEN date_trunc('week', cc.today)::date
                                                          AND date_trunc('week', cc.today)::date + 6) AS done,
                count(t.id) FILTER (WHERE e.id IS NULL AND t.due_at < now() AND t.due_date >= cc.today - ${MISSED_AFTER_DAYS}) AS overdue,
                count(e.id) FILTER (WHERE e.reviewed_at IS NULL) AS unreviewed
           FROM cc
           LEFT JOIN tasks t ON t.clinic_id = cc.clinic_id AND t.couple_id = cc.id
           LEFT JOIN completions e ON e.clinic_id = t.clinic_id AND e.task_id = t.id
          GROUP BY cc.id`,
      [coupleIds.filter(isUuid), ...scope.params],
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

  /** The author may edit a completion until the local day it was made ends. */
  isEditable(actor: Actor, c: CompletionModel): boolean {
    return (
      c.authorId === actor.membershipIds.CLIENT &&
      c.completedOn === todayIn(c.timeZone, this.clock.now())
    );
  }

  /** "Today" and the ISO week in the couple's zone, for client pages. */
  todayOf(timeZone: string): { today: string; weekStart: string } {
    const today = todayIn(timeZone, this.clock.now());
    return { today, weekStart: startOfIsoWeek(today) };
  }
}

/** Expands a schedule and inserts its tasks (from `fromDate` on), in one statement. */
export async function insertTasks(
  em: EntityManager,
  clinicId: string,
  coupleId: string,
  assignmentId: string,
  schedule: Schedule,
  audience: Audience,
  timeZone: string,
  fromDate?: string,
): Promise<void> {
  const tasks = expandTasks(schedule, audience, timeZone).filter(
    (t) => !fromDate || t.dueDate >= fromDate,
  );
  if (tasks.length === 0) return;
  await em.query(
    `INSERT INTO tasks (clinic_id, couple_id, assignment_id, key, due_date, due_at, partner)
     SELECT $1, $2, $3, t.key, t.due_date, t.due_at, t.partner
       FROM jsonb_to_recordset($4::jsonb) AS t(key text, due_date date, due_at timestamptz, partner char(1))
     ON CONFLICT (clinic_id, assignment_id, key) DO NOTHING`,
    [
      clinicId,
      coupleId,
      assignmentId,
      JSON.stringify(
        tasks.map((t) => ({
          key: t.key,
          due_date: t.dueDate,
          due_at: t.dueAt,
          partner: t.partner,
        })),
      ),
    ],
  );
}

/** Removes the tasks due from `fromDate` on that nobody completed. */
async function deleteOpenTasksFrom(
  em: EntityManager,
  clinicId: string,
  assignmentId: string,
  fromDate: string,
) {
  await em.query(
    `DELETE FROM tasks t WHERE t.clinic_id = $1 AND t.assignment_id = $2 AND t.due_date >= $3
       AND NOT EXISTS (SELECT 1 FROM completions e WHERE e.clinic_id = t.clinic_id AND e.task_id = t.id)`,
    [clinicId, assignmentId, fromDate],
  );
}

const TEXT_MAX = 4000;

/** Each answer must match a prompt of the assigned exercise version, in the prompt's kind. */
function validateAnswers(
  answers: ReflectionAnswerInput[],
  prompts: ReflectionPrompt[],
): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  answers.forEach((a, i) => {
    const prompt = prompts.find((p) => p.id === a.promptId);
    const field = `answers.${i}`;
    if (!prompt)
      return errors.push({
        field: `${field}.promptId`,
        message: 'This question is not part of the exercise.',
      });
    if (seen.has(a.promptId))
      return errors.push({ field: `${field}.promptId`, message: 'Answer each question once.' });
    seen.add(a.promptId);
    if (prompt.kind === 'TEXT' && a.text != null && [...a.text].length > TEXT_MAX) {
      errors.push({
        field: `${field}.text`,
        message: `Keep answers to ${TEXT_MAX} characters or fewer.`,
      });
    }
    if (
      prompt.kind === 'SCALE_1_5' &&
      a.scale != null &&
      (!Number.isInteger(a.scale) || a.scale < 1 || a.scale > 5)
    ) {
      errors.push({ field: `${field}.scale`, message: 'Choose 1 to 5.' });
    }
    return undefined;
  });
  return errors;
}

function normalizeAnswers(
  answers: ReflectionAnswerInput[],
  prompts: ReflectionPrompt[],
): ReflectionAnswer[] {
  return answers.map((a) => {
    const kind = prompts.find((p) => p.id === a.promptId)?.kind;
    return {
      promptId: a.promptId,
      text: kind === 'TEXT' ? (a.text?.trim() ?? null) : null,
      scale: kind === 'SCALE_1_5' ? (a.scale ?? null) : null,
      yes: kind === 'YES_NO' ? (a.yes ?? null) : null,
    };
  });
}
