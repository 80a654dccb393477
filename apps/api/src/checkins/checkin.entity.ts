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

const rating = (column: string) => `${column} BETWEEN 1 AND 7`;

/**
 * A partner's daily check-in for one local day of the couple (libs/domain CHECKIN_ITEMS).
 * One per partner per day: the unique index makes filing again, retries and concurrent
 * submits land on the same row (INSERT … ON CONFLICT … DO UPDATE).
 *
 * Ratings are columns, not JSON, so that the database itself refuses an out-of-range value
 * and charts and aggregates are plain SQL.
 */
@Entity({ name: 'checkins' })
@Unique('ux_checkins_clinic_id_id', ['clinicId', 'id'])
@Index(
  'ux_checkins_clinic_couple_author_date',
  ['clinicId', 'coupleId', 'authorId', 'checkinDate'],
  {
    unique: true,
  },
)
@Index('ix_checkins_clinic_couple_date', ['clinicId', 'coupleId', 'checkinDate'])
@Check('ck_checkins_partner', "partner IN ('A', 'B')")
@Check(
  'ck_checkins_ratings',
  ['closeness', 'understood', 'sharing', 'affection', 'fun', 'conflict', 'stress']
    .map(rating)
    .join(' AND '),
)
export class CheckinEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId!: string;

  @Column({ name: 'couple_id', type: 'uuid' })
  coupleId!: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  /** The author's side of the couple. */
  @Column({ type: 'char', length: 1 })
  partner!: 'A' | 'B';

  /** The couple's local day the check-in is for. */
  @Column({ name: 'checkin_date', type: 'date' })
  checkinDate!: string;

  /** Filed for yesterday, the next morning (see libs/domain resolveCheckinDate). */
  @Column({ type: 'boolean', default: false })
  late!: boolean;

  @Column({ type: 'smallint' })
  closeness!: number;

  @Column({ type: 'smallint' })
  understood!: number;

  @Column({ type: 'smallint' })
  sharing!: number;

  @Column({ type: 'smallint' })
  affection!: number;

  @Column({ type: 'smallint' })
  fun!: number;

  /** Reverse-scored: higher is worse. Stored as the partner chose it. */
  @Column({ type: 'smallint' })
  conflict!: number;

  /** Reverse-scored: higher is worse. Stored as the partner chose it. */
  @Column({ type: 'smallint' })
  stress!: number;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'wants_to_talk', type: 'boolean', default: false })
  wantsToTalk!: boolean;

  @Column({ type: 'enum', enum: VISIBILITIES, enumName: 'entry_visibility', default: 'PRIVATE' })
  visibility!: Visibility;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** The last time the partner filed it (first filing or an update). */
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => CoupleEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'clinic_id',
      referencedColumnName: 'clinicId',
      foreignKeyConstraintName: 'fk_checkins_couple',
    },
    { name: 'couple_id', referencedColumnName: 'id' },
  ])
  couple?: Relation<CoupleEntity>;

  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'clinic_id',
      referencedColumnName: 'clinicId',
      foreignKeyConstraintName: 'fk_checkins_author',
    },
    { name: 'author_id', referencedColumnName: 'id' },
  ])
  author?: Relation<MembershipEntity>;
}
