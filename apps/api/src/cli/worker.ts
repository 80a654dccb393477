import 'reflect-metadata';
import { Logger, Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { loadConfig, type AppConfig } from '../config/config';
import { ConfigModule } from '../config/config.module';
import { dataSourceOptions } from '../data-source';
import { resolveDatabase } from '../database/resolve-database';
import { JobsModule } from '../jobs/jobs.module';
import { MailModule } from '../mail/mail.module';

const logger = new Logger('Worker');

@Module({})
class WorkerModule {
  static forRoot(config: AppConfig, url: string): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        // The API migrates the database; the worker only works its jobs.
        TypeOrmModule.forRoot({ ...dataSourceOptions({ url, poolSize: 3 }), migrationsRun: false }),
        JobsModule,
        MailModule,
      ],
    };
  }
}

/**
 * `npm run worker`: the job workers (email delivery) as their own process, on the API's
 * database (DATABASE_URL, or the embedded one `npm start` runs). Run the API with WORKERS=off to leave the jobs to it; running
 * both is safe too, pg-boss gives each job to one worker.
 */
async function main(): Promise<void> {
  const loaded = loadConfig();
  // Outside production without SMTP_URL, mail goes to the catcher `npm start` runs.
  const smtpUrl = loaded.mail.smtpUrl ?? `smtp://127.0.0.1:${loaded.mail.catcherPort}`;
  const config: AppConfig = { ...loaded, workers: true, mail: { ...loaded.mail, smtpUrl } };
  // DATABASE_URL, or the embedded PostgreSQL `npm start` is running.
  const { url, embedded } = await resolveDatabase(config, {
    reuseRunning: true,
    log: (line) => logger.log(line),
  });
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, url), {
    logger: ['log', 'warn', 'error'],
  });
  await app.init();
  logger.log('Working jobs. Stop with Ctrl-C.');
  const stop = async () => {
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((err: unknown) => {
  logger.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
