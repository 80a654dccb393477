import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Secret, TOTP } from 'otpauth';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { AppError } from '../../common/app-error';
import { run, sql } from '../../database/sql';
import { Clock } from '../../common/clock';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { hasRole, type Actor } from '../../common/actor';
import { verifyPassword } from '../tokens';
import {
  looksLikeRecoveryCode,
  newRecoveryCode,
  RECOVERY_CODE_COUNT,
  recoveryCodeHash,
} from './recovery-codes';
import { SecretBox } from './secret-box';

const PERIOD_SECONDS = 30;
/** One step either side: a phone clock a little off, or a code typed as it changed. */
const WINDOW = 1;

export type SecondFactor = 'TOTP' | 'RECOVERY_CODE';

/** What the person proves before turning two-factor off or renewing recovery codes. */
export interface Reauthentication {
  password?: string | null;
  code?: string | null;
}

/**
 * TOTP (RFC 6238: SHA-1, 6 digits, 30 s, what every authenticator app reads) and one-time
 * recovery codes, for coaches and clinic admins. Security invariants: the secret is stored
 * only encrypted (SecretBox); a code is accepted at most once (`last_used_step` only moves
 * forward, in one conditional UPDATE, so two concurrent requests with one code cannot both
 * pass); a recovery code is spent in the UPDATE that accepts it.
 */
@Injectable()
export class TwoFactorService {
  private readonly box: SecretBox;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {
    this.box = new SecretBox(config.secretKey);
  }

  async status(userId: string): Promise<{ enabled: boolean; recoveryCodesLeft: number }> {
    const rows = await run<{ enabled: boolean; left: number }>(
      this.db,
      sql`SELECT EXISTS (SELECT 1 FROM two_factor_credentials
                       WHERE user_id = ${userId} AND confirmed_at IS NOT NULL) AS enabled,
              (SELECT count(*)::int FROM recovery_codes WHERE user_id = ${userId} AND used_at IS NULL) AS left`,
    );
    return { enabled: rows[0]?.enabled ?? false, recoveryCodesLeft: rows[0]?.left ?? 0 };
  }

  async isEnabled(userId: string): Promise<boolean> {
    return (await this.status(userId)).enabled;
  }

  /** A new secret to scan; replaces an unfinished enrolment. Nothing changes until confirmed. */
  async startEnrolment(actor: Actor): Promise<{ secret: string; uri: string }> {
    requireStaff(actor);
    if (await this.isEnabled(actor.userId)) {
      throw AppError.conflict('Two-factor sign-in is already on. Turn it off first to change it.');
    }
    const users = await run<{ email: string }>(
      this.db,
      sql`SELECT email FROM users WHERE id = ${actor.userId}`,
    );
    const secret = new Secret({ size: 20 });
    const totp = totpFor(secret, users[0]?.email ?? '');
    await run(
      this.db,
      sql`INSERT INTO two_factor_credentials (user_id, secret_ciphertext) VALUES (${actor.userId}, ${this.box.seal(secret.base32, actor.userId)})
       ON CONFLICT (user_id) DO UPDATE
         SET secret_ciphertext = EXCLUDED.secret_ciphertext, last_used_step = NULL,
             created_at = now()
       WHERE two_factor_credentials.confirmed_at IS NULL`,
    );
    return { secret: secret.base32, uri: totp.toString() };
  }

  /** Turns two-factor on with a first code from the app; returns the recovery codes, once. */
  async confirmEnrolment(actor: Actor, code: string): Promise<string[]> {
    requireStaff(actor);
    const pending = await run<{ secret_ciphertext: string }>(
      this.db,
      sql`SELECT secret_ciphertext FROM two_factor_credentials
        WHERE user_id = ${actor.userId} AND confirmed_at IS NULL`,
    );
    const row = pending[0];
    if (!row) throw AppError.conflict('Start setting up two-factor sign-in first.');
    const step = this.matchingStep(this.box.open(row.secret_ciphertext, actor.userId), code);
    if (step === null) throw AppError.field('code', 'That code is not correct. Try the next one.');
    return this.db.transaction(async (em) => {
      const updated = await run<unknown[]>(
        em,
        sql`UPDATE two_factor_credentials SET confirmed_at = now(), last_used_step = ${step}
          WHERE user_id = ${actor.userId} AND confirmed_at IS NULL RETURNING user_id`,
      );
      if (updated[0]?.length === 0) throw AppError.conflict('Two-factor sign-in is already on.');
      const codes = await this.replaceRecoveryCodes(em, actor.userId);
      await this.audit.record(em, actor, {
        action: 'SECURITY_CHANGE',
        targetType: 'user',
        targetId: actor.userId,
        detail: { change: 'two_factor_enabled' },
      });
      return codes;
    });
  }

  /** Needs the password or a current code; refused while a clinic of theirs requires it. */
  async disable(actor: Actor, proof: Reauthentication): Promise<void> {
    await this.reauthenticate(actor, proof);
    const requiring = await run<unknown>(
      this.db,
      sql`SELECT 1 FROM memberships m JOIN clinics c ON c.id = m.clinic_id
        WHERE m.user_id = ${actor.userId} AND m.status = 'ACTIVE' AND m.role IN ('COACH', 'CLINIC_ADMIN')
          AND c.require_two_factor LIMIT 1`,
    );
    if (requiring.length > 0) {
      throw AppError.conflict(
        'Your clinic requires two-factor sign-in, so it cannot be turned off.',
      );
    }
    await this.db.transaction(async (em) => {
      await run(em, sql`DELETE FROM recovery_codes WHERE user_id = ${actor.userId}`);
      await run(em, sql`DELETE FROM two_factor_credentials WHERE user_id = ${actor.userId}`);
      await this.audit.record(em, actor, {
        action: 'SECURITY_CHANGE',
        targetType: 'user',
        targetId: actor.userId,
        detail: { change: 'two_factor_disabled' },
      });
    });
  }

  /** New recovery codes; the old ones stop working at once. */
  async regenerateRecoveryCodes(actor: Actor, proof: Reauthentication): Promise<string[]> {
    if (!(await this.isEnabled(actor.userId))) {
      throw AppError.conflict('Turn on two-factor sign-in first.');
    }
    await this.reauthenticate(actor, proof);
    return this.db.transaction(async (em) => {
      const codes = await this.replaceRecoveryCodes(em, actor.userId);
      await this.audit.record(em, actor, {
        action: 'SECURITY_CHANGE',
        targetType: 'user',
        targetId: actor.userId,
        detail: { change: 'recovery_codes_regenerated' },
      });
      return codes;
    });
  }

  /**
   * Checks a sign-in code: a TOTP code for a step later than the last one accepted, or an
   * unused recovery code (spent here). Null when neither.
   */
  async verifySignInCode(userId: string, input: string): Promise<SecondFactor | null> {
    const code = input.trim();
    if (looksLikeRecoveryCode(code)) {
      const spent = await run<unknown[]>(
        this.db,
        sql`UPDATE recovery_codes SET used_at = now()
          WHERE user_id = ${userId} AND code_hash = ${recoveryCodeHash(code)} AND used_at IS NULL RETURNING id`,
      );
      return (spent[0]?.length ?? 0) > 0 ? 'RECOVERY_CODE' : null;
    }
    const rows = await run<{ secret_ciphertext: string }>(
      this.db,
      sql`SELECT secret_ciphertext FROM two_factor_credentials
        WHERE user_id = ${userId} AND confirmed_at IS NOT NULL`,
    );
    const row = rows[0];
    if (!row) return null;
    const step = this.matchingStep(this.box.open(row.secret_ciphertext, userId), code);
    if (step === null) return null;
    // Replay guard: only a later step than the last accepted one moves the marker.
    const moved = await run<unknown[]>(
      this.db,
      sql`UPDATE two_factor_credentials SET last_used_step = ${step}
        WHERE user_id = ${userId} AND (last_used_step IS NULL OR last_used_step < ${step}) RETURNING user_id`,
    );
    return (moved[0]?.length ?? 0) > 0 ? 'TOTP' : null;
  }

  private async reauthenticate(actor: Actor, proof: Reauthentication): Promise<void> {
    if (proof.code) {
      if (await this.verifySignInCode(actor.userId, proof.code)) return;
      throw AppError.field('code', 'That code is not correct.');
    }
    if (proof.password) {
      const rows = await run<{ password_hash: string | null }>(
        this.db,
        sql`SELECT password_hash FROM users WHERE id = ${actor.userId}`,
      );
      if (await verifyPassword(rows[0]?.password_hash ?? null, proof.password)) return;
      throw AppError.field('password', 'Your password is not correct.');
    }
    throw AppError.field('password', 'Enter your password or a code from your app.');
  }

  private async replaceRecoveryCodes(em: EntityManager, userId: string): Promise<string[]> {
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await run(em, sql`DELETE FROM recovery_codes WHERE user_id = ${userId}`);
    await run(
      em,
      sql`INSERT INTO recovery_codes (user_id, code_hash)
       SELECT ${userId}, unnest(${codes.map(recoveryCodeHash)}::text[])`,
    );
    return codes;
  }

  /** The 30-second step the code belongs to, or null when it matches none near now. */
  private matchingStep(base32: string, code: string): number | null {
    const token = code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(token)) return null;
    const timestamp = this.clock.now().getTime();
    const delta = totpFor(Secret.fromBase32(base32), '').validate({
      token,
      timestamp,
      window: WINDOW,
    });
    if (delta === null) return null;
    return Math.floor(timestamp / 1000 / PERIOD_SECONDS) + delta;
  }
}

function totpFor(secret: Secret, label: string): TOTP {
  return new TOTP({
    issuer: 'Hearth',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret,
  });
}

function requireStaff(actor: Actor): void {
  if (!hasRole(actor, 'COACH') && !hasRole(actor, 'CLINIC_ADMIN')) {
    throw AppError.forbidden('Two-factor sign-in is for coaches and clinic admins.');
  }
}
