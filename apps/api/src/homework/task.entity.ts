import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
} from 'typeorm';
import { CoupleEntity } from '../couples/couple.entity';
import { AssignmentEntity } from './assignment.entity';

/**
 * One concrete due unit of an assignment, expanded by libs/domain's expandTasks and stored
 * so that "due, done, late" are SQL questions. `key` is the task's stable identity within
 * its assignment: re-expanding after an edit matches existing tasks (and completions) by it.
 */
@Entity({ name: 'tasks' })
@Unique('ux_tasks_clinic_id_id', ['clinicId', 'id'])
@Index('ux_tasks_clinic_assignment_key', ['clinicId', 'assignmentId', 'key'], { unique: true })
@Index('ix_tasks_clinic_couple_due', ['clinicId', 'coupleId', 'dueDate'])
// The clinic dashboard reads one period's tasks of the whole clinic: a date range needs the
// date right after clinic_id (tasks are inserted per assignment, so their heap is not in
// date order either).
@Index('ix_tasks_clinic_due_date', ['clinicId', 'dueDate'])
@Check('ck_tasks_partner', "partner IS NULL OR partner IN ('A', 'B')")
export class TaskEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId!: string;

  @Column({ name: 'couple_id', type: 'uuid' })
  coupleId!: string;

  @Column({ name: 'assignment_id', type: 'uuid' })
  assignmentId!: string;

  @Column({ type: 'text' })
  key!: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  /** Which partner does it; null when the couple does it together. */
  @Column({ type: 'char', length: 1, nullable: true })
  partner!: 'A' | 'B' | null;

  @ManyToOne(() => AssignmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'clinic_id',
      referencedColumnName: 'clinicId',
      foreignKeyConstraintName: 'fk_tasks_assignment',
    },
    { name: 'assignment_id', referencedColumnName: 'id' },
  ])
  assignment?: Relation<AssignmentEntity>;

  @ManyToOne(() => CoupleEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'clinic_id',
      referencedColumnName: 'clinicId',
      foreignKeyConstraintName: 'fk_tasks_couple',
    },
    { name: 'couple_id', referencedColumnName: 'id' },
  ])
  couple?: Relation<CoupleEntity>;
}
