import type { AddressInfo } from 'node:net';
import type { Express, Request, Response } from 'express';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One message the catcher received, parsed. */
export interface CaughtMail {
  id: number;
  receivedAt: Date;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

const KEEP = 200;

/**
 * A real SMTP server on 127.0.0.1 that keeps what it receives in memory (smtp-server, parsed
 * by mailparser): the mail catcher `npm start` runs when no SMTP_URL is set, readable at
 * /dev/mail, and the SMTP server of the tests. Never started in production.
 */
export class MailCatcher {
  private readonly received: CaughtMail[] = [];
  private server: SMTPServer | null = null;
  private nextId = 1;
  private listeners: (() => void)[] = [];

  constructor(private port = 0) {}

  get smtpUrl(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((parsed) => {
            const to = [parsed.to ?? []].flat().flatMap((a) => a.value.map((v) => v.address ?? ''));
            this.received.push({
              id: this.nextId++,
              receivedAt: new Date(),
              from: parsed.from?.text ?? '',
              to,
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              headers: Object.fromEntries(
                [...parsed.headers].map(([k, v]) => [
                  k,
                  typeof v === 'string' ? v : JSON.stringify(v),
                ]),
              ),
            });
            if (this.received.length > KEEP) this.received.shift();
            for (const l of this.listeners.splice(0)) l();
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
    return this;
  }

  /** Stops listening (the tests' "SMTP is down"); start() again takes the same port. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  messages(): CaughtMail[] {
    return [...this.received];
  }

  /** Resolves once `count` messages matching have arrived (tests), or rejects after `ms`. */
  async waitFor(match: (m: CaughtMail) => boolean, count = 1, ms = 15_000): Promise<CaughtMail[]> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.received.filter(match);
      if (found.length >= count) return found;
      if (Date.now() > deadline) {
        throw new Error(`Expected ${count} message(s), got ${found.length} in ${ms} ms`);
      }
      await new Promise<void>((resolve) => {
        this.listeners.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  /** The page that lists caught mail, and one message: /dev/mail and /dev/mail/:id. */
  mount(app: Express): void {
    app.get('/dev/mail', (_req: Request, res: Response) => {
      const rows = [...this.received]
        .reverse()
        .map(
          (m) =>
            `<tr><td>${m.receivedAt.toISOString().slice(0, 19).replace('T', ' ')}</td><td>${esc(m.to.join(', '))}</td>` +
            `<td><a href="/dev/mail/${m.id}">${esc(m.subject)}</a></td></tr>`,
        )
        .join('');
      res
        .type('html')
        .send(
          page(
            'Mail caught by Hearth',
            `<p>Email sent while no SMTP_URL is set lands here (SMTP at ${esc(this.smtpUrl)}). Newest first; kept until restart.</p>` +
              (rows
                ? `<table><thead><tr><th>Received (UTC)</th><th>To</th><th>Subject</th></tr></thead><tbody>${rows}</tbody></table>`
                : '<p><em>Nothing yet.</em></p>'),
          ),
        );
    });
    app.get('/dev/mail/:id', (req: Request, res: Response) => {
      const m = this.received.find((x) => String(x.id) === req.params['id']);
      if (!m) {
        res
          .status(404)
          .type('html')
          .send(page('Not found', '<p><a href="/dev/mail">All mail</a></p>'));
        return;
      }
      res
        .type('html')
        .send(
          page(
            m.subject,
            `<p><a href="/dev/mail">All mail</a></p><dl><dt>From</dt><dd>${esc(m.from)}</dd><dt>To</dt><dd>${esc(m.to.join(', '))}</dd></dl>` +
              `<h2>Text</h2><pre>${linkify(esc(m.text))}</pre>` +
              `<h2>HTML</h2><iframe title="HTML body" sandbox="" srcdoc="${esc(m.html)}"></iframe>`,
          ),
        );
    });
  }
}

function esc(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function linkify(escaped: string): string {
  return escaped.replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${esc(title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#1f2933}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.4rem;text-align:left}pre{white-space:pre-wrap;background:#f6f4ef;padding:1rem}iframe{width:100%;height:32rem;border:1px solid #ddd}</style>
</head><body><main><h1>${esc(title)}</h1>${body}</main></body></html>`;
}
