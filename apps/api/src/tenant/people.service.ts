import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { MemberStatus, Role } from '@hearth/domain';
import type { PersonModel } from './person.model';
import { raw, run, sql } from '../database/sql';

interface PersonRow {
  id: string;
  role: Role;
  status: MemberStatus;
  display_name: string;
  email: string;
  invitation_expires_at: Date | null;
}

/**
 * A member's name as their clinic knows it, for memberships `m` joined to users `u`: what
 * the inviter typed until the person accepts, then the person's own. Security invariant:
 * the account's name (which another clinic may know) never reaches a clinic the person has
 * not joined.
 */
export const memberName = (m: string, u: string) =>
  `coalesce(${m}.invited_name, ${u}.display_name)`;

/** SELECT list for a person (membership + user + open invitation), alias m for memberships. */
export const PERSON_COLUMNS = `m.id, m.role, m.status, ${memberName('m', 'u')} AS display_name, u.email,
  (SELECT max(i.expires_at) FROM invitations i
    WHERE i.clinic_id = m.clinic_id AND i.membership_id = m.id
      AND i.accepted_at IS NULL AND i.revoked_at IS NULL) AS invitation_expires_at`;

export function toPerson(row: PersonRow): PersonModel {
  return {
    id: row.id,
    role: row.role,
    status: row.status,
    displayName: row.display_name,
    email: row.email,
    invitationExpiresAt: row.invitation_expires_at,
  };
}

/**
 * Loads people by membership id within one clinic, in one query. Callers pass only ids they
 * reached through an access-checked record (a couple's coach or partners).
 */
@Injectable()
export class PeopleService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** People by membership id; inside a transaction pass its manager (never a second connection). */
  async byIds(
    clinicId: string,
    ids: string[],
    db: DataSource | EntityManager = this.db,
  ): Promise<Map<string, PersonModel>> {
    if (ids.length === 0) return new Map();
    const rows = await run<PersonRow>(
      db,
      sql`SELECT ${raw(PERSON_COLUMNS)} FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.clinic_id = ${clinicId} AND m.id = ANY(${[...new Set(ids)]}::uuid[])`,
    );
    return new Map(rows.map((r) => [r.id, toPerson(r)]));
  }
}

export interface EnsuredMembership {
  membershipId: string;
  userId: string;
  email: string;
  displayName: string;
  status: MemberStatus;
  created: boolean;
}

/**
 * Finds or creates the person (by email) and their membership in a role, INVITED when new.
 * Used when an admin invites a coach and when a couple's partners are added.
 */
export async function ensureMembership(
  em: EntityManager,
  clinicId: string,
  email: string,
  displayName: string,
  role: Role,
): Promise<EnsuredMembership> {
  const users = await run<{ id: string }>(
    em,
    sql`INSERT INTO users (email, display_name) VALUES (${email}, ${displayName})
     ON CONFLICT (email) DO UPDATE SET email = EXCLUDED.email
     RETURNING id`,
  );
  const user = users[0]!;
  // Security invariant: whether the email already has an account (perhaps in another
  // clinic) changes nothing the caller sees: a new membership carries the name typed here.
  const inserted = await run<{ id: string; status: MemberStatus; name: string }>(
    em,
    sql`INSERT INTO memberships (clinic_id, user_id, role, invited_name)
     VALUES (${clinicId}, ${user.id}, ${role}, ${displayName})
     ON CONFLICT (clinic_id, user_id, role) DO NOTHING RETURNING id, status, invited_name AS name`,
  );
  const existing: { id: string; status: MemberStatus; name: string }[] = inserted.length
    ? inserted
    : await run<{ id: string; status: MemberStatus; name: string }>(
        em,
        sql`SELECT m.id, m.status, ${raw(memberName('m', 'u'))} AS name
           FROM memberships m JOIN users u ON u.id = m.user_id
          WHERE m.clinic_id = ${clinicId} AND m.user_id = ${user.id} AND m.role = ${role}`,
      );
  const m = existing[0]!;
  return {
    membershipId: m.id,
    userId: user.id,
    email,
    displayName: m.name,
    status: m.status,
    created: inserted.length > 0,
  };
}
