import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { todayIn, type CoupleStatus, type LocalDate, type Partner } from '@hearth/domain';
import { AccessService, isUuid, type CouplePermission } from '../access/access.service';
import type { Actor } from '../common/actor';
import { Clock } from '../common/clock';
import { memberName } from '../tenant/people.service';
import { raw, run, sql } from '../database/sql';

export interface FramePartner {
  membershipId: string;
  /** Display name, for flag explanations. */
  name: string;
  /**
   * The first local day this partner could check in: the intake date, or the day they
   * accepted their invitation if later. Null while they have not joined (or are
   * deactivated): nothing is expected of them.
   */
  enrolledOn: LocalDate | null;
}

/** What the check-in, measure and flag figures need to know about a couple. */
export interface CoupleFrame {
  id: string;
  clinicId: string;
  status: CoupleStatus;
  timeZone: string;
  intakeDate: LocalDate;
  csi4EveryWeeks: number;
  /** Today in the couple's time zone, by the app clock. */
  today: LocalDate;
  partners: Record<Partner, FramePartner>;
  /** The caller's side when the caller is one of the partners. */
  viewerPartner: Partner | null;
  /** True when the caller is the couple's coach. */
  viewerIsCoach: boolean;
}

interface FrameRow {
  id: string;
  clinic_id: string;
  status: CoupleStatus;
  time_zone: string;
  intake_date: string;
  csi4_every_weeks: number;
  coach_id: string;
  partner_a_id: string;
  partner_b_id: string;
  name_a: string;
  name_b: string;
  status_a: string;
  status_b: string;
  joined_a: string | null;
  joined_b: string | null;
}

const joinedOn = (slot: 'a' | 'b') =>
  `(SELECT (max(i.accepted_at) AT TIME ZONE c.time_zone)::date::text FROM invitations i
     WHERE i.clinic_id = c.clinic_id AND i.membership_id = c.partner_${slot}_id) AS joined_${slot}`;

/**
 * Loads couples (in one query for any number of ids) through the access module's couple
 * scope, with the facts every figure about them depends on.
 */
@Injectable()
export class CoupleFramesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  async load(
    actor: Actor,
    ids: readonly string[],
    permission: CouplePermission,
  ): Promise<Map<string, CoupleFrame>> {
    const wanted = [...new Set(ids)].filter(isUuid);
    if (wanted.length === 0) return new Map();
    const rows = await run<FrameRow>(
      this.db,
      sql`SELECT c.id, c.clinic_id, c.status, c.time_zone, c.intake_date::text AS intake_date,
          c.csi4_every_weeks, c.coach_id, c.partner_a_id, c.partner_b_id,
          ${raw(memberName('ma', 'ua'))} AS name_a, ma.status AS status_a, ${raw(joinedOn('a'))},
          ${raw(memberName('mb', 'ub'))} AS name_b, mb.status AS status_b, ${raw(joinedOn('b'))}
        FROM couples c
        JOIN memberships ma ON ma.clinic_id = c.clinic_id AND ma.id = c.partner_a_id
        JOIN users ua ON ua.id = ma.user_id
        JOIN memberships mb ON mb.clinic_id = c.clinic_id AND mb.id = c.partner_b_id
        JOIN users ub ON ub.id = mb.user_id
        WHERE c.id = ANY(${wanted}::uuid[]) AND ${this.access.coupleScope(actor, permission)}`,
    );
    const now = this.clock.now();
    const client = actor.membershipIds.CLIENT;
    return new Map(
      rows.map((r) => {
        const enrolled = (status: string, joined: string | null): LocalDate | null =>
          status !== 'ACTIVE' ? null : joined && joined > r.intake_date ? joined : r.intake_date;
        const frame: CoupleFrame = {
          id: r.id,
          clinicId: r.clinic_id,
          status: r.status,
          timeZone: r.time_zone,
          intakeDate: r.intake_date,
          csi4EveryWeeks: r.csi4_every_weeks,
          today: todayIn(r.time_zone, now),
          partners: {
            A: {
              membershipId: r.partner_a_id,
              name: r.name_a,
              enrolledOn: enrolled(r.status_a, r.joined_a),
            },
            B: {
              membershipId: r.partner_b_id,
              name: r.name_b,
              enrolledOn: enrolled(r.status_b, r.joined_b),
            },
          },
          viewerPartner: client === r.partner_a_id ? 'A' : client === r.partner_b_id ? 'B' : null,
          viewerIsCoach: actor.membershipIds.COACH === r.coach_id,
        };
        return [r.id, frame];
      }),
    );
  }
}
