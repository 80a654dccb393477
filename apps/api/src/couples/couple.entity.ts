import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
} from 'typeorm';
import { COUPLE_STATUSES, type CoupleStatus } from '@hearth/domain';
import { ClinicEntity } from '../tenant/clinic.entity';
import { MembershipEntity } from '../tenant/membership.entity';

/**
 * Two partners in one clinic with one primary coach. The coach and partner references
 * include clinic_id, so a couple can only point at memberships of its own clinic.
 */
@Entity({ name: 'couples' })
@Unique('ux_couples_clinic_id_id', ['clinicId', 'id'])
@Index('ix_couples_clinic_coach', ['clinicId', 'coachId'])
@Index('ix_couples_clinic_partner_a', ['clinicId', 'partnerAId'])
@Index('ix_couples_clinic_partner_b', ['clinicId', 'partnerBId'])
@Check('ck_couples_csi4_every_weeks', 'csi4_every_weeks BETWEEN 1 AND 52')
export class CoupleEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId!: string;

  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'enum', enum: COUPLE_STATUSES, enumName: 'couple_status', default: 'ACTIVE' })
  status!: CoupleStatus;

  @Column({ name: 'time_zone', type: 'text' })
  timeZone!: string;

  @Column({ name: 'intake_date', type: 'date' })
  intakeDate!: string;

  @Column({ name: 'coach_id', type: 'uuid' })
  coachId!: string;

  @Column({ name: 'partner_a_id', type: 'uuid' })
  partnerAId!: string;

  @Column({ name: 'partner_b_id', type: 'uuid' })
  partnerBId!: string;

  /** The CSI-4 is due at intake and every this many weeks after it (the coach's choice). */
  @Column({ name: 'csi4_every_weeks', type: 'int', default: 4 })
  csi4EveryWeeks!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => ClinicEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'clinic_id', foreignKeyConstraintName: 'fk_couples_clinic' })
  clinic?: Relation<ClinicEntity>;

  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'clinic_id',
      referencedColumnName: 'clinicId',
      foreignKeyConstraintName: 'fk_couples_coach',
    },
    { name: 'coach_id', referencedColumnName: 'id' },
  ])
  coach?: Relation<MembershipEntity>;

  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'clinic_id',
      referencedColumnName: 'clinicId',
      foreignKeyConstraintName: 'fk_couples_partner_a',
    },
    { name: 'partner_a_id', referencedColumnName: 'id' },
  ])
  partnerA?: Relation<MembershipEntity>;

  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'clinic_id',
      referencedColumnName: 'clinicId',
      foreignKeyConstraintName: 'fk_couples_partner_b',
    },
    { name: 'partner_b_id', referencedColumnName: 'id' },
  ])
  partnerB?: Relation<MembershipEntity>;
}
