import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import { ClsService, CLS_REQ } from 'nestjs-cls';
import type { DataSource, EntityManager } from 'typeorm';
import type { Role } from '@hearth/domain';
import type { Actor } from '../auth/actor';
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
  coupleId: string;
  targetType: string;
}

const PENDING_READS = 'hearth.audit.pendingReads';
const ROLE_ORDER: Role[] = ['COACH', 'CLINIC_ADMIN', 'CLIENT'];
const MAX_USER_AGENT = 400;

const COLUMNS = `(clinic_id, user_id, membership_id, role, action, target_type, target_id, couple_id,
  request_id, ip, user_agent, outcome, detail)`;

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
  ) {}

  /** Records an event of a signed-in actor; pass the transaction's manager for writes. */
  async record(em: EntityManager | null, actor: Actor, event: AuditEvent): Promise<void> {
    const role = event.role ?? primaryRole(actor);
    await this.insert(em ?? this.db.manager, [
      this.values({
        clinicId: actor.clinicId,
        userId: actor.userId,
        membershipId: role ? (actor.membershipIds[role] ?? null) : null,
        ...event,
        role,
      }),
    ]);
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
    const pending = this.pending();
    if (!pending) {
      // Outside a request (CLI, tests calling services directly): record at once.
      void this.writeReads(
        [...new Set(coupleIds)].map((coupleId) => ({ actor, coupleId, targetType })),
      );
      return;
    }
    for (const coupleId of coupleIds) {
      pending.set(`${actor.sessionId}|${coupleId}|${targetType}`, { actor, coupleId, targetType });
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
    await this.insert(
      this.db.manager,
      reads.map(({ actor, coupleId, targetType }) => {
        const role = primaryRole(actor);
        return this.values({
          clinicId: actor.clinicId,
          userId: actor.userId,
          membershipId: role ? (actor.membershipIds[role] ?? null) : null,
          role,
          action: 'READ',
          targetType,
          targetId: coupleId,
          coupleId,
        });
      }),
    );
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

  private async insert(em: EntityManager, rows: unknown[][]): Promise<void> {
    const width = rows[0]?.length ?? 0;
    const placeholders = rows.map(
      (_, i) => `(${Array.from({ length: width }, (__, j) => `$${i * width + j + 1}`).join(', ')})`,
    );
    try {
      await em.query(
        `INSERT INTO audit_events ${COLUMNS} VALUES ${placeholders.join(', ')}`,
        rows.flat(),
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
