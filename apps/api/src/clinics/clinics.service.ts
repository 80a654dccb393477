import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, isUuid } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { normalizeEmail } from '../auth/auth.service';
import { AppError } from '../common/app-error';
import { raw, run, runChange, sql } from '../database/sql';
import { lockEmails, transaction } from '../database/transaction';
import { InvitationsService } from '../invitations/invitations.service';
import type { InvitationLinkModel } from '../invitations/invitation.model';
import type { ClinicModel } from '../tenant/clinic.model';
import type { UpdateClinicInput, InviteCoachInput } from './dto/clinic.inputs';
import { ensureMembership, memberName, PERSON_COLUMNS, toPerson } from '../tenant/people.service';
import type { CoachModel } from '../tenant/person.model';

@Injectable()
export class ClinicsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly invitations: InvitationsService,
    private readonly audit: AuditService,
  ) {}

  async update(actor: Actor, input: UpdateClinicInput): Promise<ClinicModel> {
    this.access.requireClinicAdmin(actor);
    type Row = { id: string; name: string; time_zone: string; small_cell_k: number };
    const rows = await this.audit.write(
      actor,
      async (em): Promise<{ before: Row | undefined; after: Row | undefined }> => {
        const before = await run<Row>(
          em,
          sql`SELECT id, name, time_zone, small_cell_k FROM clinics
            WHERE id = ${actor.clinicId} FOR UPDATE`,
        );
        const [updated] = await runChange<Row>(
          em,
          sql`UPDATE clinics SET name = ${input.name.trim()}, time_zone = ${input.timeZone},
              small_cell_k = ${input.smallCellK}
            WHERE id = ${actor.clinicId}
           RETURNING id, name, time_zone, small_cell_k`,
        );
        return { before: before[0], after: updated[0] };
      },
      // The names of the settings that changed, not their values.
      ({ before, after }) => ({
        action: 'SETTINGS_CHANGE',
        targetType: 'clinic',
        targetId: actor.clinicId,
        role: 'CLINIC_ADMIN',
        detail: {
          settings: (['name', 'time_zone', 'small_cell_k'] as const)
            .filter((k) => before && after && before[k] !== after[k])
            .map((k) => ({ name: 'name', time_zone: 'timeZone', small_cell_k: 'smallCellK' })[k]),
        },
      }),
    );
    const row = rows.after;
    if (!row) throw AppError.notFound('Clinic');
    return { id: row.id, name: row.name, timeZone: row.time_zone, smallCellK: row.small_cell_k };
  }

  /** The clinic's coaches with their caseload size: one GROUP BY, no per-coach queries. */
  async coaches(actor: Actor): Promise<CoachModel[]> {
    this.access.requireClinicAdmin(actor);
    const rows = await run<Parameters<typeof toPerson>[0] & { active_couples: string }>(
      this.db,
      sql`SELECT ${raw(PERSON_COLUMNS)},
              (SELECT count(*) FROM couples c
                WHERE c.clinic_id = m.clinic_id AND c.coach_id = m.id AND c.status <> 'CLOSED') AS active_couples
         FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.clinic_id = ${actor.clinicId} AND m.role = 'COACH'
        ORDER BY m.status = 'DEACTIVATED', ${raw(memberName('m', 'u'))}`,
    );
    return rows.map((r) => ({ ...toPerson(r), activeCouples: Number(r.active_couples) }));
  }

  async inviteCoach(actor: Actor, input: InviteCoachInput): Promise<InvitationLinkModel> {
    const adminId = this.access.requireClinicAdmin(actor);
    const email = normalizeEmail(input.email);
    return transaction(this.db, async (em) => {
      // Lock order: the email first (accepting the invitation takes it too).
      await lockEmails(em, [email]);
      const m = await ensureMembership(
        em,
        actor.clinicId,
        email,
        input.displayName.trim(),
        'COACH',
      );
      if (m.status === 'ACTIVE') throw AppError.field('email', `${email} is already a coach here.`);
      if (m.status === 'DEACTIVATED') {
        await run(
          em,
          sql`UPDATE memberships SET status = 'INVITED', deactivated_at = NULL
            WHERE id = ${m.membershipId}`,
        );
      }
      const link = await this.invitations.issue(
        em,
        {
          clinicId: actor.clinicId,
          membershipId: m.membershipId,
          email,
          displayName: m.displayName,
          role: 'COACH',
        },
        adminId,
      );
      await this.audit.record(em, actor, {
        action: 'INVITE',
        targetType: 'membership',
        targetId: m.membershipId,
        role: 'CLINIC_ADMIN',
        detail: { role: 'COACH' },
      });
      return link;
    });
  }

  /**
   * Deactivates a coach: their sessions in this clinic end at once. A coach who still has
   * couples must have them reassigned first, so no couple is left without a coach.
   */
  async deactivateCoach(actor: Actor, membershipId: string): Promise<CoachModel> {
    this.access.requireClinicAdmin(actor);
    if (!isUuid(membershipId)) throw AppError.notFound('Coach');
    await transaction(this.db, async (em) => {
      // The membership is locked first; its couples are counted by a new statement, which
      // sees every couple a createCouple holding the lock (for share) committed.
      const rows = await run<{ user_id: string }>(
        em,
        sql`SELECT m.user_id FROM memberships m
          WHERE m.clinic_id = ${actor.clinicId} AND m.id = ${membershipId}::uuid
            AND m.role = 'COACH' FOR UPDATE`,
      );
      const row = rows[0];
      if (!row) throw AppError.notFound('Coach');
      if (row.user_id === actor.userId) throw AppError.conflict('You cannot deactivate yourself.');
      const open = await run<{ n: number }>(
        em,
        sql`SELECT count(*)::int AS n FROM couples c WHERE c.clinic_id = ${actor.clinicId}
            AND c.coach_id = ${membershipId} AND c.status <> 'CLOSED'`,
      );
      if (open[0]!.n > 0) {
        throw AppError.conflict(
          `Reassign this coach's ${open[0]!.n} couple(s) before deactivating them.`,
        );
      }
      await run(
        em,
        sql`UPDATE memberships SET status = 'DEACTIVATED', deactivated_at = now()
          WHERE clinic_id = ${actor.clinicId} AND id = ${membershipId}`,
      );
      await run(
        em,
        sql`UPDATE sessions SET revoked_at = now()
          WHERE clinic_id = ${actor.clinicId} AND user_id = ${row.user_id} AND revoked_at IS NULL
            AND NOT EXISTS (SELECT 1 FROM memberships m
                             WHERE m.clinic_id = ${actor.clinicId} AND m.user_id = ${row.user_id}
                               AND m.status = 'ACTIVE')`,
      );
      await this.audit.record(em, actor, {
        action: 'ROLE_CHANGE',
        targetType: 'membership',
        targetId: membershipId,
        role: 'CLINIC_ADMIN',
        detail: { role: 'COACH', status: 'DEACTIVATED' },
      });
    });
    const coach = (await this.coaches(actor)).find((c) => c.id === membershipId);
    if (!coach) throw AppError.notFound('Coach');
    return coach;
  }
}
