import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  todayIn,
  validateSchedule,
  type Audience,
  type FieldError,
  type Schedule,
  type AssignmentStatus,
  type AudienceKind,
} from '@hearth/domain';
import { AccessService, isUuid } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { run, sql } from '../database/sql';
import { transaction } from '../database/transaction';
import type {
  AssignExerciseInput,
  ScheduleInput,
  UpdateAssignmentInput,
} from './dto/homework.inputs';
import type { AssignmentModel } from './homework.models';
import { ASSIGNMENT_COLUMNS, coupleFor, toAssignment, type AssignmentRow } from './homework.rows';
import { insertTasks, rescheduleTasks, retireTasks } from './task-generation';

type ManagedAssignment = AssignmentRow & { time_zone: string };

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

function range(schedule: Schedule): [string, string] {
  return schedule.kind === 'ONCE'
    ? [schedule.dueDate, schedule.dueDate]
    : [schedule.startDate, schedule.endDate];
}

function audienceFrom(
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

/** Assignments of exercises to couples: the coach's edits, and reading them. */
@Injectable()
export class AssignmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /**
   * An assignment the actor may manage, with its couple's time zone: the assignment locked
   * for update and its couple for share (lock order: couple, then assignment), so that a
   * reassignment of the couple waits for this write, and a write that waited for one
   * finds it no longer manages the couple before it writes anything.
   */
  private async managedAssignment(
    em: EntityManager,
    actor: Actor,
    id: string,
  ): Promise<ManagedAssignment> {
    const rows = isUuid(id)
      ? await run<ManagedAssignment>(
          em,
          sql`SELECT ${ASSIGNMENT_COLUMNS}, c.time_zone FROM assignments a
             JOIN couples c ON c.clinic_id = a.clinic_id AND c.id = a.couple_id
            WHERE a.id = ${id} AND ${this.access.coupleScope(actor, 'MANAGE')}
            FOR SHARE OF c FOR UPDATE OF a`,
        )
      : [];
    if (!rows[0]) throw AppError.notFound('Assignment');
    return rows[0];
  }

  async assign(actor: Actor, input: AssignExerciseInput): Promise<AssignmentModel> {
    const couple = await coupleFor(this.db, this.access, actor, input.coupleId, 'MANAGE');
    const today = todayIn(couple.time_zone, this.clock.now());
    const schedule = scheduleFrom(input.schedule);
    const errors = prefixed('schedule', validateSchedule(schedule, { today }));
    const audience = audienceFrom(input.audience, input.audiencePartner, errors);
    if (errors.length > 0) throw AppError.badInput(errors);
    const exercise = await run<{ built_in: boolean }>(
      this.db,
      sql`SELECT true AS built_in FROM catalogue_exercises WHERE id = ${input.exerciseId}
       UNION ALL
       SELECT false FROM clinic_exercises WHERE clinic_id = ${actor.clinicId} AND id = ${input.exerciseId} AND archived_at IS NULL`,
    );
    if (!exercise[0]) throw AppError.field('exerciseId', 'Choose an exercise from the catalogue.');
    const builtIn = exercise[0].built_in;
    const [startDate, endDate] = range(schedule);
    return transaction(this.db, async (em) => {
      // The couple is locked for share: a reassignment waits, or is seen before writing.
      const still = await run(
        em,
        sql`SELECT 1 FROM couples c WHERE c.id = ${couple.id} AND ${this.access.coupleScope(actor, 'MANAGE')}
            FOR SHARE OF c`,
      );
      if (still.length === 0) throw AppError.notFound('Couple');
      const rows = await run<{ id: string }>(
        em,
        sql`INSERT INTO assignments (clinic_id, couple_id, catalogue_exercise_id, clinic_exercise_id, audience,
           audience_partner, schedule, start_date, end_date, note, created_by_id)
         VALUES (${actor.clinicId}, ${couple.id}, ${builtIn ? input.exerciseId : null},
                 ${builtIn ? null : input.exerciseId}, ${audience.kind},
                 ${audience.kind === 'ONE' ? audience.partner : null}, ${schedule}, ${startDate}, ${endDate},
                 ${input.note?.trim() ?? ''}, ${actor.membershipIds.COACH}) RETURNING id`,
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
      return this.assignment(actor, assignmentId, em);
    });
  }

  /**
   * Edits apply from today on: tasks before today, and any task already completed, stay as
   * they are; the rest are replaced by the new schedule's tasks (matched by key).
   */
  async update(actor: Actor, id: string, input: UpdateAssignmentInput): Promise<AssignmentModel> {
    return transaction(this.db, async (em) => {
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
      const [startDate, endDate] = range(schedule);
      await run(
        em,
        sql`UPDATE assignments SET schedule = ${schedule}, start_date = ${startDate}, end_date = ${endDate},
                note = ${input.note?.trim() ?? a.note}, updated_at = now()
          WHERE clinic_id = ${actor.clinicId} AND id = ${id}`,
      );
      if (input.schedule && a.status === 'ACTIVE') {
        await this.reschedule(em, actor.clinicId, a, schedule, today);
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
      return this.assignment(actor, id, em);
    });
  }

  private async reschedule(
    em: EntityManager,
    clinicId: string,
    a: ManagedAssignment,
    schedule: Schedule,
    today: string,
  ): Promise<void> {
    const audience: Audience =
      a.audience === 'ONE'
        ? { kind: 'ONE', partner: a.audience_partner ?? 'A' }
        : { kind: a.audience };
    const target = { clinicId, coupleId: a.couple_id, assignmentId: a.id, timeZone: a.time_zone };
    await rescheduleTasks(em, target, schedule, audience, today);
  }

  /** Pause and end remove the open tasks from today on; resuming brings them back. */
  async setStatus(actor: Actor, id: string, status: AssignmentStatus): Promise<AssignmentModel> {
    return transaction(this.db, async (em) => {
      const a = await this.managedAssignment(em, actor, id);
      if (a.status === 'ENDED') throw AppError.conflict('This assignment has ended.');
      if (a.status === status) return this.assignment(actor, id, em);
      const today = todayIn(a.time_zone, this.clock.now());
      await run(
        em,
        sql`UPDATE assignments SET status = ${status}, updated_at = now()
             WHERE clinic_id = ${actor.clinicId} AND id = ${id}`,
      );
      if (status === 'ACTIVE') {
        await this.reschedule(em, actor.clinicId, a, a.schedule, today);
      } else {
        const reason = status === 'PAUSED' ? 'PAUSED' : 'ENDED';
        await retireTasks(em, actor.clinicId, id, reason, sql`t.due_date >= ${today}`);
      }
      await this.audit.record(em, actor, {
        action: 'UPDATE',
        targetType: 'assignment',
        targetId: id,
        coupleId: a.couple_id,
        role: 'COACH',
        detail: { status: { from: a.status, to: status } },
      });
      return this.assignment(actor, id, em);
    });
  }

  /** Only an assignment nobody has completed anything of can be deleted. */
  async delete(actor: Actor, id: string): Promise<boolean> {
    await transaction(this.db, async (em) => {
      const a = await this.managedAssignment(em, actor, id);
      const done = await run(
        em,
        sql`SELECT 1 FROM completions e JOIN tasks t ON t.clinic_id = e.clinic_id AND t.id = e.task_id
          WHERE t.clinic_id = ${actor.clinicId} AND t.assignment_id = ${id} LIMIT 1`,
      );
      if (done.length > 0) {
        throw AppError.conflict(
          'Partners have already completed some of this; end the assignment instead.',
        );
      }
      // A partner still holding one of its tasks is told it was removed, not "not found".
      await retireTasks(em, actor.clinicId, id, 'DELETED', sql`true`);
      await run(
        em,
        sql`DELETE FROM assignments WHERE clinic_id = ${actor.clinicId} AND id = ${id}`,
      );
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

  /** One assignment as the actor sees it; inside a write, read in its own transaction. */
  async assignment(
    actor: Actor,
    id: string,
    db: DataSource | EntityManager = this.db,
  ): Promise<AssignmentModel> {
    // A malformed id names nothing: NOT_FOUND like any other (never a database error).
    if (!isUuid(id)) throw AppError.notFound('Assignment');
    const rows = await run<AssignmentRow>(
      db,
      sql`SELECT ${ASSIGNMENT_COLUMNS} FROM assignments a JOIN couples c ON c.clinic_id = a.clinic_id AND c.id = a.couple_id
        WHERE a.id = ${id} AND ${this.access.coupleScope(actor, 'READ')}`,
    );
    if (!rows[0]) throw AppError.notFound('Assignment');
    return toAssignment(rows[0]);
  }

  /** Assignments by id (loader), of couples the actor may read: one query for all. */
  async assignmentsByIds(
    actor: Actor,
    ids: readonly string[],
  ): Promise<Map<string, AssignmentModel>> {
    const rows = await run<AssignmentRow>(
      this.db,
      sql`SELECT ${ASSIGNMENT_COLUMNS} FROM assignments a JOIN couples c ON c.clinic_id = a.clinic_id AND c.id = a.couple_id
        WHERE a.id = ANY(${ids.filter(isUuid)}::uuid[]) AND ${this.access.coupleScope(actor, 'READ')}`,
    );
    return new Map(rows.map((r) => [r.id, toAssignment(r)]));
  }

  /** Assignments of many couples at once (loader), for couples the actor may read. */
  async assignmentsOfCouples(
    actor: Actor,
    coupleIds: readonly string[],
  ): Promise<Map<string, AssignmentModel[]>> {
    const rows = await run<AssignmentRow>(
      this.db,
      sql`SELECT ${ASSIGNMENT_COLUMNS} FROM assignments a JOIN couples c ON c.clinic_id = a.clinic_id AND c.id = a.couple_id
        WHERE a.couple_id = ANY(${coupleIds.filter(isUuid)}::uuid[]) AND ${this.access.coupleScope(actor, 'READ')}
        ORDER BY a.status = 'ENDED', a.created_at DESC`,
    );
    const byCouple = new Map<string, AssignmentModel[]>();
    for (const r of rows)
      byCouple.set(r.couple_id, [...(byCouple.get(r.couple_id) ?? []), toAssignment(r)]);
    return byCouple;
  }
}
