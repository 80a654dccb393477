import nodemailer, { type Transporter } from 'nodemailer';

/**
 * Nodemailer over SMTP from one URL. Explicit timeouts, so a server that does not answer
 * fails the attempt (and the job is retried later) instead of holding a worker; no pooling
 * at this volume.
 */
export function createMailTransport(smtpUrl: string): Transporter {
  return nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
    pool: false,
  });
}

/** An SMTP refusal that trying again will not change (5xx: no such mailbox, rejected). */
export function isPermanentFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
