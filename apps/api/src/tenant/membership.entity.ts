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
import { MEMBER_STATUSES, ROLES, type MemberStatus, type Role } from '@hearth/domain';
import { UserEntity } from '../users/user.entity';
import { ClinicEntity } from './clinic.entity';

/**
 * One role of one person in one clinic. A person who is both admin and coach has two rows.
 * (clinic_id, id) is unique so that other tenant tables can reference a membership together
 * with its clinic: a foreign key can then never point into another clinic.
 */
@Entity({ name: 'memberships' })
@Unique('ux_memberships_clinic_id_id', ['clinicId', 'id'])
@Index('ux_memberships_clinic_user_role', ['clinicId', 'userId', 'role'], { unique: true })
// The one index not led by clinic_id: sign-in looks a person's clinics up by user.
@Index('ix_memberships_user_id', ['userId'])
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'enum', enum: ROLES, enumName: 'membership_role' })
  role!: Role;

  @Column({ type: 'enum', enum: MEMBER_STATUSES, enumName: 'member_status', default: 'INVITED' })
  status!: MemberStatus;

  /**
   * The name the inviter typed, shown in this clinic until the person accepts. Security
   * invariant: a person may already have an account (in another clinic); their own name is
   * not shown here before they join (PRODUCT.md: people of another clinic do not exist).
   */
  @Column({ name: 'invited_name', type: 'text', nullable: true })
  invitedName!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt!: Date | null;

  @ManyToOne(() => ClinicEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'clinic_id', foreignKeyConstraintName: 'fk_memberships_clinic' })
  clinic?: Relation<ClinicEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_memberships_user' })
  user?: Relation<UserEntity>;
}
