import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { MembershipEntity } from '../tenant/membership.entity';
import { CoupleEntity } from './couple.entity';

/**
 * A change of a couple's primary coach, with the admin's reason. The reason is free text
 * written by staff, so it lives here and not in the audit trail (which carries ids only);
 * the REASSIGN audit event of the same transaction names the same two coaches.
 */
@Entity({ name: 'couple_coach_changes' })
@Index('ix_couple_coach_changes_clinic_couple', ['clinicId', 'coupleId', 'changedAt'])
@Index('ix_couple_coach_changes_clinic_from', ['clinicId', 'fromCoachId', 'changedAt'])
export class CoupleCoachChangeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_couple_coach_changes' })
  id!: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId!: string;

  @Column({ name: 'couple_id', type: 'uuid' })
  coupleId!: string;

  @Column({ name: 'from_coach_id', type: 'uuid' })
  fromCoachId!: string;

  @Column({ name: 'to_coach_id', type: 'uuid' })
  toCoachId!: string;

  /** Seen by the previous coach and the clinic's admins; never by the couple. */
  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'changed_by_id', type: 'uuid' })
  changedById!: string;

  @CreateDateColumn({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;

  @ManyToOne(() => CoupleEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'clinic_id',
      referencedColumnName: 'clinicId',
      foreignKeyConstraintName: 'fk_couple_coach_changes_couple',
    },
    { name: 'couple_id', referencedColumnName: 'id' },
  ])
  couple?: Relation<CoupleEntity>;

  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'clinic_id',
      referencedColumnName: 'clinicId',
      foreignKeyConstraintName: 'fk_couple_coach_changes_from',
    },
    { name: 'from_coach_id', referencedColumnName: 'id' },
  ])
  fromCoach?: Relation<MembershipEntity>;

  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'clinic_id',
      referencedColumnName: 'clinicId',
      foreignKeyConstraintName: 'fk_couple_coach_changes_to',
    },
    { name: 'to_coach_id', referencedColumnName: 'id' },
  ])
  toCoach?: Relation<MembershipEntity>;

  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'clinic_id',
      referencedColumnName: 'clinicId',
      foreignKeyConstraintName: 'fk_couple_coach_changes_by',
    },
    { name: 'changed_by_id', referencedColumnName: 'id' },
  ])
  changedBy?: Relation<MembershipEntity>;
}
