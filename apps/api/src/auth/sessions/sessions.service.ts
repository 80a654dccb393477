import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isUuid } from '../../access/access.service';
import { AuditService } from '../../audit/audit.service';
import { AppError } from '../../common/app-error';
import { run, runChange, sql } from '../../database/sql';
import type { Actor } from '../../common/actor';
import { AuthService } from '../auth.service';
import { summarizeUserAgent, type DeviceSummary } from './user-agent';

export interface AccountSession extends DeviceSummary {
  id: string;
  signedInAt: Date;
  lastSeenAt: Date;
  current: boolean;
}

export interface ClinicChoice {
  id: string;
  name: string;
  current: boolean;
}

/**
 * A person's own sessions and clinics. Everything here is scoped to `actor.userId` in the
 * SQL itself: an id of someone else's session or of a clinic the person is not an active
 * member of matches no row and answers NOT_FOUND, changing nothing.
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
  ) {}

  /** Active sessions of the person, in every clinic, most recently seen first. */
  async list(actor: Actor): Promise<AccountSession[]> {
    const rows: { id: string; created_at: Date; last_seen_at: Date; user_agent: string | null }[] =
      await run(
        this.db,
        sql`SELECT id, created_at, last_seen_at, user_agent FROM sessions
          WHERE user_id = ${actor.userId} AND revoked_at IS NULL AND expires_at > now()
          ORDER BY id = ${actor.sessionId} DESC, last_seen_at DESC, id`,
      );
    return rows.map((r) => ({
      id: r.id,
      signedInAt: r.created_at,
      lastSeenAt: r.last_seen_at,
      current: r.id === actor.sessionId,
      ...summarizeUserAgent(r.user_agent),
    }));
  }

  /** Signs one of the person's sessions out (this one included). */
  async revoke(actor: Actor, sessionId: string): Promise<void> {
    if (!isUuid(sessionId)) throw AppError.notFound('Session');
    await this.db.transaction(async (em) => {
      const ended = await run<unknown[]>(
        em,
        sql`UPDATE sessions SET revoked_at = now()
          WHERE id = ${sessionId} AND user_id = ${actor.userId} AND revoked_at IS NULL AND expires_at > now()
          RETURNING id`,
      );
      if ((ended[0]?.length ?? 0) === 0) throw AppError.notFound('Session');
      await this.audit.record(em, actor, {
        action: 'SECURITY_CHANGE',
        targetType: 'session',
        targetId: sessionId,
        detail: { change: 'session_revoked' },
      });
    });
  }

  /** Signs every other session of the person out; returns how many. */
  async revokeOthers(actor: Actor): Promise<number> {
    return this.db.transaction(async (em) => {
      const ended = await runChange<{ id: string }>(
        em,
        sql`UPDATE sessions SET revoked_at = now()
          WHERE user_id = ${actor.userId} AND id <> ${actor.sessionId} AND revoked_at IS NULL AND expires_at > now()
          RETURNING id`,
      );
      const count = ended[0].length;
      if (count > 0) {
        await this.audit.record(em, actor, {
          action: 'SECURITY_CHANGE',
          targetType: 'session',
          targetId: null,
          detail: { change: 'other_sessions_revoked', count },
        });
      }
      return count;
    });
  }

  /** Clinics where the person has an active membership; only their own, by name. */
  async clinics(userId: string, currentClinicId: string): Promise<ClinicChoice[]> {
    const rows = await run<{ id: string; name: string }>(
      this.db,
      sql`SELECT c.id, c.name FROM clinics c
        WHERE EXISTS (SELECT 1 FROM memberships m
                       WHERE m.clinic_id = c.id AND m.user_id = ${userId} AND m.status = 'ACTIVE')
        ORDER BY c.name, c.id`,
    );
    return rows.map((r) => ({ ...r, current: r.id === currentClinicId }));
  }

  /**
   * Moves this session to another clinic of the person: from the next request on it acts
   * there only. Recorded in the new clinic's chain only, naming no other clinic: each
   * clinic's trail holds what happened in that clinic, and no clinic learns that the person
   * also works elsewhere (docs/security.md).
   */
  async switchClinic(actor: Actor, clinicId: string): Promise<Actor> {
    if (!isUuid(clinicId)) throw AppError.notFound('Clinic');
    if (clinicId === actor.clinicId) return actor;
    return this.db.transaction(async (em) => {
      const moved = await run<unknown[]>(
        em,
        sql`UPDATE sessions SET clinic_id = ${clinicId}, last_seen_at = now()
          WHERE id = ${actor.sessionId} AND user_id = ${actor.userId} AND revoked_at IS NULL
            AND EXISTS (SELECT 1 FROM memberships m
                         WHERE m.clinic_id = ${clinicId} AND m.user_id = ${actor.userId} AND m.status = 'ACTIVE')
          RETURNING id`,
      );
      if ((moved[0]?.length ?? 0) === 0) throw AppError.notFound('Clinic');
      const next = await this.auth.actorIn(em, actor.sessionId, actor.userId, clinicId);
      await this.audit.record(em, next, {
        action: 'CLINIC_SWITCH',
        targetType: 'session',
        targetId: actor.sessionId,
      });
      return next;
    });
  }
}
