import { MailCatcher } from '../src/mail/mail-catcher';
import { gql, startTestApp, type TestApp } from './support/test-app';

/**
 * Email over a real SMTP server (the MailCatcher: smtp-server + mailparser) from the outbox
 * and its pg-boss delivery worker: nothing mocked between the API and the socket.
 */

const CREATE = `mutation($i: CreateCoupleInput!) {
  createCouple(input: $i) { invitations { email url } }
}`;
const INVITE_COACH = `mutation($i: InviteCoachInput!) { inviteCoach(input: $i) { url } }`;

async function until(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Not true within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('email delivery', () => {
  let smtp: MailCatcher;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await new MailCatcher().start();
    t = await startTestApp({ smtpUrl: smtp.smtpUrl });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it("sends each partner their own invitation, from the clinic's name, with nothing private", async () => {
    const maya = await t.signIn('maya@riverside.example');
    const res = await gql<{ createCouple: { invitations: { email: string; url: string }[] } }>(
      maya,
      CREATE,
      {
        i: {
          label: 'Rosa & Ken',
          partnerA: { displayName: 'Rosa', email: 'rosa@example.org' },
          partnerB: { displayName: 'Ken', email: 'ken@example.org' },
        },
      },
    );
    expect(res.errors).toBeUndefined();
    const links = res.data!.createCouple.invitations;
    const mails = await smtp.waitFor((m) => /@example\.org$/.test(m.to[0] ?? ''), 2);
    for (const link of links) {
      const mail = mails.find((m) => m.to[0] === link.email)!;
      expect(mail.subject).toBe('Your invitation to Hearth');
      expect(mail.from).toContain('Riverside Couples Clinic');
      // Each message holds that partner's link and not the other's.
      expect(mail.text).toContain(link.url);
      expect(mail.html).toContain(link.url);
      const other = links.find((l) => l !== link)!;
      expect(mail.text).not.toContain(other.url);
      expect(mail.text).not.toMatch(/Rosa & Ken/);
    }
    const accepted = await gql(
      t.agent(),
      'mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { email } }',
      { t: links[0]!.url.split('/invite/')[1], p: 'a long password here' },
    );
    expect(accepted.errors).toBeUndefined();
  });

  it('keeps a message while the SMTP server is down and delivers it once when it is back', async () => {
    const admin = await t.signIn('admin@riverside.example');
    await smtp.stop();
    const email = 'late.coach@example.org';
    const res = await gql(admin, INVITE_COACH, { i: { email, displayName: 'Lee Late' } });
    expect(res.errors).toBeUndefined();
    // At least one attempt fails and is recorded; the message stays queued.
    await until(async () => {
      const rows: { attempts: number; status: string }[] = await t.db.query(
        `SELECT attempts, status FROM mail_outbox WHERE to_email = $1`,
        [email],
      );
      return rows[0]?.status === 'QUEUED' && rows[0].attempts >= 1;
    });
    await new Promise((r) => setTimeout(r, 1500));
    await smtp.start();
    await smtp.waitFor((m) => m.to[0] === email, 1, 20_000);
    await new Promise((r) => setTimeout(r, 2500));
    expect(smtp.messages().filter((m) => m.to[0] === email)).toHaveLength(1);
    const [row] = (await t.db.query(
      `SELECT status, attempts FROM mail_outbox WHERE to_email = $1`,
      [email],
    )) as { status: string; attempts: number }[];
    expect(row!.status).toBe('SENT');
    expect(row!.attempts).toBeGreaterThan(1);
  });
});
