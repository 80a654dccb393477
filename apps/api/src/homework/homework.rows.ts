import type { DataSource, EntityManager } from 'typeorm';
import {
  describeSchedule,
  type Schedule,
  type AssignmentStatus,
  type AudienceKind,
  type Visibility,
} from '@hearth/domain';
import { AccessService, isUuid, type CouplePermission } from '../access/access.service';
import type { Actor } from '../common/actor';
import { AppError } from '../common/app-error';
import { run, sql } from '../database/sql';
import type { ReflectionAnswer } from './completion.entity';
import type { AssignmentModel, CompletionModel } from './homework.models';

/** Rows and columns the homework services share, and their mapping to the GraphQL models. */

export interface CoupleRow {
  id: string;
  time_zone: string;
  partner_a_id: string;
  partner_b_id: string;
}

export interface AssignmentRow {
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

export interface TaskRow {
  id: string;
  assignment_id: string;
  due_date: string;
  due_at: Date;
  partner: 'A' | 'B' | null;
  completion_id: string | null;
  completed_at: Date | null;
  time_zone: string;
}

export interface CompletionRow {
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

export const ASSIGNMENT_COLUMNS = sql`a.id, a.couple_id, coalesce(a.catalogue_exercise_id, a.clinic_exercise_id) AS exercise_id,
  a.audience, a.audience_partner, a.schedule, a.note, a.status, a.created_at`;

/** Completions (alias e) with their couple (c), task (t) and exercise title. */
export const COMPLETION_FROM = sql`completions e
  JOIN couples c ON c.clinic_id = e.clinic_id AND c.id = e.couple_id
  JOIN tasks t ON t.clinic_id = e.clinic_id AND t.id = e.task_id
  JOIN assignments a ON a.clinic_id = t.clinic_id AND a.id = t.assignment_id
  LEFT JOIN catalogue_exercises ce ON ce.id = a.catalogue_exercise_id
  LEFT JOIN clinic_exercises ke ON ke.clinic_id = a.clinic_id AND ke.id = a.clinic_exercise_id`;

export const COMPLETION_COLUMNS = sql`e.id, e.task_id, e.couple_id, t.assignment_id, coalesce(ce.title, ke.title) AS exercise_title,
  t.due_date::text AS due_date, e.partner, e.author_id, e.completed_at, e.completed_on::text AS completed_on,
  e.answers, e.helpfulness, e.closeness_before, e.closeness_after, e.visibility, e.reviewed_at, c.time_zone`;

export function toAssignment(r: AssignmentRow): AssignmentModel {
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

export function toCompletion(r: CompletionRow): CompletionModel {
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

/** The side (A or B) of a client in a couple, or null for anyone else. */
export function slotOf(
  actor: Actor,
  couple: Pick<CoupleRow, 'partner_a_id' | 'partner_b_id'>,
): 'A' | 'B' | null {
  const me = actor.membershipIds.CLIENT;
  if (!me) return null;
  if (couple.partner_a_id === me) return 'A';
  if (couple.partner_b_id === me) return 'B';
  return null;
}

/** A couple the actor may access with the permission; NOT_FOUND otherwise. */
export async function coupleFor(
  db: DataSource | EntityManager,
  access: AccessService,
  actor: Actor,
  coupleId: string,
  permission: CouplePermission,
): Promise<CoupleRow> {
  const rows = isUuid(coupleId)
    ? await run<CoupleRow>(
        db,
        sql`SELECT c.id, c.time_zone, c.partner_a_id, c.partner_b_id FROM couples c
             WHERE c.id = ${coupleId} AND ${access.coupleScope(actor, permission)}`,
      )
    : [];
  if (!rows[0]) throw AppError.notFound('Couple');
  return rows[0];
}
