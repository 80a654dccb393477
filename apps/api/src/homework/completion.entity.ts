import { VISIBILITIES, type Visibility } from '@hearth/domain';
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
import { TaskEntity } from './task.entity';

export interface ReflectionAnswer {
  promptId: string;
  text?: string | null;
  scale?: number | null;
  yes?: boolean | null;
}

/**
 * A partner's record of doing a task: at most one per task and partner (a task names its
 * partner, or is done together and then each partner may record it), so retries and
 * concurrent submits land on one row. Privacy: one partner's PRIVATE record of a together
 * task must not make the task done for the other (PRODUCT.md), hence one row per partner.
 */
@Entity({ name: 'completions' })
@Unique('ux_completions_clinic_id_id', ['clinicId', 'id'])
@Index('ux_completions_clinic_task_partner', ['clinicId', 'taskId', 'partner'], { unique: true })
@Index('ix_completions_clinic_couple_completed', ['clinicId', 'coupleId', 'completedAt'])
@Check('ck_completions_helpfulness', 'helpfulness BETWEEN 1 AND 5')
@Check(
  'ck_completions_closeness',
  'closeness_before BETWEEN 1 AND 7 AND closeness_after BETWEEN 1 AND 7',
)
@Check('ck_completions_partner', "partner IN ('A', 'B')")
export class CompletionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId!: string;

  @Column({ name: 'couple_id', type: 'uuid' })
  coupleId!: string;

  @Column({ name: 'task_id', type: 'uuid' })
  taskId!: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  /** The author's side of the couple. */
  @Column({ type: 'char', length: 1 })
  partner!: 'A' | 'B';

  @Column({ name: 'completed_at', type: 'timestamptz' })
  completedAt!: Date;

  /** The local day (couple's zone) it was completed: it can be edited until that day ends. */
  @Column({ name: 'completed_on', type: 'date' })
  completedOn!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  answers!: ReflectionAnswer[];

  @Column({ type: 'smallint' })
  helpfulness!: number;

  @Column({ name: 'closeness_before', type: 'smallint' })
  closenessBefore!: number;

  @Column({ name: 'closeness_after', type: 'smallint' })
  closenessAfter!: number;

  @Column({ type: 'enum', enum: VISIBILITIES, enumName: 'entry_visibility', default: 'PRIVATE' })
  visibility!: Visibility;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => TaskEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'clinic_id',
      referencedColumnName: 'clinicId',
      foreignKeyConstraintName: 'fk_completions_task',
    },
    { name: 'task_id', referencedColumnName: 'id' },
  ])
  task?: Relation<TaskEntity>;

  @ManyToOne(() => CoupleEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'clinic_id',
      referencedColumnName: 'clinicId',
      foreignKeyConstraintName: 'fk_completions_couple',
    },
    { name: 'couple_id', referencedColumnName: 'id' },
  ])
  couple?: Relation<CoupleEntity>;

  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'clinic_id',
      referencedColumnName: 'clinicId',
      foreignKeyConstraintName: 'fk_completions_author',
    },
    { name: 'author_id', referencedColumnName: 'id' },
  ])
  author?: Relation<MembershipEntity>;
}
