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

export const INSTRUMENTS = ['CSI4'] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

/**
 * A partner's answers to a standard questionnaire (today: the CSI-4), scored on the server
 * with libs/domain. One per partner, instrument and local day: filing again that day (or a
 * retry) updates the same row.
 */
@Entity({ name: 'measure_results' })
@Unique('ux_measure_results_clinic_id_id', ['clinicId', 'id'])
@Index(
  'ux_measure_results_clinic_couple_author_instrument_date',
  ['clinicId', 'coupleId', 'authorId', 'instrument', 'filedOn'],
  { unique: true },
)
@Check('ck_measure_results_partner', "partner IN ('A', 'B')")
@Check('ck_measure_results_csi4_total', "instrument <> 'CSI4' OR total BETWEEN 0 AND 21")
// Privacy invariant: measures are seen by their author and the coach only, never by the
// other partner. The column exists so the access module's one entry scope applies to
// measures as it does to every entry; the check keeps it from ever saying SHARED.
@Check('ck_measure_results_private', "visibility = 'PRIVATE'")
export class MeasureResultEntity {
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

  @Column({ type: 'enum', enum: INSTRUMENTS, enumName: 'measure_instrument' })
  instrument!: Instrument;

  /** The couple's local day it was filed. */
  @Column({ name: 'filed_on', type: 'date' })
  filedOn!: string;

  /** Item id -> the chosen answer's value, as the partner gave it. */
  @Column({ type: 'jsonb' })
  answers!: Record<string, number>;

  @Column({ type: 'smallint' })
  total!: number;

  @Column({ type: 'enum', enum: VISIBILITIES, enumName: 'entry_visibility', default: 'PRIVATE' })
  visibility!: Visibility;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => CoupleEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'clinic_id',
      referencedColumnName: 'clinicId',
      foreignKeyConstraintName: 'fk_measure_results_couple',
    },
    { name: 'couple_id', referencedColumnName: 'id' },
  ])
  couple?: Relation<CoupleEntity>;

  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'clinic_id',
      referencedColumnName: 'clinicId',
      foreignKeyConstraintName: 'fk_measure_results_author',
    },
    { name: 'author_id', referencedColumnName: 'id' },
  ])
  author?: Relation<MembershipEntity>;
}
