import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import { ClsService, CLS_REQ } from 'nestjs-cls';
import type { DataSource, EntityManager } from 'typeorm';
import type { Role } from '@hearth/domain';
import type { Actor } from '../common/actor';
import { join, raw, run, sql, type Sql } from '../database/sql';
import { transaction } from '../database/transaction';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { NO_CLINIC, type AuditAction, type AuditOutcome } from './audit-event.entity';

/** One event as a service describes it; who and from where are filled in here. */
export interface AuditEvent {
  action: AuditAction;
  targetType: string;
  targetId?: string | null;
  coupleId?: string | null;
  outcome?: AuditOutcome;
  /** Ids and names of settings only: never entry content, ratings or free text. */
  detail?: Record<string, unknown> | null;
  /** The role the actor acted in; defaults to their highest role in the clinic. */
  role?: Role | null;
}

/** For events without a signed-in actor (sign-in, failed sign-in). */
export interface AnonymousAuditEvent extends AuditEvent {
  clinicId: string | null;
  userId: string | null;
  membershipId?: string | null;
}

interface PendingRead {
  actor: Actor;
  /** Null for a refused request naming a record the actor's clinic may not even have. */
  coupleId: string | null;
  targetType: string;
  targetId: string;
  outcome: 'SUCCESS' | 'DENIED';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Record types a refused id can name, and how to find the couple it belongs to. */
const COUPLE_OF: Record<string, (clinicId: string, ids: string[]) => Sql> = {
  couple: (clinicId, ids) =>
    sql`SELECT id, id AS couple_id FROM couples WHERE clinic_id = ${clinicId} AND id = ANY(${ids}::uuid[])`,
  assignment: (clinicId, ids) =>
    sql`SELECT id, couple_id FROM assignments WHERE clinic_id = ${clinicId} AND id = ANY(${ids}::uuid[])`,
};

const PENDING_READS = 'hearth.audit.pendingReads';
const ROLE_ORDER: Role[] = ['COACH', 'CLINIC_ADMIN', 'CLIENT'];
const MAX_USER_AGENT = 400;

const COLUMNS =
  raw(`(clinic_id, user_id, membership_id, role, action, target_type, target_id, couple_id,
  request_id, ip, user_agent, outcome, detail)`);
/** The array type of each column, in COLUMNS order (see `insert`): trusted identifiers. */
const COLUMN_TYPES = [
  'uuid',
  'uuid',
  'uuid',
  'text',
  'audit_action',
  'text',
  'text',
  'uuid',
  'text',
  'text',
  'text',
  'audit_outcome',
  'jsonb',
];
/** One array parameter per column, in COLUMNS order. */
const columnArrays = (columns: unknown[][]): Sql =>
  sql`unnest(${join(columns.map((values, j) => sql`${values}::${raw(COLUMN_TYPES[j]!)}[]`))})`;

/**
 * Writes audit events (docs/security.md, "Audit"). Writes are recorded in the write's own
 * transaction, so an event exists exactly when its change does. Reads of a couple's entries
 * are noted during the request and written once per couple per request when it ends
 * (`flushReads`, called by the GraphQL plugin and by REST handlers).
 *
 * Security invariant: nothing here stores entry content; `detail` carries ids and setting
 * names only. The chain (`seq`, `prev_hash`, `hash`) is computed by the database.
 */
@Injectable()
export class AuditService {
  private readonly logger = new Logger('Audit');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cls: ClsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Records events of a signed-in actor; pass the transaction's manager for writes. */
  async record(
    em: EntityManager | null,
    actor: Actor,
    events: AuditEvent | AuditEvent[],
  ): Promise<void> {
    const list = Array.isArray(events) ? events : [events];
    if (list.length === 0) return;
    await this.insert(
      em ?? this.db.manager,
      list.map((event) => {
        const role = event.role ?? primaryRole(actor);
        return this.values({
          clinicId: actor.clinicId,
          userId: actor.userId,
          membershipId: role ? (actor.membershipIds[role] ?? null) : null,
          ...event,
          role,
        });
      }),
    );
  }

  /**
   * Runs a write in a transaction and records its event(s) in the same transaction: the
   * event exists exactly when the change does (a failed write leaves no event, an event
   * that cannot be written undoes the write).
   */
  write<T>(
    actor: Actor,
    change: (em: EntityManager) => Promise<T>,
    events: (result: T) => AuditEvent | AuditEvent[],
  ): Promise<T> {
    return transaction(this.db, async (em) => {
      const result = await change(em);
      await this.record(em, actor, events(result));
      return result;
    });
  }

  /** Records an event where nobody is signed in yet (sign-in attempts). */
  async recordAnonymous(em: EntityManager | null, event: AnonymousAuditEvent): Promise<void> {
    await this.insert(em ?? this.db.manager, [this.values(event)]);
  }

  /**
   * Notes that the actor read these couples' entries or pages in this request. Written by
   * `flushReads`, one READ event per couple (and target type) per request, not per row.
   */
  read(actor: Actor, coupleIds: Iterable<string>, targetType = 'couple'): void {
    // Off only in the benchmark's comparison run (config refuses it in production).
    if (!this.config.auditReads) return;
    this.note(
      [...coupleIds].map((coupleId) => ({
        actor,
        coupleId,
        targetType,
        targetId: coupleId,
        outcome: 'SUCCESS' as const,
      })),
    );
  }

  /**
   * Notes that the actor asked for a record they may not access (answered NOT_FOUND). Only
   * well-formed ids are noted; the couple is filled in only when the record is one of the
   * actor's own clinic, so another clinic's ids never appear in this clinic's couple column.
   * Nothing of this reaches the caller.
   */
  denied(actor: Actor, targetType: keyof typeof COUPLE_OF, id: string): void {
    if (!UUID.test(id)) return;
    this.note([{ actor, coupleId: null, targetType, targetId: id, outcome: 'DENIED' }]);
  }

  private note(reads: PendingRead[]): void {
    const pending = this.pending();
    if (!pending) {
      // Outside a request (CLI, tests calling services directly): record at once.
      this.writeReads(reads).catch((err: unknown) => this.logger.error(String(err)));
      return;
    }
    for (const r of reads) {
      pending.set(`${r.actor.sessionId}|${r.outcome}|${r.targetType}|${r.targetId}`, r);
    }
  }

  /** Writes the reads noted in this request, in one statement. */
  async flushReads(): Promise<void> {
    const pending = this.pending();
    if (!pending || pending.size === 0) return;
    const reads = [...pending.values()];
    pending.clear();
    await this.writeReads(reads);
  }

  private async writeReads(reads: PendingRead[]): Promise<void> {
    if (reads.length === 0) return;
    const couples = await this.couplesOfDenied(reads);
    await this.insert(
      this.db.manager,
      reads.map(({ actor, coupleId, targetType, targetId, outcome }) => {
        const role = primaryRole(actor);
        return this.values({
          clinicId: actor.clinicId,
          userId: actor.userId,
          membershipId: role ? (actor.membershipIds[role] ?? null) : null,
          role,
          action: 'READ',
          targetType,
          targetId,
          coupleId: coupleId ?? couples.get(`${actor.clinicId}|${targetType}|${targetId}`) ?? null,
          outcome,
        });
      }),
    );
  }

  /** The couple of each refused id that exists in the actor's clinic: one query per kind. */
  private async couplesOfDenied(reads: PendingRead[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    const groups = new Map<string, { clinicId: string; targetType: string; ids: string[] }>();
    for (const r of reads) {
      if (r.outcome !== 'DENIED' || !COUPLE_OF[r.targetType]) continue;
      const key = `${r.actor.clinicId}|${r.targetType}`;
      const g = groups.get(key) ?? {
        clinicId: r.actor.clinicId,
        targetType: r.targetType,
        ids: [],
      };
      g.ids.push(r.targetId);
      groups.set(key, g);
    }
    for (const g of groups.values()) {
      const rows = await run<{ id: string; couple_id: string }>(
        this.db,
        COUPLE_OF[g.targetType]!(g.clinicId, g.ids),
      );
      for (const row of rows) found.set(`${g.clinicId}|${g.targetType}|${row.id}`, row.couple_id);
    }
    return found;
  }

  private pending(): Map<string, PendingRead> | null {
    if (!this.cls.isActive()) return null;
    let pending = this.cls.get<Map<string, PendingRead> | undefined>(PENDING_READS);
    if (!pending) {
      pending = new Map();
      this.cls.set(PENDING_READS, pending);
    }
    return pending;
  }

  private values(event: AnonymousAuditEvent): unknown[] {
    const req = this.cls.isActive() ? this.cls.get<Request | undefined>(CLS_REQ) : undefined;
    return [
      event.clinicId ?? NO_CLINIC,
      event.userId,
      event.membershipId ?? null,
      event.role ?? null,
      event.action,
      event.targetType,
      event.targetId ?? null,
      event.coupleId ?? null,
      requestIdOf(req),
      req?.ip ?? null,
      clean(req?.get('user-agent'))?.slice(0, MAX_USER_AGENT) ?? null,
      event.outcome ?? 'SUCCESS',
      event.detail ?? null,
    ];
  }

  /**
   * One statement whatever the number of events, with one array parameter per column: a
   * caseload of 200 couples is 13 parameters, not 2,600, which PostgreSQL parses and plans
   * faster (measured about 15 % on the insert).
   */
  private async insert(em: EntityManager, rows: unknown[][]): Promise<void> {
    const columns = Array.from({ length: COLUMN_TYPES.length }, (_, j) =>
      rows.map((row) => (j === 12 && row[j] !== null ? JSON.stringify(row[j]) : row[j])),
    );
    try {
      await run(
        em,
        sql`INSERT INTO audit_events ${COLUMNS} SELECT * FROM ${columnArrays(columns)}`,
      );
    } catch (err) {
      // An audit event that cannot be written fails its request: no unrecorded access.
      this.logger.error(`Could not write ${rows.length} audit event(s): ${String(err)}`);
      throw err;
    }
  }
}

function primaryRole(actor: Actor): Role | null {
  return ROLE_ORDER.find((r) => actor.roles.includes(r)) ?? actor.roles[0] ?? null;
}

function requestIdOf(req: Request | undefined): string | null {
  if (!req) return null;
  const own = (req as Request & { requestId?: string }).requestId;
  return own ?? clean(req.get('x-request-id'))?.slice(0, 64) ?? null;
}

/** Header values are the caller's: keep them printable. */
function clean(value: string | undefined): string | undefined {
  // eslint-disable-next-line no-control-regex
  return value?.replace(/[\u0000-\u001f\u007f]/g, '');
}
