import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { CoupleStatus } from '@hearth/domain';
import { AccessService } from '../access/access.service';
import { AuditService, type AuditEvent } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { AppError } from '../common/app-error';
import { run, sql } from '../database/sql';
import { transaction } from '../database/transaction';
import { assertActiveCoach, lockActiveCoach } from './coach-locks';
import type { CoupleModel } from './couple.model';
import { CouplesService } from './couples.service';

/** A couple's coach and status: the clinic's reassignments, and the coach's pause and close. */
@Injectable()
export class CoupleStatusService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly couples: CouplesService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Clinic admin: reassign the primary coach and/or change the status of a couple. A new
   * coach needs a reason, kept in couple_coach_changes for the previous coach and the
   * admins, and audited as REASSIGN. An admin who is also a coach taking a couple over goes
   * through exactly this: never silently (issue: admin to content, unseen).
   */
  async updateRoster(
    actor: Actor,
    coupleId: string,
    change: { coachId?: string; status?: CoupleStatus; reason?: string },
  ): Promise<CoupleModel> {
    const adminId = this.access.requireClinicAdmin(actor);
    await this.access.requireCouple(actor, coupleId, 'ADMINISTER');
    if (change.coachId) await assertActiveCoach(this.db, actor.clinicId, change.coachId);
    return transaction(this.db, async (em) => {
      // Lock order: the coach receiving the couple, then the couple.
      if (change.coachId && !(await lockActiveCoach(em, actor.clinicId, change.coachId))) {
        throw AppError.field('coachId', 'Choose an active coach of this clinic.');
      }
      const rows = await run<{ coach_id: string; status: CoupleStatus }>(
        em,
        sql`SELECT coach_id, status FROM couples
            WHERE clinic_id = ${actor.clinicId} AND id = ${coupleId} FOR UPDATE`,
      );
      const before = rows[0];
      if (!before) throw AppError.notFound('Couple');
      const reopened = change.status && change.status !== 'CLOSED' && before.status === 'CLOSED';
      if (
        reopened &&
        !change.coachId &&
        !(await lockActiveCoach(em, actor.clinicId, before.coach_id))
      ) {
        throw AppError.field(
          'coachId',
          "The couple's coach is no longer active: choose another coach to reopen it.",
        );
      }
      const events: AuditEvent[] = [];
      const base: Omit<AuditEvent, 'action'> = {
        targetType: 'couple',
        targetId: coupleId,
        coupleId,
        role: 'CLINIC_ADMIN',
      };
      if (change.coachId && change.coachId !== before.coach_id) {
        const reason = change.reason?.trim() ?? '';
        if (!reason) {
          throw AppError.field('reason', 'Say why the couple moves to another coach.');
        }
        const inserted = await run<{ id: string }>(
          em,
          sql`INSERT INTO couple_coach_changes (clinic_id, couple_id, from_coach_id, to_coach_id, reason, changed_by_id)
             VALUES (${actor.clinicId}, ${coupleId}, ${before.coach_id}, ${change.coachId}, ${reason}, ${adminId})
             RETURNING id`,
        );
        // The reason is the admin's free text: it stays in couple_coach_changes.
        events.push({
          ...base,
          action: 'REASSIGN',
          detail: {
            fromCoachId: before.coach_id,
            toCoachId: change.coachId,
            changeId: inserted[0]!.id,
          },
        });
      }
      if (change.status && change.status !== before.status) {
        events.push({
          ...base,
          action: 'UPDATE',
          detail: { status: { from: before.status, to: change.status } },
        });
      }
      await run(
        em,
        sql`UPDATE couples SET coach_id = coalesce(${change.coachId ?? null}, coach_id),
              status = coalesce(${change.status ?? null}, status)
            WHERE clinic_id = ${actor.clinicId} AND id = ${coupleId}`,
      );
      await this.audit.record(em, actor, events);
      const [couple] = await this.couples.list(actor, 'ROSTER', [coupleId], em);
      if (!couple) throw new Error('A couple just changed could not be read back.');
      return couple;
    });
  }

  /** The couple's coach pauses, closes or reopens it. */
  async setStatus(actor: Actor, coupleId: string, status: CoupleStatus): Promise<CoupleModel> {
    await this.access.requireCouple(actor, coupleId, 'MANAGE');
    return transaction(this.db, async (em) => {
      // Lock order: the coach (still active), then the couple (still theirs).
      if (!(await lockActiveCoach(em, actor.clinicId, actor.membershipIds.COACH!))) {
        throw AppError.forbidden('Your coach account is no longer active in this clinic.');
      }
      const rows = await run<{ status: CoupleStatus }>(
        em,
        sql`SELECT c.status FROM couples c WHERE c.id = ${coupleId}
              AND ${this.access.coupleScope(actor, 'MANAGE')} FOR UPDATE`,
      );
      const before = rows[0];
      if (!before) throw AppError.notFound('Couple');
      await run(
        em,
        sql`UPDATE couples SET status = ${status}
          WHERE clinic_id = ${actor.clinicId} AND id = ${coupleId}`,
      );
      if (before.status !== status) {
        await this.audit.record(em, actor, {
          action: 'UPDATE',
          targetType: 'couple',
          targetId: coupleId,
          coupleId,
          role: 'COACH',
          detail: { status: { from: before.status, to: status } },
        });
      }
      const [couple] = await this.couples.list(actor, 'MANAGE', [coupleId], em);
      if (!couple) throw new Error('A couple just changed could not be read back.');
      return couple;
    });
  }
}
