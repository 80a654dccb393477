import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { passwordProblem } from '@hearth/domain';
import { AuditService } from '../../audit/audit.service';
import { AppError } from '../../common/app-error';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { run, sql } from '../../database/sql';
import { lockEmails, transaction } from '../../database/transaction';
import { MailOutbox } from '../../mail/mail-outbox.service';
import { passwordResetMail } from '../../mail/templates';
import { normalizeEmail } from '../auth.service';
import { hashPassword, newToken, tokenHash } from '../tokens';

/** How long a reset link works. */
const RESET_MINUTES = 60;
/** Links sent to one account per hour, at most: more requests are answered the same, silently. */
const RESETS_PER_HOUR = 3;

const INVALID = 'This reset link is invalid, used or expired. Ask for a new one.';

/**
 * "Forgot password": a single-use link by email. Security invariants: the request answers
 * the same whether or not the address has an account (and takes about as long: the work
 * is one query either way, the email goes out from the outbox); the token is stored only
 * hashed; using it ends every session of the person; both steps are audited.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly mail: MailOutbox,
  ) {}

  async request(rawEmail: string): Promise<void> {
    const email = normalizeEmail(rawEmail);
    await transaction(this.db, async (em) => {
      await lockEmails(em, [email]);
      const users = await run<{ id: string; display_name: string; recent: number }>(
        em,
        sql`SELECT u.id, u.display_name,
                (SELECT count(*)::int FROM password_resets r
                  WHERE r.user_id = u.id AND r.created_at > now() - interval '1 hour') AS recent
             FROM users u WHERE u.email = ${email} AND u.password_hash IS NOT NULL`,
      );
      const user = users[0];
      if (!user || user.recent >= RESETS_PER_HOUR) return;
      const token = newToken();
      await run(
        em,
        sql`INSERT INTO password_resets (user_id, token_hash, expires_at)
            VALUES (${user.id}, ${tokenHash(token)}, now() + make_interval(mins => ${RESET_MINUTES}))`,
      );
      const rendered = passwordResetMail({
        name: user.display_name,
        url: `${this.config.publicUrl}/reset-password/${token}`,
      });
      await this.mail.enqueue(em, {
        ...rendered,
        clinicId: null,
        kind: 'PASSWORD_RESET',
        to: email,
        fromName: 'Hearth',
      });
      await this.recordInEachClinic(em, user.id, 'password_reset_requested');
    });
  }

  /** Sets a new password with a reset link's token; every session of the person ends. */
  async reset(token: string, password: string): Promise<void> {
    const problem = passwordProblem(password);
    if (problem) throw AppError.field('password', problem);
    const hash = await hashPassword(password);
    await transaction(this.db, async (em) => {
      const rows = await run<{ id: string; user_id: string }>(
        em,
        sql`SELECT id, user_id FROM password_resets
             WHERE token_hash = ${tokenHash(token)} AND used_at IS NULL AND expires_at > now()
             FOR UPDATE`,
      );
      const reset = rows[0];
      if (!reset) throw AppError.field('token', INVALID);
      await run(em, sql`UPDATE password_resets SET used_at = now() WHERE id = ${reset.id}`);
      // Any other open link of the person stops working too.
      await run(
        em,
        sql`UPDATE password_resets SET used_at = now() WHERE user_id = ${reset.user_id} AND used_at IS NULL`,
      );
      await run(em, sql`UPDATE users SET password_hash = ${hash} WHERE id = ${reset.user_id}`);
      await run(
        em,
        sql`UPDATE sessions SET revoked_at = now() WHERE user_id = ${reset.user_id} AND revoked_at IS NULL`,
      );
      await run(em, sql`DELETE FROM sign_in_challenges WHERE user_id = ${reset.user_id}`);
      await this.recordInEachClinic(em, reset.user_id, 'password_reset');
    });
  }

  /** A security event about a person, in the trail of every clinic they belong to. */
  private async recordInEachClinic(em: EntityManager, userId: string, change: string) {
    const clinics = await run<{ clinic_id: string }>(
      em,
      sql`SELECT DISTINCT clinic_id FROM memberships WHERE user_id = ${userId} ORDER BY clinic_id`,
    );
    for (const { clinic_id } of clinics.length ? clinics : [{ clinic_id: null }]) {
      await this.audit.recordAnonymous(em, {
        clinicId: clinic_id,
        userId,
        action: 'SECURITY_CHANGE',
        targetType: 'user',
        targetId: userId,
        detail: { change },
      });
    }
  }
}
