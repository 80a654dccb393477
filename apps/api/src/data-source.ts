import { Logger as NestLogger } from '@nestjs/common';
import { DataSource, type DataSourceOptions, type Logger } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './database/migrations';

const poolLogger = new NestLogger('Database');

export interface DataSourceSettings {
  url: string;
  /** Extra TypeORM logger, e.g. a statement counter for the benchmark. */
  logger?: Logger;
  poolSize?: number;
}

/**
 * The one place TypeORM is configured: the app, the tests and the migration CLI all build
 * their DataSource here. Schema changes go through committed migrations only.
 */
export function dataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    logging: settings.logger ? 'all' : false,
    logger: settings.logger,
    // A dropped connection (server restart, network blip) surfaces here for an idle client:
    // log it and let the pool open a new connection on the next query, instead of crashing.
    poolErrorHandler: (err: unknown) =>
      poolLogger.warn(
        `PostgreSQL connection lost (${err instanceof Error ? err.message : String(err)}); reconnecting on next use.`,
      ),
    extra: {
      max: settings.poolSize ?? 10,
      // A finite connect timeout: a database that does not answer fails the request
      // (and is retried by the pool later) instead of hanging it.
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      application_name: 'hearth',
    },
  };
}

export function createDataSource(settings: DataSourceSettings): DataSource {
  return new DataSource(dataSourceOptions(settings));
}
