import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Role } from '@hearth/domain';
import { AccessService } from '../access/access.service';
import type { Actor } from '../common/actor';
import { AppError } from '../common/app-error';
import { join, run, sql, type Sql } from '../database/sql';
import type {
  ActivityEventModel,
  ActivityPageModel,
  ActivityPersonModel,
  EntryReaderDayModel,
} from './activity.models';
import type { AuditAction, AuditOutcome } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import type { ActivityFilterInput } from './dto/activity.inputs';

interface EventRow {
  seq: string;
  occurred_at: Date;
  user_id: string | null;
  person_name: string | null;
  role: Role | null;
  action: AuditAction;
  target_type: string;
  target_id: string | null;
  couple_id: string | null;
  couple_label: string | null;
  outcome: AuditOutcome;
  ip: string | null;
  detail: Record<string, unknown> | null;
  from_coach: string | null;
  to_coach: string | null;
  reason: string | null;
}

/** The most rows one CSV export carries; narrow the filter for more. */
export const EXPORT_MAX_ROWS = 50_000;
export const READERS_MAX_DAYS = 365;

/**
 * The audit trail as people see it: the clinic admins' Activity page (and its CSV export),
 * and a couple's "Who has seen our entries". Every query starts from the actor's clinic.
 */
@Injectable()
export class ActivityService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /** A page of the clinic's events, newest first (clinic admins only). */
  async page(
    actor: Actor,
    filter: ActivityFilterInput = {},
    page = 1,
    pageSize = 50,
  ): Promise<ActivityPageModel> {
    const where = await this.where(actor, filter);
    const offset = (page - 1) * pageSize;
    const [rows, count, people] = await Promise.all([
      this.events(where, pageSize, offset),
      run<{ n: number }>(
        this.db,
        sql`SELECT count(*)::int AS n FROM audit_events e WHERE ${where}`,
      ),
      this.people(actor.clinicId),
    ]);
    return {
      events: rows,
      total: count[0]!.n,
      page,
      pageSize,
      people,
    };
  }

  /**
   * The filtered events for the CSV download, audited as EXPORT before anything is sent
   * (the event records the filter, which holds ids and dates only).
   */
  async export(actor: Actor, filter: ActivityFilterInput = {}): Promise<ActivityEventModel[]> {
    const where = await this.where(actor, filter);
    const rows = await this.events(where, EXPORT_MAX_ROWS, 0);
    await this.audit.record(null, actor, {
      action: 'EXPORT',
      targetType: 'activity',
      coupleId: filter.coupleId ?? null,
      role: 'CLINIC_ADMIN',
      detail: { filter: { ...filter }, rows: rows.length },
    });
    return rows;
  }

  /**
   * Reads of the client's couple by anyone but its partners, per day and reader.
   *
   * Privacy invariant: the partners' own reads are never counted, so nothing here depends
   * on what the other partner does (PRODUCT.md: no count may change because the other
   * partner wrote a PRIVATE entry). Only successful reads: a refused attempt showed nothing.
   */
  async entryReaders(actor: Actor, days: number): Promise<EntryReaderDayModel[]> {
    const client = actor.membershipIds.CLIENT;
    if (!client) throw AppError.forbidden('Only the couple’s partners can see this.');
    if (!Number.isInteger(days) || days < 1 || days > READERS_MAX_DAYS) {
      throw AppError.field('days', `Choose from 1 to ${READERS_MAX_DAYS} days.`);
    }
    const rows: { day: string; reader_name: string; reader_role: Role; reads: number }[] =
      await run(
        this.db,
        sql`WITH ours AS (
           SELECT c.id, c.clinic_id, c.time_zone, c.partner_a_id, c.partner_b_id FROM couples c
            WHERE c.clinic_id = ${actor.clinicId} AND (c.partner_a_id = ${client} OR c.partner_b_id = ${client})
            ORDER BY c.status = 'CLOSED', c.intake_date DESC LIMIT 1
         )
         SELECT (e.occurred_at AT TIME ZONE o.time_zone)::date::text AS day,
                u.display_name AS reader_name, e.role AS reader_role, count(*)::int AS reads
           FROM ours o
           JOIN audit_events e ON e.clinic_id = o.clinic_id AND e.couple_id = o.id
           JOIN users u ON u.id = e.user_id
          WHERE e.action = 'READ' AND e.outcome = 'SUCCESS'
            AND e.occurred_at >= now() - make_interval(days => ${days})
            AND e.role IS DISTINCT FROM 'CLIENT'
            AND e.user_id NOT IN (SELECT m.user_id FROM memberships m
                                   WHERE m.clinic_id = o.clinic_id AND m.id IN (o.partner_a_id, o.partner_b_id))
          GROUP BY 1, 2, 3, e.user_id
          ORDER BY 1 DESC, 2`,
      );
    return rows.map((r) => ({
      day: r.day,
      readerName: r.reader_name,
      readerRole: r.reader_role,
      reads: r.reads,
    }));
  }

  /**
   * The WHERE clause of a filter over audit_events `e`. Ids in the filter must name a couple
   * or person of the admin's own clinic: anything else is NOT_FOUND, as everywhere.
   */
  private async where(actor: Actor, filter: ActivityFilterInput): Promise<Sql> {
    // Security invariant: admins only, and only their own clinic's events.
    this.access.requireClinicAdmin(actor);
    const parts: Sql[] = [sql`e.clinic_id = ${actor.clinicId}`];
    if (filter.coupleId) {
      await this.access.requireCouple(actor, filter.coupleId, 'ROSTER');
      parts.push(sql`e.couple_id = ${filter.coupleId}`);
    }
    if (filter.personId) {
      const member = await run<unknown>(
        this.db,
        sql`SELECT 1 FROM memberships WHERE clinic_id = ${actor.clinicId} AND user_id = ${filter.personId} LIMIT 1`,
      );
      if (member.length === 0) throw AppError.notFound('Person');
      parts.push(sql`e.user_id = ${filter.personId}`);
    }
    if (filter.action) parts.push(sql`e.action = ${filter.action}`);
    if (filter.from && filter.to && filter.from > filter.to) {
      throw AppError.field('to', 'The last day comes on or after the first.');
    }
    const zone = sql`(SELECT time_zone FROM clinics WHERE id = ${actor.clinicId})`;
    if (filter.from)
      parts.push(sql`e.occurred_at >= (${filter.from}::date)::timestamp AT TIME ZONE ${zone}`);
    if (filter.to) {
      parts.push(sql`e.occurred_at < (${filter.to}::date + 1)::timestamp AT TIME ZONE ${zone}`);
    }
    return join(parts, ' AND ');
  }

  private async events(where: Sql, limit: number, offset: number): Promise<ActivityEventModel[]> {
    const rows = await run<EventRow>(
      this.db,
      sql`SELECT e.seq::text AS seq, e.occurred_at, e.user_id, u.display_name AS person_name, e.role,
              e.action, e.target_type, e.target_id, e.couple_id, c.label AS couple_label,
              e.outcome, e.ip, e.detail,
              fu.display_name AS from_coach, tu.display_name AS to_coach, x.reason
         FROM audit_events e
         LEFT JOIN users u ON u.id = e.user_id
         LEFT JOIN couples c ON c.clinic_id = e.clinic_id AND c.id = e.couple_id
         LEFT JOIN couple_coach_changes x
                ON e.action = 'REASSIGN' AND x.clinic_id = e.clinic_id
               AND x.id::text = e.detail->>'changeId'
         LEFT JOIN memberships fm ON fm.clinic_id = x.clinic_id AND fm.id = x.from_coach_id
         LEFT JOIN users fu ON fu.id = fm.user_id
         LEFT JOIN memberships tm ON tm.clinic_id = x.clinic_id AND tm.id = x.to_coach_id
         LEFT JOIN users tu ON tu.id = tm.user_id
        WHERE ${where}
        ORDER BY e.occurred_at DESC, e.seq DESC
        LIMIT ${limit} OFFSET ${offset}`,
    );
    return rows.map((r) => ({
      seq: r.seq,
      occurredAt: r.occurred_at,
      userId: r.user_id,
      personName: r.person_name,
      role: r.role,
      action: r.action,
      targetType: r.target_type,
      targetId: r.target_id,
      coupleId: r.couple_id,
      coupleLabel: r.couple_label,
      outcome: r.outcome,
      ip: r.ip,
      summary: summarize(r),
      reason: r.reason,
    }));
  }

  /** Staff of the clinic, for the person filter (clients are found through their couple). */
  private async people(clinicId: string): Promise<ActivityPersonModel[]> {
    const rows = await run<{ user_id: string; display_name: string }>(
      this.db,
      sql`SELECT DISTINCT u.id AS user_id, u.display_name
         FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.clinic_id = ${clinicId} AND m.role IN ('COACH', 'CLINIC_ADMIN')
        ORDER BY u.display_name LIMIT 500`,
    );
    return rows.map((r) => ({ userId: r.user_id, displayName: r.display_name }));
  }
}

/** A few words on what changed, from the event's ids and setting names only. */
function summarize(r: EventRow): string | null {
  const d = r.detail ?? {};
  if (r.action === 'REASSIGN') return `${r.from_coach ?? 'a coach'} → ${r.to_coach ?? 'a coach'}`;
  const status = d['status'] as { from?: string; to?: string } | string | undefined;
  if (status && typeof status === 'object')
    return `status ${status.from ?? '?'} → ${status.to ?? '?'}`;
  if (Array.isArray(d['settings'])) return `settings: ${(d['settings'] as string[]).join(', ')}`;
  if (typeof d['setting'] === 'string') return `setting: ${d['setting']}`;
  if (Array.isArray(d['changed'])) return `changed: ${(d['changed'] as string[]).join(', ')}`;
  if (typeof d['reviewed'] === 'boolean')
    return d['reviewed'] ? 'marked reviewed' : 'marked not reviewed';
  if (typeof d['archived'] === 'boolean') return d['archived'] ? 'archived' : 'restored';
  if (typeof d['rows'] === 'number') return `${d['rows']} rows`;
  return null;
}
