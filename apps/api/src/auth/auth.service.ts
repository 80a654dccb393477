import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import { ClsService, CLS_REQ } from 'nestjs-cls';
import type { DataSource, EntityManager } from 'typeorm';
import { passwordProblem, type Role } from '@hearth/domain';
import { AuditService } from '../audit/audit.service';
import { NO_CLINIC } from '../audit/audit-event.entity';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { AppError } from '../common/app-error';
import { raw, run, sql } from '../database/sql';
import type { Actor, SessionState } from '../common/actor';
import { SignInThrottle } from './sign-in-throttle.service';
import { hashPassword, newToken, tokenHash, verifyPassword } from './tokens';
import { TwoFactorService } from './two-factor/two-factor.service';
import type { ViewerModel } from './viewer.model';

const BAD_LOGIN = 'Email or password is incorrect.';
const BAD_CODE = 'That code is not correct.';
const STALE_CHALLENGE = 'This sign-in has expired. Please enter your email and password again.';
/** "Last seen" is refreshed at most this often: not a write on every request. */
const LAST_SEEN_EVERY = "interval '5 minutes'";
const MAX_USER_AGENT = 400;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Where a request came from, for the session list and throttling by address. */
export interface ClientInfo {
  ip: string | undefined;
  userAgent: string | undefined;
}

/** A signed-in session; `mustEnrolTwoFactor` while the clinic requires it and they have none. */
export type SignInOutcome =
  | { kind: 'SESSION'; token: string; expiresAt: Date }
  | { kind: 'TWO_FACTOR'; challenge: string; expiresAt: Date };

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly throttle: SignInThrottle,
    private readonly twoFactor: TwoFactorService,
    private readonly audit: AuditService,
    private readonly cls: ClsService,
  ) {}

  /**
   * The actor allowed to act on tenant data, or null. Revoked or expired sessions, people
   * with no active membership left in the session's clinic, and staff who must enrol in
   * two-factor first all get null: deny by default for every caller (REST handlers too).
   */
  async actorFromToken(token: string | undefined): Promise<Actor | null> {
    const state = await this.sessionFromToken(token);
    return state && !state.mustEnrolTwoFactor ? state.actor : null;
  }

  /** The session's person even when they must enrol first (for the account pages only). */
  async sessionFromToken(token: string | undefined): Promise<SessionState | null> {
    if (!token) return null;
    const rows = await run<{
      session_id: string;
      user_id: string;
      clinic_id: string;
      membership_id: string;
      role: Role;
      stale: boolean;
      must_enrol: boolean;
    }>(
      this.db,
      sql`SELECT s.id AS session_id, s.user_id, s.clinic_id, m.id AS membership_id, m.role,
              s.last_seen_at < now() - ${raw(LAST_SEEN_EVERY)} AS stale,
              c.require_two_factor AND NOT EXISTS (
                SELECT 1 FROM two_factor_credentials t
                 WHERE t.user_id = s.user_id AND t.confirmed_at IS NOT NULL) AS must_enrol
         FROM sessions s
         JOIN memberships m
           ON m.clinic_id = s.clinic_id AND m.user_id = s.user_id AND m.status = 'ACTIVE'
         JOIN clinics c ON c.id = s.clinic_id
        WHERE s.token_hash = ${tokenHash(token)} AND s.revoked_at IS NULL AND s.expires_at > now()`,
    );
    const first = rows[0];
    if (!first) return null;
    if (first.stale) {
      await run(
        this.db,
        sql`UPDATE sessions SET last_seen_at = now() WHERE id = ${first.session_id}`,
      );
    }
    const actor = toActor(first.session_id, first.user_id, first.clinic_id, rows);
    // Security invariant: the clinic's requirement binds its staff only; a client is not asked.
    const staff = actor.roles.includes('COACH') || actor.roles.includes('CLINIC_ADMIN');
    return { actor, mustEnrolTwoFactor: staff && first.must_enrol };
  }

  /**
   * The password step. Unknown email, wrong password and deactivated account all get the
   * same answer; while throttled every attempt gets "try again in …", whatever the password
   * and whether the email exists. Every failure is audited.
   */
  async login(email: string, password: string, client: ClientInfo): Promise<SignInOutcome> {
    const key = normalizeEmail(email);
    const throttled = await this.throttle.check(key, client.ip);
    const users = await run<{ id: string; password_hash: string | null }>(
      this.db,
      sql`SELECT id, password_hash FROM users WHERE email = ${key}`,
    );
    const user = users[0];
    const clinicId = user ? await this.clinicToSignInTo(user.id) : null;
    if (throttled) {
      await this.recordFailure(user?.id ?? null, clinicId, 'DENIED', 'throttled');
      throw tooManyAttempts(throttled.retryInMs);
    }
    const ok = await verifyPassword(user?.password_hash ?? null, password);
    if (!user || !ok || !clinicId) {
      const { locked } = await this.throttle.fail(key, client.ip);
      await this.recordFailure(user?.id ?? null, clinicId, 'FAILURE', 'bad_credentials', locked);
      throw AppError.unauthenticated(BAD_LOGIN);
    }
    if (await this.twoFactor.isEnabled(user.id)) {
      const challenge = newToken();
      const expiresAt = new Date(Date.now() + this.config.signIn.challengeSeconds * 1000);
      // The person's spent and expired challenges go here: the table stays small.
      await run(
        this.db,
        sql`DELETE FROM sign_in_challenges
          WHERE user_id = ${user.id} AND (consumed_at IS NOT NULL OR expires_at <= now())`,
      );
      await run(
        this.db,
        sql`INSERT INTO sign_in_challenges (user_id, token_hash, expires_at) VALUES (${user.id}, ${tokenHash(challenge)}, ${expiresAt})`,
      );
      return { kind: 'TWO_FACTOR', challenge, expiresAt };
    }
    await this.throttle.succeed(key);
    return this.signIn(user.id, clinicId, client, 'password');
  }

  /**
   * The code step: a TOTP code or a recovery code against a live challenge. Wrong codes
   * count towards the same per-account and per-address limits as wrong passwords, and void
   * the challenge after a few; a challenge signs in once.
   */
  async completeTwoFactor(
    challenge: string,
    code: string,
    client: ClientInfo,
  ): Promise<SignInOutcome> {
    const rows = await run<{ id: string; user_id: string; email: string }>(
      this.db,
      sql`SELECT ch.id, ch.user_id, u.email FROM sign_in_challenges ch JOIN users u ON u.id = ch.user_id
        WHERE ch.token_hash = ${tokenHash(challenge)} AND ch.consumed_at IS NULL AND ch.expires_at > now()
          AND ch.attempts < ${this.config.signIn.challengeAttempts}`,
    );
    const row = rows[0];
    if (!row) throw AppError.unauthenticated(STALE_CHALLENGE);
    const clinicId = await this.clinicToSignInTo(row.user_id);
    const throttled = await this.throttle.check(row.email, client.ip);
    if (throttled) {
      await this.recordFailure(row.user_id, clinicId, 'DENIED', 'throttled');
      throw tooManyAttempts(throttled.retryInMs);
    }
    const factor = await this.twoFactor.verifySignInCode(row.user_id, code);
    if (!factor || !clinicId) {
      await run(
        this.db,
        sql`UPDATE sign_in_challenges SET attempts = attempts + 1 WHERE id = ${row.id}`,
      );
      const { locked } = await this.throttle.fail(row.email, client.ip);
      await this.recordFailure(row.user_id, clinicId, 'FAILURE', 'bad_code', locked);
      throw AppError.unauthenticated(BAD_CODE);
    }
    // Single use: of two requests racing with one challenge, only one consumes it.
    const consumed = await run<unknown[]>(
      this.db,
      sql`UPDATE sign_in_challenges SET consumed_at = now()
        WHERE id = ${row.id} AND consumed_at IS NULL RETURNING id`,
    );
    if ((consumed[0]?.length ?? 0) === 0) throw AppError.unauthenticated(STALE_CHALLENGE);
    await this.throttle.succeed(row.email);
    return this.signIn(row.user_id, clinicId, client, factor === 'TOTP' ? 'totp' : 'recovery_code');
  }

  /** Creates the session and records the sign-in, in one transaction. */
  private async signIn(
    userId: string,
    clinicId: string,
    client: ClientInfo,
    method: 'password' | 'totp' | 'recovery_code',
  ): Promise<SignInOutcome> {
    return this.db.transaction(async (em) => {
      const session = await this.createSession(em, userId, clinicId, client.userAgent);
      const actor = await this.actorIn(em, session.id, userId, clinicId);
      await this.audit.record(em, actor, {
        action: 'SIGN_IN',
        targetType: 'session',
        targetId: session.id,
        detail: { method },
      });
      if (method === 'recovery_code') {
        await this.audit.record(em, actor, {
          action: 'SECURITY_CHANGE',
          targetType: 'user',
          targetId: userId,
          detail: { change: 'recovery_code_used' },
        });
      }
      return { kind: 'SESSION', token: session.token, expiresAt: session.expiresAt };
    });
  }

  private async recordFailure(
    userId: string | null,
    clinicId: string | null,
    outcome: 'FAILURE' | 'DENIED',
    reason: string,
    locked = false,
  ): Promise<void> {
    // An email nobody has is chained under NO_CLINIC; what was typed is never stored.
    await this.audit.recordAnonymous(null, {
      clinicId: clinicId ?? NO_CLINIC,
      userId: clinicId ? userId : null,
      action: 'SIGN_IN_FAILED',
      targetType: 'session',
      outcome,
      // `locked`: this failure started a lock (of the account or of the address).
      detail: locked ? { reason, locked } : { reason },
    });
  }

  /**
   * Which clinic a sign-in opens, deterministically: the one the person used last (their
   * most recently seen session), else the one they joined first; ties by id.
   */
  async clinicToSignInTo(userId: string): Promise<string | null> {
    const rows = await run<{ clinic_id: string }>(
      this.db,
      sql`WITH joined AS (
         SELECT clinic_id, min(created_at) AS joined_at FROM memberships
          WHERE user_id = ${userId} AND status = 'ACTIVE' GROUP BY clinic_id),
       used AS (
         SELECT clinic_id, max(last_seen_at) AS used_at FROM sessions
          WHERE user_id = ${userId} GROUP BY clinic_id)
       SELECT j.clinic_id FROM joined j LEFT JOIN used u ON u.clinic_id = j.clinic_id
        ORDER BY u.used_at DESC NULLS LAST, j.joined_at, j.clinic_id LIMIT 1`,
    );
    return rows[0]?.clinic_id ?? null;
  }

  async createSession(
    em: EntityManager,
    userId: string,
    clinicId: string,
    userAgent: string | undefined = this.requestUserAgent(),
  ): Promise<{ id: string; token: string; expiresAt: Date }> {
    const token = newToken();
    const expiresAt = new Date(Date.now() + this.config.sessionDays * 86_400_000);
    const rows = await run<{ id: string }>(
      em,
      sql`INSERT INTO sessions (user_id, clinic_id, token_hash, expires_at, user_agent)
       VALUES (${userId}, ${clinicId}, ${tokenHash(token)}, ${expiresAt}, ${cleanUserAgent(userAgent)}) RETURNING id`,
    );
    return { id: rows[0]!.id, token, expiresAt };
  }

  /** The User-Agent of the request being served (sessions made by other modules too). */
  private requestUserAgent(): string | undefined {
    if (!this.cls.isActive()) return undefined;
    return this.cls.get<Request | undefined>(CLS_REQ)?.get('user-agent');
  }

  /** The actor of a session, read inside a transaction (before it is visible elsewhere). */
  async actorIn(
    em: EntityManager,
    sessionId: string,
    userId: string,
    clinicId: string,
  ): Promise<Actor> {
    const rows = await run<{ membership_id: string; role: Role }>(
      em,
      sql`SELECT id AS membership_id, role FROM memberships
        WHERE user_id = ${userId} AND clinic_id = ${clinicId} AND status = 'ACTIVE'`,
    );
    return toActor(sessionId, userId, clinicId, rows);
  }

  async logout(actor: Actor): Promise<void> {
    await this.db.transaction(async (em) => {
      const ended = await run<unknown[]>(
        em,
        sql`UPDATE sessions SET revoked_at = now() WHERE id = ${actor.sessionId} AND revoked_at IS NULL RETURNING id`,
      );
      if ((ended[0]?.length ?? 0) === 0) return;
      await this.audit.record(em, actor, {
        action: 'SIGN_OUT',
        targetType: 'session',
        targetId: actor.sessionId,
      });
    });
  }

  async viewer(actor: Actor, mustEnrolTwoFactor = false): Promise<ViewerModel> {
    const rows = await run<{
      email: string;
      display_name: string;
      clinic_name: string;
      time_zone: string;
      small_cell_k: number;
    }>(
      this.db,
      sql`SELECT u.email, u.display_name, c.name AS clinic_name, c.time_zone, c.small_cell_k
         FROM users u, clinics c WHERE u.id = ${actor.userId} AND c.id = ${actor.clinicId}`,
    );
    const row = rows[0];
    if (!row) throw AppError.unauthenticated();
    return {
      id: actor.userId,
      email: row.email,
      displayName: row.display_name,
      roles: actor.roles,
      mustEnrolTwoFactor,
      clinic: {
        id: actor.clinicId,
        name: row.clinic_name,
        timeZone: row.time_zone,
        smallCellK: row.small_cell_k,
      },
    };
  }

  /** The viewer of a session just created (sign-in, invitation accepted). */
  async viewerForToken(token: string): Promise<ViewerModel> {
    const state = await this.sessionFromToken(token);
    if (!state) throw new Error('A session just created could not be read back.');
    return this.viewer(state.actor, state.mustEnrolTwoFactor);
  }

  /** Changing the password ends every other session of the person, at once. */
  async changePassword(actor: Actor, current: string, next: string): Promise<void> {
    const problem = passwordProblem(next);
    if (problem) throw AppError.field('newPassword', problem);
    const rows = await run<{ password_hash: string | null }>(
      this.db,
      sql`SELECT password_hash FROM users WHERE id = ${actor.userId}`,
    );
    if (!(await verifyPassword(rows[0]?.password_hash ?? null, current))) {
      throw AppError.field('currentPassword', 'Your current password is not correct.');
    }
    const hash = await hashPassword(next);
    await this.db.transaction(async (em) => {
      await run(em, sql`UPDATE users SET password_hash = ${hash} WHERE id = ${actor.userId}`);
      await run(
        em,
        sql`UPDATE sessions SET revoked_at = now() WHERE user_id = ${actor.userId} AND id <> ${actor.sessionId} AND revoked_at IS NULL`,
      );
      // A challenge half-way through sign-in was earned with the old password: void it.
      await run(em, sql`DELETE FROM sign_in_challenges WHERE user_id = ${actor.userId}`);
      await this.audit.record(em, actor, {
        action: 'SECURITY_CHANGE',
        targetType: 'user',
        targetId: actor.userId,
        detail: { change: 'password_changed' },
      });
    });
  }
}

function toActor(
  sessionId: string,
  userId: string,
  clinicId: string,
  rows: { membership_id: string; role: Role }[],
): Actor {
  return {
    sessionId,
    userId,
    clinicId,
    roles: rows.map((r) => r.role),
    membershipIds: Object.fromEntries(rows.map((r) => [r.role, r.membership_id])),
  };
}

/**
 * The same words for every throttled attempt, known email or not. Minutes once the wait
 * is a minute or more, so a lock reads "15 minutes".
 */
function tooManyAttempts(retryInMs: number): AppError {
  const seconds = Math.max(1, Math.ceil(retryInMs / 1000));
  const wait =
    seconds < 60
      ? `${seconds} second${seconds === 1 ? '' : 's'}`
      : `${Math.ceil(seconds / 60)} minute${Math.ceil(seconds / 60) === 1 ? '' : 's'}`;
  return AppError.unauthenticated(`Too many attempts. Try again in ${wait}.`);
}

function cleanUserAgent(value: string | undefined): string | null {
  // eslint-disable-next-line no-control-regex
  const clean = value?.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return clean ? clean.slice(0, MAX_USER_AGENT) : null;
}
