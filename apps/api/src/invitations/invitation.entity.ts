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
import { ClinicEntity } from '../tenant/clinic.entity';
import { MembershipEntity } from '../tenant/membership.entity';

/**
 * An invitation to one membership (so bound to email, clinic and role: the
 * role is the membership's). Only the SHA-256 of
 * the token is stored: a database leak gives no usable links.
 */
@Entity({ name: 'invitations' })
@Index('ix_invitations_clinic_membership', ['clinicId', 'membershipId'])
// Looked up by token before the clinic is known; the hash is unique across clinics.
@Index('ux_invitations_token_hash', ['tokenHash'], { unique: true })
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId!: string;

  @Column({ name: 'membership_id', type: 'uuid' })
  membershipId!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @Column({ name: 'invited_by_id', type: 'uuid', nullable: true })
  invitedById!: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => ClinicEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'clinic_id', foreignKeyConstraintName: 'fk_invitations_clinic' })
  clinic?: Relation<ClinicEntity>;

  @ManyToOne(() => MembershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'clinic_id',
      referencedColumnName: 'clinicId',
      foreignKeyConstraintName: 'fk_invitations_membership',
    },
    { name: 'membership_id', referencedColumnName: 'id' },
  ])
  membership?: Relation<MembershipEntity>;
}
