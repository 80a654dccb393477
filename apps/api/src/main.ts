import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApp } from './bootstrap';
import { ConfigError, loadConfig, type AppConfig } from './config/config';
import { resolveDatabase } from './database/resolve-database';
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemoIfEmpty } from './seed/demo-seed';

const logger = new Logger('Hearth');

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
  const { url, embedded } = await resolveDatabase(config, { log: (line) => logger.log(line) });
  const app = await createApp(config, { url });
  await app.init();
  if (config.seedDemo) {
    const seeded = await seedDemoIfEmpty(app.get(DataSource), config);
    if (seeded) logger.log('Seeded the demo clinics.');
  }
  await app.listen(config.port, config.host);
  const stop = async () => {
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  const lines = [
    '',
    `Hearth is running at ${config.publicUrl}  (GraphQL at ${config.publicUrl}/graphql)`,
  ];
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
