import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** What happened. Reads of a couple's entries are READ; sign-in outcomes have their own. */
export const AUDIT_ACTIONS = [
  'READ',
  'CREATE',
  'UPDATE',
  'DELETE',
  'EXPORT',
  'SIGN_IN',
  'SIGN_IN_FAILED',
  'SIGN_OUT',
  'INVITE',
  'REASSIGN',
  'ROLE_CHANGE',
  'SETTINGS_CHANGE',
  'CLINIC_SWITCH',
  'SECURITY_CHANGE',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_OUTCOMES = ['SUCCESS', 'FAILURE', 'DENIED'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/**
 * Events not tied to a clinic (a failed sign-in for an email nobody has) are chained under
 * this id. It names no clinic row: audit events have no foreign keys, so they outlive
 * whatever they describe.
 */
export const NO_CLINIC = '00000000-0000-0000-0000-000000000000';

/**
 * One audit event: who did or read what, when, from where, with what outcome. Never entry
 * content. Append-only and hash-chained per clinic: both are enforced by triggers in the
 * Audit migration (`seq`, `prev_hash` and `hash` are set by the database on insert, an
 * UPDATE, DELETE or TRUNCATE is refused). See docs/audit.md.
 */
@Entity({ name: 'audit_events' })
@Index('ix_audit_events_clinic_occurred', ['clinicId', 'occurredAt'])
@Index('ix_audit_events_clinic_couple_occurred', ['clinicId', 'coupleId', 'occurredAt'])
@Index('ix_audit_events_clinic_user_occurred', ['clinicId', 'userId', 'occurredAt'])
export class AuditEventEntity {
  @PrimaryColumn({ name: 'clinic_id', type: 'uuid', primaryKeyConstraintName: 'pk_audit_events' })
  clinicId!: string;

  /** Position in the clinic's chain, 1, 2, 3, … (set by the database). */
  @PrimaryColumn({ type: 'bigint', primaryKeyConstraintName: 'pk_audit_events' })
  seq!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ name: 'membership_id', type: 'uuid', nullable: true })
  membershipId!: string | null;

  /** The role the person acted in (for a read: the role that allowed it). */
  @Column({ type: 'text', nullable: true })
  role!: string | null;

  @Column({ type: 'enum', enum: AUDIT_ACTIONS, enumName: 'audit_action' })
  action!: AuditAction;

  /** e.g. couple, assignment, completion, checkin, measure, session, clinic, membership. */
  @Column({ name: 'target_type', type: 'text' })
  targetType!: string;

  @Column({ name: 'target_id', type: 'text', nullable: true })
  targetId!: string | null;

  @Column({ name: 'couple_id', type: 'uuid', nullable: true })
  coupleId!: string | null;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId!: string | null;

  @Column({ type: 'text', nullable: true })
  ip!: string | null;

  @Column({ name: 'user_agent', type: 'text', nullable: true })
  userAgent!: string | null;

  @Column({ type: 'enum', enum: AUDIT_OUTCOMES, enumName: 'audit_outcome', default: 'SUCCESS' })
  outcome!: AuditOutcome;

  /** Structured facts that are not content: ids moved between, a setting's name. */
  @Column({ type: 'jsonb', nullable: true })
  detail!: Record<string, unknown> | null;

  @Column({ name: 'prev_hash', type: 'text', nullable: true })
  prevHash!: string | null;

  @Column({ type: 'text' })
  hash!: string;
}
