import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { Express, NextFunction, Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { createValidationPipe } from './common/validation';
import type { AppConfig } from './config/config';
import type { DataSourceSettings } from './database/data-source';

/**
 * Builds the HTTP app: GraphQL at /graphql, a health check, and (when built) the web
 * dashboard on the same port. Used by main.ts, the integration tests and the benchmark.
 */
export async function createApp(
  config: AppConfig,
  database: DataSourceSettings,
  options: { logger?: false } = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, database),
    {
      logger: options.logger === false ? false : ['log', 'warn', 'error'],
    },
  );
  app.use(cookieParser());
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  app.disable('x-powered-by');
  const ds = app.get(DataSource);
  const server = app.getHttpAdapter().getInstance() as Express;
  server.get('/health', async (_req: Request, res: Response) => {
    try {
      await ds.query('SELECT 1');
      res.json({ ok: true });
    } catch {
      res.status(503).json({ ok: false, error: 'database unavailable' });
    }
  });
  const webDist = resolve(config.webDist ?? join(process.cwd(), 'dist/web'));
  if (existsSync(join(webDist, 'index.html'))) {
    app.useStaticAssets(webDist, { index: false, maxAge: '1h', immutable: false });
    // The dashboard is a single-page app: any other GET that wants HTML gets index.html.
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (
        req.method !== 'GET' ||
        req.path.startsWith('/graphql') ||
        req.path.startsWith('/api/') ||
        !req.accepts('html')
      )
        return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(join(webDist, 'index.html'));
    });
  }
  return app;
}
