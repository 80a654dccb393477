import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { APP_CONFIG, type AppConfig } from '../config/config';

/** A job kind: its retry policy and what a worker does with one job. */
export interface JobDefinition<T extends object> {
  name: string;
  /** Attempts after the first; each waits retryDelaySeconds × 2^n (pg-boss backoff). */
  retryLimit: number;
  retryDelaySeconds: number;
  /** A job running longer than this is considered lost and retried. */
  expireInSeconds: number;
  handle: (job: PgBoss.JobWithMetadata<T>) => Promise<void>;
}

/**
 * Background jobs on PostgreSQL with pg-boss (pinned: its schema, `pgboss`, changes between
 * majors and is migrated by pg-boss itself at start). Jobs are sent inside the transaction
 * of the change that causes them, so a job exists exactly when its change does, and they
 * survive restarts. Workers poll in this process unless WORKERS=off; `npm run worker` runs
 * them alone. Several processes may work one database: pg-boss hands each job to one.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly definitions: JobDefinition<object>[] = [];
  private boss: PgBoss | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Feature modules declare their jobs while the app is built (onModuleInit). */
  define<T extends object>(definition: JobDefinition<T>): void {
    this.definitions.push(definition as unknown as JobDefinition<object>);
  }

  async onApplicationBootstrap(): Promise<void> {
    const url = (this.db.options as PostgresConnectionOptions).url;
    const boss = new PgBoss({
      connectionString: url,
      schema: 'pgboss',
      max: 3,
      application_name: 'hearth-jobs',
    });
    boss.on('error', (error: Error) => this.logger.warn(`Job queue: ${error.message}`));
    await boss.start();
    this.boss = boss;
    for (const d of this.definitions) {
      await boss.createQueue(d.name, {
        name: d.name,
        retryLimit: d.retryLimit,
        retryDelay: d.retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: d.expireInSeconds,
      });
      if (this.config.workers) {
        await boss.work<object>(
          d.name,
          { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: 1 },
          async ([job]) => {
            if (job) await d.handle(job);
          },
        );
      }
    }
  }

  /**
   * Sends a job inside the caller's transaction: it is only visible to workers once that
   * transaction commits, and it disappears with it on rollback.
   */
  async send(em: EntityManager, name: string, data: object): Promise<void> {
    if (!this.boss) throw new Error('The job queue is not started.');
    await this.boss.send(name, data, {
      db: {
        executeSql: async (text: string, values: unknown[]) => ({
          rows: (await em.query(text, values)) as unknown[],
        }),
      },
    });
  }

  async onApplicationShutdown(): Promise<void> {
    // Lets a running job finish (an SMTP conversation) before the pool closes.
    await this.boss?.stop({ graceful: true, timeout: 10_000, wait: true });
    this.boss = null;
  }
}
