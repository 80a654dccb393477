/** Roles a person can hold in a clinic (see PRODUCT.md, "Who uses it"). */
export const ROLES = ['CLINIC_ADMIN', 'COACH', 'CLIENT'] as const;
export type Role = (typeof ROLES)[number];
