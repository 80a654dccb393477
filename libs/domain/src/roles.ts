/** Roles a person can hold in a clinic (see PRODUCT.md, "Who uses it"). */
export const ROLES = ['CLINIC_ADMIN', 'COACH', 'CLIENT'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who may invite whom. Nobody can invite to a role above their own: an admin invites
 * coaches (and may create couples), a coach invites the partners of their couples.
 */
export const INVITABLE_ROLES: Readonly<Record<Role, readonly Role[]>> = {
  CLINIC_ADMIN: ['COACH', 'CLIENT'],
  COACH: ['CLIENT'],
  CLIENT: [],
};

export function canInvite(inviterRoles: readonly Role[], role: Role): boolean {
  return inviterRoles.some((r) => INVITABLE_ROLES[r].includes(role));
}
