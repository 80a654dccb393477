import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApp } from './bootstrap';
import { ConfigError, loadConfig, type AppConfig } from './config/config';
import { resolveDatabase } from './database/resolve-database';
import { trackRequests } from './edge/graceful-shutdown';
import { MailCatcher } from './mail/mail-catcher';
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemoIfEmpty } from './seed/demo-seed';

const logger = new Logger('Hearth');

/** How long requests in flight may take to finish after SIGTERM before they are cut. */
const DRAIN_MS = 10_000;
/** Past this the process exits whatever is still running (a stuck pool, say). */
const SHUTDOWN_LIMIT_MS = DRAIN_MS + 10_000;

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const { url, embedded } = await resolveDatabase(config, {
    log: (line) => logger.log(line),
    appHandlesSignals: true,
  });
  // No SMTP server outside production: a local catcher receives the mail, read at /dev/mail.
  let mailCatcher: MailCatcher | undefined;
  if (!config.mail.smtpUrl && config.env !== 'production') {
    mailCatcher = await new MailCatcher(config.mail.catcherPort).start();
    config = { ...config, mail: { ...config.mail, smtpUrl: mailCatcher.smtpUrl } };
  }
  const app = await createApp(config, { url }, { mailCatcher });
  const requests = trackRequests(app.getHttpServer());
  await app.init();
  if (config.seedDemo) {
    const seeded = await seedDemoIfEmpty(app.get(DataSource), config);
    if (seeded) logger.log('Seeded the demo clinics.');
  }
  await app.listen(config.port, config.host);
  // Shutdown order matters: stop accepting and let requests in flight finish while the
  // database is still there, then close the app (Apollo, the pool), then the embedded
  // PostgreSQL this process started. A second signal cuts the requests at once.
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      app.getHttpServer().closeAllConnections();
      return;
    }
    stopping = true;
    setTimeout(() => {
      logger.error(`Shutdown did not finish in ${SHUTDOWN_LIMIT_MS / 1000} s; exiting.`);
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS).unref();
    logger.log(
      `${signal}: finishing ${requests.inFlight} request(s) in flight (up to ${DRAIN_MS / 1000} s), accepting no new ones.`,
    );
    let code = 0;
    const { cut } = await requests.drain(DRAIN_MS);
    if (cut) logger.warn(`Requests still running after ${DRAIN_MS / 1000} s were cut.`);
    try {
      await app.close();
    } catch (err) {
      code = 1;
      logger.error(`Closing the app failed: ${err instanceof Error ? err.message : String(err)}`);
    }
    await mailCatcher?.stop();
    try {
      await embedded?.stop();
    } catch (err) {
      code = 1;
      logger.error(
        `Stopping PostgreSQL failed: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    logger.log('Stopped.');
    process.exit(code);
  };
  process.on('SIGINT', (s) => void stop(s));
  process.on('SIGTERM', (s) => void stop(s));
  const lines = [
    '',
    `Hearth is running at ${config.publicUrl}  (GraphQL at ${config.publicUrl}/graphql)`,
  ];
  if (mailCatcher) {
    lines.push(
      `Mail is not sent anywhere: read it at ${config.publicUrl}/dev/mail  (SMTP catcher on ${mailCatcher.smtpUrl}; set SMTP_URL to send for real)`,
    );
  }
  if (config.seedDemo) {
    lines.push(`Demo logins (password for all: ${DEMO_PASSWORD}):`);
    for (const l of DEMO_LOGINS) lines.push(`  ${l.email.padEnd(28)} ${l.role}`);
  }
  console.log(lines.join('\n') + '\n');
}

main().catch((err: unknown) => {
  logger.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exit(1);
});
