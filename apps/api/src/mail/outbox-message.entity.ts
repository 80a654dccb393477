import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const OUTBOX_STATUSES = ['QUEUED', 'SENT', 'FAILED'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/**
 * One email to send. Written in the same transaction as the event that causes it (an
 * invitation, a reset request), then delivered by the `mail-deliver` job with retries and
 * backoff; a message that cannot be delivered ends FAILED, visible to the clinic's admins.
 * `dedupe_key` (e.g. person + kind + local date) makes a message exist at most once however
 * many processes plan it. Bodies are kept for delivery and never shown in the app.
 *
 * `clinic_id` is null only for account messages (a password reset), which belong to a
 * person rather than a clinic: the one tenant-table exception here.
 */
@Entity({ name: 'mail_outbox' })
@Index('ux_mail_outbox_dedupe_key', ['dedupeKey'], { unique: true })
@Index('ix_mail_outbox_clinic_created', ['clinicId', 'createdAt'])
@Check('ck_mail_outbox_status', `status IN (${OUTBOX_STATUSES.map((s) => `'${s}'`).join(', ')})`)
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'clinic_id', type: 'uuid', nullable: true })
  clinicId!: string | null;

  /** What the message is (INVITATION, PASSWORD_RESET, …): for the delivery log. */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ name: 'to_email', type: 'text' })
  toEmail!: string;

  @Column({ name: 'from_name', type: 'text' })
  fromName!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ name: 'text_body', type: 'text' })
  textBody!: string;

  @Column({ name: 'html_body', type: 'text' })
  htmlBody!: string;

  @Column({ name: 'dedupe_key', type: 'text', nullable: true })
  dedupeKey!: string | null;

  @Column({ type: 'text', default: 'QUEUED' })
  status!: OutboxStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  /** The SMTP server's last refusal or the connection error: never the message. */
  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
