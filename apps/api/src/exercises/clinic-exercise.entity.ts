import {
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
import type { Exercise } from '@hearth/domain';
import { ClinicEntity } from '../tenant/clinic.entity';
import { MembershipEntity } from '../tenant/membership.entity';

/** Content of a custom exercise: a built-in's shape without slug and source. */
export type CustomExerciseContent = Omit<Exercise, 'slug' | 'source' | 'activity'> & {
  activity: Exercise['activity'] | null;
};

/**
 * A version of a clinic's own exercise. `exercise_key` is shared by all versions of one
 * exercise; editing inserts the next version, so assignments keep theirs.
 */
@Entity({ name: 'clinic_exercises' })
@Unique('ux_clinic_exercises_clinic_id_id', ['clinicId', 'id'])
@Index('ux_clinic_exercises_clinic_key_version', ['clinicId', 'exerciseKey', 'version'], {
  unique: true,
})
export class ClinicExerciseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId!: string;

  @Column({ name: 'exercise_key', type: 'uuid' })
  exerciseKey!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'intimacy_types', type: 'text', array: true })
  intimacyTypes!: string[];

  @Column({ name: 'estimated_minutes', type: 'int' })
  estimatedMinutes!: number;

  @Column({ type: 'jsonb' })
  content!: CustomExerciseContent;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById!: string;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => ClinicEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'clinic_id', foreignKeyConstraintName: 'fk_clinic_exercises_clinic' })
  clinic?: Relation<ClinicEntity>;

  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'clinic_id',
      referencedColumnName: 'clinicId',
      foreignKeyConstraintName: 'fk_clinic_exercises_created_by',
    },
    { name: 'created_by_id', referencedColumnName: 'id' },
  ])
  createdBy?: Relation<MembershipEntity>;
}
