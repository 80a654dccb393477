import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { passwordProblem, type Role } from '@hearth/domain';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { AppError } from '../common/app-error';
import type { Actor } from './actor';
import { hashPassword, newToken, tokenHash, verifyPassword } from './tokens';
import type { ViewerModel } from './viewer.model';

const BAD_LOGIN = 'Email or password is incorrect.';

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Resolves a session token to the actor, or null. Revoked or expired sessions, and people
   * with no active membership left in the session's clinic, get null: signed out at once.
   */
  async actorFromToken(token: string | undefined): Promise<Actor | null> {
    if (!token) return null;
    const rows: {
      session_id: string;
      user_id: string;
      clinic_id: string;
      membership_id: string;
      role: Role;
    }[] = await this.db.query(
      `SELECT s.id AS session_id, s.user_id, s.clinic_id, m.id AS membership_id, m.role
           FROM sessions s
           JOIN memberships m
             ON m.clinic_id = s.clinic_id AND m.user_id = s.user_id AND m.status = 'ACTIVE'
          WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [tokenHash(token)],
    );
    const first = rows[0];
    if (!first) return null;
    return {
      sessionId: first.session_id,
      userId: first.user_id,
      clinicId: first.clinic_id,
      roles: rows.map((r) => r.role),
      membershipIds: Object.fromEntries(rows.map((r) => [r.role, r.membership_id])),
    };
  }

  /** Unknown email, wrong password and deactivated account all get the same answer. */
  async login(
    email: string,
    password: string,
  ): Promise<{ token: string; expiresAt: Date; userId: string }> {
    const users: { id: string; password_hash: string | null }[] = await this.db.query(
      'SELECT id, password_hash FROM users WHERE email = $1',
      [normalizeEmail(email)],
    );
    const user = users[0];
    const ok = await verifyPassword(user?.password_hash ?? null, password);
    if (!user || !ok) throw AppError.unauthenticated(BAD_LOGIN);
    const clinics: { clinic_id: string }[] = await this.db.query(
      `SELECT clinic_id FROM memberships WHERE user_id = $1 AND status = 'ACTIVE'
        GROUP BY clinic_id ORDER BY min(created_at) LIMIT 1`,
      [user.id],
    );
    const clinic = clinics[0];
    if (!clinic) throw AppError.unauthenticated(BAD_LOGIN);
    return {
      ...(await this.createSession(this.db.manager, user.id, clinic.clinic_id)),
      userId: user.id,
    };
  }

  async createSession(
    em: EntityManager,
    userId: string,
    clinicId: string,
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = newToken();
    const expiresAt = new Date(Date.now() + this.config.sessionDays * 86_400_000);
    await em.query(
      'INSERT INTO sessions (user_id, clinic_id, token_hash, expires_at) VALUES ($1, $2, $3, $4)',
      [userId, clinicId, tokenHash(token), expiresAt],
    );
    return { token, expiresAt };
  }

  async logout(actor: Actor): Promise<void> {
    await this.db.query(
      'UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL',
      [actor.sessionId],
    );
  }

  async viewer(actor: Actor): Promise<ViewerModel> {
    const rows: {
      email: string;
      display_name: string;
      clinic_name: string;
      time_zone: string;
      small_cell_k: number;
    }[] = await this.db.query(
      `SELECT u.email, u.display_name, c.name AS clinic_name, c.time_zone, c.small_cell_k
         FROM users u, clinics c WHERE u.id = $1 AND c.id = $2`,
      [actor.userId, actor.clinicId],
    );
    const row = rows[0];
    if (!row) throw AppError.unauthenticated();
    return {
      id: actor.userId,
      email: row.email,
      displayName: row.display_name,
      roles: actor.roles,
      clinic: {
        id: actor.clinicId,
        name: row.clinic_name,
        timeZone: row.time_zone,
        smallCellK: row.small_cell_k,
      },
    };
  }

  /** Changing the password ends every other session of the person, at once. */
  async changePassword(actor: Actor, current: string, next: string): Promise<void> {
    const problem = passwordProblem(next);
    if (problem) throw AppError.field('newPassword', problem);
    const rows: { password_hash: string | null }[] = await this.db.query(
      'SELECT password_hash FROM users WHERE id = $1',
      [actor.userId],
    );
    if (!(await verifyPassword(rows[0]?.password_hash ?? null, current))) {
      throw AppError.field('currentPassword', 'Your current password is not correct.');
    }
    const hash = await hashPassword(next);
    await this.db.transaction(async (em) => {
      await em.query('UPDATE users SET password_hash = $2 WHERE id = $1', [actor.userId, hash]);
      await em.query(
        'UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL',
        [actor.userId, actor.sessionId],
      );
    });
  }
}
