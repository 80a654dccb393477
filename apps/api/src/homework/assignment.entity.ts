import {
  ASSIGNMENT_STATUSES,
  AUDIENCES,
  type AssignmentStatus,
  type AudienceKind,
  type Schedule,
} from '@hearth/domain';
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
  UpdateDateColumn,
} from 'typeorm';
import { MembershipEntity } from '../tenant/membership.entity';
import { CoupleEntity } from '../couples/couple.entity';
import { CatalogueExerciseEntity } from '../exercises/catalogue-exercise.entity';
import { ClinicExerciseEntity } from '../exercises/clinic-exercise.entity';

/**
 * An exercise version given to a couple, with audience and schedule. Exactly one of the two
 * exercise references is set (built-in or the clinic's own).
 */
@Entity({ name: 'assignments' })
@Unique('ux_assignments_clinic_id_id', ['clinicId', 'id'])
@Index('ix_assignments_clinic_couple', ['clinicId', 'coupleId'])
@Check(
  'ck_assignments_one_exercise',
  '(catalogue_exercise_id IS NULL) <> (clinic_exercise_id IS NULL)',
)
@Check(
  'ck_assignments_audience_partner',
  "(audience = 'ONE') = (audience_partner IS NOT NULL) AND (audience_partner IS NULL OR audience_partner IN ('A', 'B'))",
)
export class AssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId!: string;

  @Column({ name: 'couple_id', type: 'uuid' })
  coupleId!: string;

  @Column({ name: 'catalogue_exercise_id', type: 'uuid', nullable: true })
  catalogueExerciseId!: string | null;

  @Column({ name: 'clinic_exercise_id', type: 'uuid', nullable: true })
  clinicExerciseId!: string | null;

  @Column({ type: 'enum', enum: AUDIENCES, enumName: 'assignment_audience' })
  audience!: AudienceKind;

  @Column({ name: 'audience_partner', type: 'char', length: 1, nullable: true })
  audiencePartner!: 'A' | 'B' | null;

  @Column({ type: 'jsonb' })
  schedule!: Schedule;

  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate!: string;

  @Column({ type: 'text', default: '' })
  note!: string;

  @Column({
    type: 'enum',
    enum: ASSIGNMENT_STATUSES,
    enumName: 'assignment_status',
    default: 'ACTIVE',
  })
  status!: AssignmentStatus;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => CoupleEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'clinic_id',
      referencedColumnName: 'clinicId',
      foreignKeyConstraintName: 'fk_assignments_couple',
    },
    { name: 'couple_id', referencedColumnName: 'id' },
  ])
  couple?: Relation<CoupleEntity>;

  @ManyToOne(() => CatalogueExerciseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'catalogue_exercise_id',
    foreignKeyConstraintName: 'fk_assignments_catalogue_exercise',
  })
  catalogueExercise?: Relation<CatalogueExerciseEntity>;

  @ManyToOne(() => ClinicExerciseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'clinic_id',
      referencedColumnName: 'clinicId',
      foreignKeyConstraintName: 'fk_assignments_clinic_exercise',
    },
    { name: 'clinic_exercise_id', referencedColumnName: 'id' },
  ])
  clinicExercise?: Relation<ClinicExerciseEntity>;

  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'clinic_id',
      referencedColumnName: 'clinicId',
      foreignKeyConstraintName: 'fk_assignments_created_by',
    },
    { name: 'created_by_id', referencedColumnName: 'id' },
  ])
  createdBy?: Relation<MembershipEntity>;
}
