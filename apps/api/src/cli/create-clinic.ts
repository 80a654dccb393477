import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { Logger } from '@nestjs/common';
import { normalizeEmail } from '../auth/auth.service';
import { ensureMembership } from '../tenant/people.service';
import { isValidTimeZone } from '../common/validators';
import { loadConfig } from '../config/config';
import { createDataSource } from '../data-source';
import { run, sql } from '../database/sql';
import { JobQueue } from '../jobs/job-queue.service';
import { MailOutbox } from '../mail/mail-outbox.service';
import { InvitationsService } from '../invitations/invitations.service';
import type { AuthService } from '../auth/auth.service';

/**
 * Creates a clinic and invites its first admin; prints the invitation link. This is how a
 * production deployment (where demo data is never seeded) gets its first user.
 *   node dist/api/apps/api/src/cli/create-clinic.js --name "…" --admin-email … --admin-name "…"
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      name: { type: 'string' },
      'time-zone': { type: 'string', default: 'UTC' },
      'admin-email': { type: 'string' },
      'admin-name': { type: 'string' },
    },
  });
  const name = values.name?.trim();
  const email = values['admin-email'] ? normalizeEmail(values['admin-email']) : '';
  const adminName = values['admin-name']?.trim() || email;
  const timeZone = values['time-zone'] ?? 'UTC';
  if (!name || !email.includes('@') || !isValidTimeZone(timeZone)) {
    throw new Error(
      'usage: create-clinic --name "Clinic name" --admin-email a@b.c [--admin-name "Name"] [--time-zone Europe/London]',
    );
  }
  const config = loadConfig();
  if (!config.databaseUrl) throw new Error('Set DATABASE_URL to the database of the deployment.');
  const ds = createDataSource({ url: config.databaseUrl, poolSize: 1 });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  // The invitation email is queued here and sent by the running app's workers.
  const jobs = new JobQueue(ds, { ...config, workers: false });
  const mail = new MailOutbox(ds, config, jobs);
  mail.onModuleInit();
  await jobs.onApplicationBootstrap();
  try {
    const invitations = new InvitationsService(
      ds,
      config,
      undefined as unknown as AuthService,
      mail,
    );
    const link = await ds.transaction(async (em) => {
      const rows = await run<{ id: string }>(
        em,
        sql`INSERT INTO clinics (name, time_zone) VALUES (${name}, ${timeZone}) RETURNING id`,
      );
      const clinicId = rows[0]!.id;
      const m = await ensureMembership(em, clinicId, email, adminName, 'CLINIC_ADMIN');
      return invitations.issue(
        em,
        {
          clinicId,
          membershipId: m.membershipId,
          email,
          displayName: m.displayName,
          role: 'CLINIC_ADMIN',
        },
        null,
      );
    });
    new Logger('Hearth').log(`Created ${name}. Send this link to ${email}: ${link.url}`);
  } finally {
    await jobs.onApplicationShutdown();
    await ds.destroy();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
