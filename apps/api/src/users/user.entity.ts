import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A person, across clinics. Emails are stored trimmed and lower-cased (the check enforces
 * it), which makes the unique index case-insensitive.
 */
@Entity({ name: 'users' })
@Index('ux_users_email', ['email'], { unique: true })
@Check('ck_users_email_lower', 'email = lower(email)')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  /** argon2id hash; null until the person accepts their first invitation. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
