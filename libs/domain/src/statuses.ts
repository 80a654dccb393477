/** A person's membership of a clinic in one role: INVITED until the invitation is accepted. */
export const MEMBER_STATUSES = ['INVITED', 'ACTIVE', 'DEACTIVATED'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** Where a couple's work stands. */
export const COUPLE_STATUSES = ['ACTIVE', 'PAUSED', 'CLOSED'] as const;
export type CoupleStatus = (typeof COUPLE_STATUSES)[number];

/** Who may read an entry besides its author and the couple's coach: PRIVATE none, SHARED the partner. */
export const VISIBILITIES = ['PRIVATE', 'SHARED'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** An assignment runs (ACTIVE), rests without new tasks (PAUSED) or is over (ENDED). */
export const ASSIGNMENT_STATUSES = ['ACTIVE', 'PAUSED', 'ENDED'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/** Who an assignment is for: EACH partner separately, TOGETHER (one completion) or ONE partner. */
export const AUDIENCES = ['EACH', 'TOGETHER', 'ONE'] as const;
export type AudienceKind = (typeof AUDIENCES)[number];
