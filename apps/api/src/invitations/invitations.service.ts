import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { passwordProblem, type Role } from '@hearth/domain';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { AppError } from '../common/app-error';
import { AuthService } from '../auth/auth.service';
import { hashPassword, newToken, tokenHash, verifyPassword } from '../auth/tokens';
import { memberName } from '../tenant/people.service';
import { empty, raw, run, sql } from '../database/sql';
import { lockEmails, transaction } from '../database/transaction';
import { MailOutbox } from '../mail/mail-outbox.service';
import { invitationMail } from '../mail/templates';
import { shortDate } from '@hearth/domain';
import type { InvitationLinkModel, InvitationPreviewModel } from './invitation.model';

export const INVITATION_DAYS = 7;

interface OpenInvitation {
  id: string;
  clinic_id: string;
  membership_id: string;
  user_id: string;
  email: string;
  display_name: string;
  role: Role;
  member_status: string;
  password_hash: string | null;
  clinic_name: string;
}

@Injectable()
export class InvitationsService {
  private readonly logger = new Logger('Invitations');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly auth: AuthService,
    private readonly mail: MailOutbox,
  ) {}

  /**
   * Issues a fresh single-use link for a membership, revoking any earlier open one. Callers
   * have already checked that the inviter may invite to this role (access module).
   */
  async issue(
    em: EntityManager,
    membership: {
      clinicId: string;
      membershipId: string;
      email: string;
      displayName: string;
      role: Role;
    },
    invitedById: string | null,
  ): Promise<InvitationLinkModel> {
    const token = newToken();
    const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
    await run(
      em,
      sql`UPDATE invitations SET revoked_at = now()
        WHERE clinic_id = ${membership.clinicId} AND membership_id = ${membership.membershipId}
          AND accepted_at IS NULL AND revoked_at IS NULL`,
    );
    await run(
      em,
      sql`INSERT INTO invitations (clinic_id, membership_id, email, token_hash, invited_by_id, expires_at)
       VALUES (${membership.clinicId}, ${membership.membershipId}, ${membership.email},
         ${tokenHash(token)}, ${invitedById}, ${expiresAt})`,
    );
    const url = `${this.config.publicUrl}/invite/${token}`;
    // Each person's own link, by email, written with the invitation (the outbox).
    const clinic = await run<{ name: string; today: string }>(
      em,
      sql`SELECT name, (${expiresAt}::timestamptz AT TIME ZONE time_zone)::date::text AS today
            FROM clinics WHERE id = ${membership.clinicId}`,
    );
    const rendered = invitationMail({
      name: membership.displayName,
      clinicName: clinic[0]!.name,
      role: membership.role,
      url,
      expiresOn: shortDate(clinic[0]!.today),
    });
    await this.mail.enqueue(em, {
      ...rendered,
      clinicId: membership.clinicId,
      kind: 'INVITATION',
      to: membership.email,
      fromName: clinic[0]!.name,
    });
    if (this.config.env !== 'production') {
      this.logger.log(`Invitation for ${membership.email} (${membership.role}): ${url}`);
    }
    return {
      email: membership.email,
      displayName: membership.displayName,
      role: membership.role,
      url,
      expiresAt,
    };
  }

  private async findOpen(
    em: EntityManager,
    token: string,
    lock: boolean,
  ): Promise<OpenInvitation | null> {
    const rows = await run<OpenInvitation>(
      em,
      sql`SELECT i.id, i.clinic_id, i.membership_id, m.user_id, u.email,
              ${raw(memberName('m', 'u'))} AS display_name, m.role,
              m.status AS member_status, u.password_hash, c.name AS clinic_name
         FROM invitations i
         JOIN memberships m ON m.clinic_id = i.clinic_id AND m.id = i.membership_id
         JOIN users u ON u.id = m.user_id
         JOIN clinics c ON c.id = i.clinic_id
        WHERE i.token_hash = ${tokenHash(token)} AND i.accepted_at IS NULL AND i.revoked_at IS NULL
          AND i.expires_at > now() AND m.status <> 'DEACTIVATED'
        ${lock ? sql`FOR UPDATE OF i, m` : empty}`,
    );
    return rows[0] ?? null;
  }

  /**
   * What the link shows. Security invariant: only what the inviter typed and the clinic's
   * name; never whether the email already has an account (the inviter holds the link too).
   */
  async preview(token: string): Promise<InvitationPreviewModel | null> {
    const inv = await this.findOpen(this.db.manager, token, false);
    if (!inv) return null;
    return {
      email: inv.email,
      displayName: inv.display_name,
      role: inv.role,
      clinicName: inv.clinic_name,
    };
  }

  /**
   * Accepts an invitation: single use (the row is locked and marked accepted in the same
   * transaction), activates the membership, sets the password (or checks the existing one)
   * and opens a session in the invitation's clinic.
   */
  async accept(
    token: string,
    password: string,
    displayName: string | undefined,
  ): Promise<{ token: string; expiresAt: Date }> {
    return transaction(this.db, async (em) => {
      // Lock order: the invited email first (re-issuing takes it too), then the invitation.
      const invited = await this.findOpen(em, token, false);
      if (invited) await lockEmails(em, [invited.email]);
      const inv = invited && (await this.findOpen(em, token, true));
      if (!inv) {
        throw AppError.field(
          'token',
          'This invitation link is invalid, used or expired. Ask for a new one.',
        );
      }
      if (inv.password_hash) {
        // An existing account proves itself by its password; its name stays its own.
        if (!(await verifyPassword(inv.password_hash, password))) {
          throw AppError.field(
            'password',
            'If you already use Hearth with this email, enter that password; otherwise choose a new one of at least 8 characters.',
          );
        }
      } else {
        const problem = passwordProblem(password);
        if (problem) throw AppError.field('password', problem);
        const hash = await hashPassword(password);
        await run(em, sql`UPDATE users SET password_hash = ${hash} WHERE id = ${inv.user_id}`);
        const name = displayName?.trim() || inv.display_name;
        await run(em, sql`UPDATE users SET display_name = ${name} WHERE id = ${inv.user_id}`);
      }
      // From now on the clinic knows the person by their own name.
      await run(
        em,
        sql`UPDATE memberships SET invited_name = NULL
          WHERE clinic_id = ${inv.clinic_id} AND id = ${inv.membership_id}`,
      );
      await run(em, sql`UPDATE invitations SET accepted_at = now() WHERE id = ${inv.id}`);
      // One way in: any other open link of this membership stops working.
      await run(
        em,
        sql`UPDATE invitations SET revoked_at = now()
          WHERE clinic_id = ${inv.clinic_id} AND membership_id = ${inv.membership_id}
            AND id <> ${inv.id} AND accepted_at IS NULL AND revoked_at IS NULL`,
      );
      await run(
        em,
        sql`UPDATE memberships SET status = 'ACTIVE'
          WHERE clinic_id = ${inv.clinic_id} AND id = ${inv.membership_id}`,
      );
      return this.auth.createSession(em, inv.user_id, inv.clinic_id);
    });
  }
}
