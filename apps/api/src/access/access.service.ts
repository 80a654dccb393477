import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { AppError } from '../common/app-error';
import { run, sql, type Sql } from '../database/sql';

/**
 * What an actor may do with a couple (PRODUCT.md, "Who uses it"):
 * - READ: the couple's own page: its coach, or either partner.
 * - MANAGE: invite partners, assign homework: the couple's coach only.
 * - ROSTER: names, coach and status: clinic admins (never content).
 * - ADMINISTER: reassign the coach, change status as the clinic: clinic admins.
 * - PARTNER: write one's own entries (check-ins, measures): the couple's partners only.
 */
export type CouplePermission = 'READ' | 'MANAGE' | 'ROSTER' | 'ADMINISTER' | 'PARTNER';

/**
 * The one place that decides which tenant records an actor may touch. Deny by default:
 * every predicate starts from the actor's clinic, and a role the actor does not hold adds
 * nothing. Services ask here, in batched set queries, before reading or writing.
 */
@Injectable()
export class AccessService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * A WHERE fragment limiting couples (alias `c`) to those the actor may access with the
   * permission. It carries its own values: embed it in a `sql` query.
   */
  coupleScope(actor: Actor, permission: CouplePermission): Sql {
    const coach = actor.membershipIds.COACH ?? null;
    const client = actor.membershipIds.CLIENT ?? null;
    const admin = actor.membershipIds.CLINIC_ADMIN ?? null;
    // Security invariant: the clinic condition is always first and always present.
    const clinic = sql`c.clinic_id = ${actor.clinicId}`;
    switch (permission) {
      case 'READ':
        return sql`${clinic} AND (c.coach_id = ${coach} OR c.partner_a_id = ${client} OR c.partner_b_id = ${client})`;
      case 'MANAGE':
        return sql`${clinic} AND c.coach_id = ${coach}`;
      case 'PARTNER':
        return sql`${clinic} AND (c.partner_a_id = ${client} OR c.partner_b_id = ${client})`;
      case 'ROSTER':
      case 'ADMINISTER':
        return sql`${clinic} AND ${admin}::uuid IS NOT NULL`;
      default: {
        const unreachable: never = permission;
        throw new Error(`Unknown permission ${String(unreachable)}`);
      }
    }
  }

  /**
   * Entries partners write (completions, check-ins, measures) and everything hanging off
   * them (comments), for an entry table aliased `e` joined to its couple as `c`
   * (`JOIN couples c ON c.clinic_id = e.clinic_id AND c.id = e.couple_id`). The entry needs
   * columns clinic_id, couple_id, author_id and visibility.
   *
   * Privacy invariant (PRODUCT.md): an entry is seen by its author and the couple's coach;
   * the other partner sees it only when it is SHARED; clinic admins never see entries. Every
   * list, count, chart and nested field of entries must be built on this scope.
   */
  entryScope(actor: Actor): Sql {
    const coach = actor.membershipIds.COACH ?? null;
    const client = actor.membershipIds.CLIENT ?? null;
    return sql`e.clinic_id = ${actor.clinicId} AND (c.coach_id = ${coach} OR e.author_id = ${client}
        OR (e.visibility = 'SHARED' AND (c.partner_a_id = ${client} OR c.partner_b_id = ${client})))`;
  }

  /**
   * Tasks (alias `t`, joined to its couple `c`) of a couple the actor may READ that the actor
   * sees: the coach every task; a partner their own side's tasks and the together ones (the
   * other partner's tasks are theirs alone, so neither their number nor their state is shown).
   */
  taskScope(actor: Actor): Sql {
    const coach = actor.membershipIds.COACH ?? null;
    const client = actor.membershipIds.CLIENT ?? null;
    return sql`t.clinic_id = ${actor.clinicId} AND (c.coach_id = ${coach} OR t.partner IS NULL
        OR (t.partner = 'A' AND c.partner_a_id = ${client}) OR (t.partner = 'B' AND c.partner_b_id = ${client}))`;
  }

  /** The subset of `ids` the actor may access with the permission, in one query. */
  async couples(actor: Actor, permission: CouplePermission, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await run<{ id: string }>(
      this.db,
      sql`SELECT c.id FROM couples c
          WHERE c.id = ANY(${ids.filter(isUuid)}::uuid[]) AND ${this.coupleScope(actor, permission)}`,
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Throws NOT_FOUND (never FORBIDDEN: no existence leaks) unless one permission allows it. */
  async requireCouple(actor: Actor, id: string, ...permissions: CouplePermission[]): Promise<void> {
    for (const permission of permissions) {
      if ((await this.couples(actor, permission, [id])).has(id)) return;
    }
    // The refusal is audited (outcome DENIED) for the clinic's admins; the caller sees only
    // the same NOT_FOUND as for an id that does not exist.
    this.audit.denied(actor, 'couple', id);
    throw AppError.notFound('Couple');
  }

  /** Clinic-level actions (settings, coaches, aggregates) need the admin role. */
  requireClinicAdmin(actor: Actor): string {
    const id = actor.membershipIds.CLINIC_ADMIN;
    if (!id) throw AppError.forbidden('Only clinic admins can do this.');
    return id;
  }

  /**
   * The clinic whose aggregates (the clinic dashboard and its export) the actor may see:
   * the session's own clinic, for its clinic admins only. Security invariant: aggregates
   * are computed over this clinic id and nothing else, carry no entry content, and pass
   * libs/domain small-cell suppression before they leave the API.
   */
  requireClinicAggregates(actor: Actor): string {
    this.requireClinicAdmin(actor);
    return actor.clinicId;
  }

  /** Coaches and admins use the exercise catalogue; clients only see what is assigned. */
  requireStaff(actor: Actor): string {
    const id = actor.membershipIds.COACH ?? actor.membershipIds.CLINIC_ADMIN;
    if (!id) throw AppError.forbidden('Only coaches and clinic admins can use the catalogue.');
    return id;
  }

  requireCoach(actor: Actor): string {
    const id = actor.membershipIds.COACH;
    if (!id) throw AppError.forbidden('Only coaches can do this.');
    return id;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from clients are untrusted: a malformed one simply matches nothing. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
