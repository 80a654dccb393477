import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService, isUuid, type CouplePermission } from '../access/access.service';
import type { AuditEvent } from '../audit/audit.service';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { normalizeEmail } from '../auth/auth.service';
import { AppError } from '../common/app-error';
import { empty, raw, run, sql } from '../database/sql';
import { lockEmails, transaction } from '../database/transaction';
import { ensureMembership, PeopleService } from '../tenant/people.service';
import type { PersonModel } from '../tenant/person.model';
import { InvitationsService } from '../invitations/invitations.service';
import type { InvitationLinkModel } from '../invitations/invitation.model';
import type { CoupleStatus } from '@hearth/domain';
import type { CoupleModel } from './couple.model';
import { assertActiveCoach, lockActiveCoach } from './coach-locks';
import type { CreateCoupleInput } from './dto/couple.inputs';

interface CoupleRow {
  id: string;
  label: string;
  status: CoupleStatus;
  time_zone: string;
  intake_date: string;
  coach_id: string;
  partner_a_id: string;
  partner_b_id: string;
  coach_since: Date | null;
}

// coach_since: when the current coach took the couple over (null: coach from the start).
const COUPLE_COLUMNS = `c.id, c.label, c.status, c.time_zone, c.intake_date::text AS intake_date,
  c.coach_id, c.partner_a_id, c.partner_b_id,
  (SELECT max(x.changed_at) FROM couple_coach_changes x
    WHERE x.clinic_id = c.clinic_id AND x.couple_id = c.id AND x.to_coach_id = c.coach_id) AS coach_since`;

@Injectable()
export class CouplesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly people: PeopleService,
    private readonly invitations: InvitationsService,
    private readonly audit: AuditService,
  ) {}

  /** Couples the actor may access with the permission: two queries whatever the count. */
  async list(
    actor: Actor,
    permission: CouplePermission,
    ids?: string[],
    db: DataSource | EntityManager = this.db,
  ): Promise<CoupleModel[]> {
    const idFilter = ids ? sql` AND c.id = ANY(${ids.filter(isUuid)}::uuid[])` : empty;
    const rows = await run<CoupleRow>(
      db,
      sql`SELECT ${raw(COUPLE_COLUMNS)} FROM couples c
        WHERE ${this.access.coupleScope(actor, permission)}${idFilter}
        ORDER BY c.status = 'CLOSED', c.label`,
    );
    const people = await this.people.byIds(
      actor.clinicId,
      rows.flatMap((r) => [r.coach_id, r.partner_a_id, r.partner_b_id]),
      db,
    );
    const person = (id: string): PersonModel => {
      const p = people.get(id);
      if (!p) throw new Error(`Membership ${id} of a couple is missing`);
      return p;
    };
    return rows.map((r) => ({
      id: r.id,
      label: r.label,
      status: r.status,
      timeZone: r.time_zone,
      intakeDate: r.intake_date,
      coach: person(r.coach_id),
      coachSince: r.coach_since,
      partnerA: person(r.partner_a_id),
      partnerB: person(r.partner_b_id),
    }));
  }

  /** The clinic roster (names, coach, status): clinic admins only; others are refused. */
  roster(actor: Actor): Promise<CoupleModel[]> {
    this.access.requireClinicAdmin(actor);
    return this.list(actor, 'ROSTER');
  }

  async get(actor: Actor, id: string, permission: CouplePermission = 'READ'): Promise<CoupleModel> {
    const [couple] = await this.list(actor, permission, [id]);
    if (!couple) throw AppError.notFound('Couple');
    return couple;
  }

  /** The client's own couple: the most recent one they are a partner of that is not closed. */
  async ourCouple(actor: Actor): Promise<CoupleModel | null> {
    const client = actor.membershipIds.CLIENT;
    if (!client) return null;
    const couples = await this.list(actor, 'READ');
    return couples.find((c) => c.partnerA.id === client || c.partnerB.id === client) ?? null;
  }

  async create(
    actor: Actor,
    input: CreateCoupleInput,
  ): Promise<{ couple: CoupleModel; invitations: InvitationLinkModel[] }> {
    const coachId = await this.chooseCoach(actor, input.coachId);
    const emailA = normalizeEmail(input.partnerA.email);
    const emailB = normalizeEmail(input.partnerB.email);
    if (emailA === emailB)
      throw AppError.field('partnerB.email', 'Each partner needs their own email.');
    // A coach is never a partner of a couple they coach: they would read their partner's
    // PRIVATE entries as its coach.
    const coachEmail = await this.emailOf(actor.clinicId, coachId);
    const asPartner = [
      { field: 'partnerA.email', email: emailA },
      { field: 'partnerB.email', email: emailB },
    ].filter((p) => p.email === coachEmail);
    if (asPartner.length > 0) {
      throw AppError.badInput(
        asPartner.map((p) => ({
          field: p.field,
          message: "The couple's coach cannot also be one of its partners.",
        })),
      );
    }
    const inviterId = actor.membershipIds.COACH ?? actor.membershipIds.CLINIC_ADMIN!;
    const result = await transaction(this.db, async (em) => {
      // Lock order (database/transaction.ts): the partners' emails, then the coach.
      await lockEmails(em, [emailA, emailB]);
      if (!(await lockActiveCoach(em, actor.clinicId, coachId))) {
        if (coachId === actor.membershipIds.COACH) {
          throw AppError.forbidden('Your coach account is no longer active in this clinic.');
        }
        throw AppError.field('coachId', 'Choose an active coach of this clinic.');
      }
      const clinic = await run<{ time_zone: string; today: string }>(
        em,
        sql`SELECT time_zone, (now() AT TIME ZONE time_zone)::date::text AS today
          FROM clinics WHERE id = ${actor.clinicId}`,
      );
      const timeZone = input.timeZone ?? clinic[0]!.time_zone;
      const a = await ensureMembership(
        em,
        actor.clinicId,
        emailA,
        input.partnerA.displayName.trim(),
        'CLIENT',
      );
      const b = await ensureMembership(
        em,
        actor.clinicId,
        emailB,
        input.partnerB.displayName.trim(),
        'CLIENT',
      );
      await this.assertNotInOpenCouple(em, actor.clinicId, a.membershipId, 'partnerA.email');
      await this.assertNotInOpenCouple(em, actor.clinicId, b.membershipId, 'partnerB.email');
      const inserted = await run<{ id: string }>(
        em,
        sql`INSERT INTO couples (clinic_id, label, time_zone, intake_date, coach_id, partner_a_id, partner_b_id)
         VALUES (${actor.clinicId}, ${input.label.trim()}, ${timeZone},
           ${input.intakeDate ?? clinic[0]!.today}, ${coachId}, ${a.membershipId}, ${b.membershipId})
         RETURNING id`,
      );
      const links: InvitationLinkModel[] = [];
      const invited: string[] = [];
      for (const p of [a, b]) {
        if (p.status === 'ACTIVE') continue;
        invited.push(p.membershipId);
        if (p.status === 'DEACTIVATED') {
          await run(
            em,
            sql`UPDATE memberships SET status = 'INVITED', deactivated_at = NULL
              WHERE id = ${p.membershipId}`,
          );
        }
        links.push(
          await this.invitations.issue(
            em,
            {
              clinicId: actor.clinicId,
              membershipId: p.membershipId,
              email: p.email,
              displayName: p.displayName,
              role: 'CLIENT',
            },
            inviterId,
          ),
        );
      }
      const id = inserted[0]!.id;
      // Ids only: never the names or emails typed in.
      await this.audit.record(em, actor, [
        { action: 'CREATE', targetType: 'couple', targetId: id, coupleId: id },
        ...invited.map((membershipId): AuditEvent => ({
          action: 'INVITE',
          targetType: 'membership',
          targetId: membershipId,
          coupleId: id,
        })),
      ]);
      const permission = actor.membershipIds.COACH ? 'READ' : 'ROSTER';
      const [couple] = await this.list(actor, permission, [id], em);
      if (!couple) throw new Error('A couple just created could not be read back.');
      return { couple, invitations: links };
    });
    return result;
  }

  /** A coach creates couples in their own caseload; an admin names an active coach. */
  private async chooseCoach(actor: Actor, requested: string | undefined): Promise<string> {
    const own = actor.membershipIds.COACH;
    const admin = actor.membershipIds.CLINIC_ADMIN;
    if (!own && !admin) throw AppError.forbidden('Only coaches and clinic admins can add couples.');
    const wanted = requested ?? own;
    if (!wanted) throw AppError.field('coachId', 'Choose a coach for this couple.');
    if (wanted === own) return own;
    if (!admin) throw AppError.field('coachId', 'Coaches add couples to their own caseload.');
    await assertActiveCoach(this.db, actor.clinicId, wanted);
    return wanted;
  }

  private async emailOf(clinicId: string, membershipId: string): Promise<string | null> {
    const rows = await run<{ email: string }>(
      this.db,
      sql`SELECT u.email FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.clinic_id = ${clinicId} AND m.id = ${membershipId}`,
    );
    return rows[0]?.email ?? null;
  }

  private async assertNotInOpenCouple(
    em: EntityManager,
    clinicId: string,
    membershipId: string,
    field: string,
  ) {
    const rows = await run(
      em,
      sql`SELECT 1 FROM couples WHERE clinic_id = ${clinicId} AND status <> 'CLOSED'
          AND (partner_a_id = ${membershipId} OR partner_b_id = ${membershipId})`,
    );
    if (rows.length > 0)
      throw AppError.field(field, 'This person is already a partner in an open couple.');
  }

  /**
   * Re-issues a partner's invitation link (the couple's coach only). Under the partner's
   * email lock, which accepting takes too: a link is never issued to someone who has just
   * joined, and the one accepted is never revoked under them.
   */
  async invitePartner(
    actor: Actor,
    coupleId: string,
    slot: 'A' | 'B',
  ): Promise<InvitationLinkModel> {
    const before = await this.get(actor, coupleId, 'MANAGE');
    const email = (slot === 'A' ? before.partnerA : before.partnerB).email;
    return transaction(this.db, async (em) => {
      await lockEmails(em, [email]);
      const still = await run(
        em,
        sql`SELECT 1 FROM couples c WHERE c.id = ${coupleId} AND ${this.access.coupleScope(actor, 'MANAGE')}
            FOR SHARE OF c`,
      );
      const [couple] = still.length > 0 ? await this.list(actor, 'MANAGE', [coupleId], em) : [];
      if (!couple) throw AppError.notFound('Couple');
      const partner = slot === 'A' ? couple.partnerA : couple.partnerB;
      if (partner.status === 'ACTIVE')
        throw AppError.conflict(`${partner.displayName} has already joined.`);
      if (partner.status === 'DEACTIVATED')
        throw AppError.conflict(`${partner.displayName}'s account is deactivated.`);
      const link = await this.invitations.issue(
        em,
        {
          clinicId: actor.clinicId,
          membershipId: partner.id,
          email: partner.email,
          displayName: partner.displayName,
          role: 'CLIENT',
        },
        actor.membershipIds.COACH!,
      );
      await this.audit.record(em, actor, {
        action: 'INVITE',
        targetType: 'membership',
        targetId: partner.id,
        coupleId,
        role: 'COACH',
      });
      return link;
    });
  }
}
