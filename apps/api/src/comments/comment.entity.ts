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
} from 'typeorm';
import { MembershipEntity } from '../tenant/membership.entity';
import { CoupleEntity } from '../couples/couple.entity';

/**
 * A coach's reply on an entry (a homework completion or a daily check-in). Seen by whoever
 * can see the entry it is on: the check lives in the access module, through the entry.
 * The entries are named by entity name, not imported: features with entries depend on
 * comments, never the other way round.
 */
@Entity({ name: 'comments' })
@Index('ix_comments_clinic_completion', ['clinicId', 'completionId'])
@Index('ix_comments_clinic_checkin', ['clinicId', 'checkinId'])
@Check('ck_comments_one_entry', '(completion_id IS NULL) <> (checkin_id IS NULL)')
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId!: string;

  @Column({ name: 'couple_id', type: 'uuid' })
  coupleId!: string;

  @Column({ name: 'completion_id', type: 'uuid', nullable: true })
  completionId!: string | null;

  /** Set instead of completion_id for a comment on a daily check-in. */
  @Column({ name: 'checkin_id', type: 'uuid', nullable: true })
  checkinId!: string | null;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => CoupleEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'clinic_id',
      referencedColumnName: 'clinicId',
      foreignKeyConstraintName: 'fk_comments_couple',
    },
    { name: 'couple_id', referencedColumnName: 'id' },
  ])
  couple?: Relation<CoupleEntity>;

  @ManyToOne('CompletionEntity', { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'clinic_id',
      referencedColumnName: 'clinicId',
      foreignKeyConstraintName: 'fk_comments_completion',
    },
    { name: 'completion_id', referencedColumnName: 'id' },
  ])
  completion?: Relation<object>;

  @ManyToOne('CheckinEntity', { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'clinic_id',
      referencedColumnName: 'clinicId',
      foreignKeyConstraintName: 'fk_comments_checkin',
    },
    { name: 'checkin_id', referencedColumnName: 'id' },
  ])
  checkin?: Relation<object>;

  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'clinic_id',
      referencedColumnName: 'clinicId',
      foreignKeyConstraintName: 'fk_comments_author',
    },
    { name: 'author_id', referencedColumnName: 'id' },
  ])
  author?: Relation<MembershipEntity>;
}
