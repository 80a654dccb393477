import type { Role } from '@hearth/domain';

/**
 * Who is calling: established from the session cookie for every request, and passed to
 * every service call that touches tenant data (see access/access.service.ts).
 */
export interface Actor {
  userId: string;
  sessionId: string;
  clinicId: string;
  roles: Role[];
  /** The caller's membership id for each role they hold in this clinic. */
  membershipIds: Partial<Record<Role, string>>;
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.roles.includes(role);
}

/** A signed-in session as a request sees it. */
export interface SessionState {
  actor: Actor;
  /** The clinic requires two-factor and this account has not enrolled yet. */
  mustEnrolTwoFactor: boolean;
}
