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
import type { DataSourceSettings } from './data-source';
import { requestId } from './edge/request-id';
import { securityHeaders } from './edge/security-headers';
import type { MailCatcher } from './mail/mail-catcher';

/**
 * Builds the HTTP app: GraphQL at /graphql, a health check, and (when built) the web
 * dashboard on the same port. Used by main.ts, the integration tests and the benchmark.
 */
export async function createApp(
  config: AppConfig,
  database: DataSourceSettings,
  options: { logger?: false; mailCatcher?: MailCatcher } = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, database),
    {
      logger: options.logger === false ? false : ['log', 'warn', 'error'],
    },
  );
  // First, so that every response (GraphQL, /health, the dashboard, its assets, errors)
  // carries the request id and the security headers.
  app.use(requestId);
  app.use(securityHeaders({ production: config.env === 'production' }));
  app.use(cookieParser());
  app.useGlobalPipes(createValidationPipe());
  // No enableShutdownHooks(): main.ts owns SIGTERM/SIGINT, so that in-flight requests are
  // drained before the app and its database pool close (edge/graceful-shutdown.ts).
  app.disable('x-powered-by');
  // Express's own error pages follow our NODE_ENV, not the process's: no stack traces in
  // production, whoever started the process.
  app.set('env', config.env);
  // req.ip is the client's address only through the proxies we were told to trust.
  app.set('trust proxy', config.trustProxyHops);
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
  // Development only: the mail catcher's inbox (main.ts starts it when no SMTP_URL is set).
  if (options.mailCatcher && config.env !== 'production') options.mailCatcher.mount(server);
  const webDist = resolve(config.webDist ?? join(process.cwd(), 'dist/web'));
  if (existsSync(join(webDist, 'index.html'))) {
    app.useStaticAssets(webDist, { index: false, maxAge: '1h', immutable: false });
    // The dashboard is a single-page app: any other GET that wants HTML gets index.html.
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (
        req.method !== 'GET' ||
        req.path.startsWith('/graphql') ||
        req.path.startsWith('/api/') ||
        req.path.startsWith('/dev/mail') ||
        !req.accepts('html')
      )
        return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(join(webDist, 'index.html'));
    });
  }
  return app;
}
