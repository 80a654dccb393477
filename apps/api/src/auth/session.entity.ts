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
import { UserEntity } from '../users/user.entity';

/**
 * A server-side session. The browser holds only the random token (in an httpOnly cookie);
 * the database holds its SHA-256, so revoking a row ends the session at once.
 */
@Entity({ name: 'sessions' })
@Index('ux_sessions_token_hash', ['tokenHash'], { unique: true })
@Index('ix_sessions_clinic_user', ['clinicId', 'userId'])
// "Your sessions" and "sign out everywhere" look sessions up by person, across clinics.
@Index('ix_sessions_user', ['userId'])
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  /** As the browser sent it at sign-in (trimmed), for the "Your sessions" page. */
  @Column({ name: 'user_agent', type: 'text', nullable: true })
  userAgent!: string | null;

  /** Refreshed at most every few minutes (auth.service.ts), not on every request. */
  @Column({ name: 'last_seen_at', type: 'timestamptz', default: () => 'now()' })
  lastSeenAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @ManyToOne(() => ClinicEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'clinic_id', foreignKeyConstraintName: 'fk_sessions_clinic' })
  clinic?: Relation<ClinicEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_sessions_user' })
  user?: Relation<UserEntity>;
}
