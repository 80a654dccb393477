import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type PgBoss from 'pg-boss';
import type { Transporter } from 'nodemailer';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { forLog } from '../common/text';
import { run, sql } from '../database/sql';
import { JobQueue } from '../jobs/job-queue.service';
import { createMailTransport, isPermanentFailure } from './mail-transport';
import type { RenderedMail } from './templates';

const DELIVER = 'mail-deliver';
/** Attempts in all: the first, then retries 30 s, 1, 2, 4, 8, 16 min apart (about half an hour). */
const ATTEMPTS = 7;

export interface OutgoingMail extends RenderedMail {
  /** null only for account messages (a password reset). */
  clinicId: string | null;
  kind: string;
  to: string;
  fromName: string;
  /** At most one message per key, however many processes plan it. */
  dedupeKey?: string;
}

/**
 * The transactional outbox for email: `enqueue` writes the message and its delivery job in
 * the caller's transaction; the `mail-deliver` worker sends it over SMTP, retrying with
 * backoff, and records SENT or (after the last attempt, or a permanent refusal) FAILED.
 */
@Injectable()
export class MailOutbox implements OnModuleInit {
  private readonly logger = new Logger('Mail');
  private transport: Transporter | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.define<{ id: string }>({
      name: DELIVER,
      retryLimit: ATTEMPTS - 1,
      retryDelaySeconds: this.config.mail.retryDelaySeconds,
      expireInSeconds: 120,
      handle: (job) => this.deliver(job),
    });
  }

  /** Queues a message in the caller's transaction; false when its dedupe key was taken. */
  async enqueue(em: EntityManager, mail: OutgoingMail): Promise<boolean> {
    const rows = await run<{ id: string }>(
      em,
      sql`INSERT INTO mail_outbox (clinic_id, kind, to_email, from_name, subject, text_body, html_body, dedupe_key)
          VALUES (${mail.clinicId}, ${mail.kind}, ${mail.to}, ${mail.fromName}, ${mail.subject},
                  ${mail.text}, ${mail.html}, ${mail.dedupeKey ?? null})
          ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
    );
    if (!rows[0]) return false;
    await this.jobs.send(em, DELIVER, { id: rows[0].id });
    return true;
  }

  private transporter(): Transporter {
    if (!this.config.mail.smtpUrl) throw new Error('No SMTP server is configured (SMTP_URL).');
    this.transport ??= createMailTransport(this.config.mail.smtpUrl);
    return this.transport;
  }

  /**
   * Sends one queued message. The row is locked (SKIP LOCKED) for the SMTP conversation, so
   * two workers never send it twice, and a message already SENT or FAILED is left alone.
   */
  private async deliver(job: PgBoss.JobWithMetadata<{ id: string }>): Promise<void> {
    const retry = await this.db.transaction(async (em) => {
      const rows = await run<{
        to_email: string;
        from_name: string;
        subject: string;
        text_body: string;
        html_body: string;
        attempts: number;
      }>(
        em,
        sql`SELECT to_email, from_name, subject, text_body, html_body, attempts FROM mail_outbox
             WHERE id = ${job.data.id} AND status = 'QUEUED' FOR UPDATE SKIP LOCKED`,
      );
      const m = rows[0];
      if (!m) return null;
      try {
        await this.transporter().sendMail({
          from: { name: m.from_name, address: this.config.mail.from },
          to: m.to_email,
          subject: m.subject,
          text: m.text_body,
          html: m.html_body,
        });
        await run(
          em,
          sql`UPDATE mail_outbox SET status = 'SENT', sent_at = now(), attempts = attempts + 1, last_error = NULL
               WHERE id = ${job.data.id}`,
        );
        return null;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const last = isPermanentFailure(error) || job.retryCount >= job.retryLimit;
        await run(
          em,
          sql`UPDATE mail_outbox SET attempts = attempts + 1, last_error = ${message.slice(0, 500)},
                  status = CASE WHEN ${last} THEN 'FAILED' ELSE status END
               WHERE id = ${job.data.id}`,
        );
        this.logger.warn(
          `Delivery of message ${job.data.id} failed (attempt ${m.attempts + 1}${last ? ', giving up' : ''}): ${forLog(message)}`,
        );
        return last ? null : error;
      }
    });
    // Thrown after the attempt is recorded: pg-boss retries the job later, with backoff.
    if (retry) throw retry;
  }
}
