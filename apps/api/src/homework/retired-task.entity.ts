import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { CoupleEntity } from '../couples/couple.entity';

/** Why a task stopped existing before anyone completed it. */
export const RETIRED_REASONS = ['RESCHEDULED', 'PAUSED', 'ENDED', 'DELETED'] as const;
export type RetiredReason = (typeof RETIRED_REASONS)[number];

/**
 * A task removed before anyone completed it: by a schedule edit that dropped or moved its
 * day, a pause or end, or the assignment's deletion. Kept so that a partner who opened the
 * task before the coach's edit, and submits (or retries) now, is told where the work went —
 * its successor in the same assignment (same key, or same day and partner) — instead of a
 * bare NOT_FOUND. No foreign key to tasks or assignments: both may be gone.
 */
@Entity({ name: 'retired_tasks' })
@Index('ix_retired_tasks_clinic_assignment', ['clinicId', 'assignmentId'])
@Check('ck_retired_tasks_partner', "partner IS NULL OR partner IN ('A', 'B')")
@Check('ck_retired_tasks_reason', `reason IN (${RETIRED_REASONS.map((r) => `'${r}'`).join(', ')})`)
export class RetiredTaskEntity {
  @PrimaryColumn({ name: 'clinic_id', type: 'uuid' })
  clinicId!: string;

  /** The id the task had: what a client still holds. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'couple_id', type: 'uuid' })
  coupleId!: string;

  @Column({ name: 'assignment_id', type: 'uuid' })
  assignmentId!: string;

  @Column({ type: 'text' })
  key!: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ type: 'char', length: 1, nullable: true })
  partner!: 'A' | 'B' | null;

  @Column({ type: 'text' })
  reason!: RetiredReason;

  /**
   * The key of the task the same edit created in its place, when the edit moved days
   * rather than only removing them (the n-th removed day of a partner pairs with the n-th
   * new one).
   */
  @Column({ name: 'moved_to_key', type: 'text', nullable: true })
  movedToKey!: string | null;

  @CreateDateColumn({ name: 'retired_at', type: 'timestamptz' })
  retiredAt!: Date;

  // The couple's records go with the couple; nothing else holds these rows.
  @ManyToOne(() => CoupleEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'clinic_id',
      referencedColumnName: 'clinicId',
      foreignKeyConstraintName: 'fk_retired_tasks_couple',
    },
    { name: 'couple_id', referencedColumnName: 'id' },
  ])
  couple?: Relation<CoupleEntity>;
}
