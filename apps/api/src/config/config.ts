import { z } from 'zod';

/**
 * Configuration is read and validated once, at boot. A missing or malformed variable stops
 * the process with a message that names it, instead of failing later in some request.
 */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  PUBLIC_URL: z.string().url().optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(5488),
  SEED_DEMO: z.enum(['true', 'false']).optional(),
  SESSION_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  // How many reverse proxies stand in front of the app (0: none). Sign-in throttling and the
  // audit trail use the client's address, which only a trusted hop may report.
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  WEB_DIST: z.string().optional(),
  AUDIT_RETENTION_YEARS: z.coerce.number().int().min(1).max(100).default(6),
  AUDIT_READS: z.enum(['on', 'off']).default('on'),
  // Encrypts two-factor secrets at rest (auth/secret-box.ts). Required in production.
  SECRET_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  // Outgoing email (mail/): one SMTP server; without it outside production, a local catcher.
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().email('must be an email address').default('no-reply@hearth.localhost'),
  MAIL_CATCHER_PORT: z.coerce.number().int().min(1024).max(65535).default(1025),
  // Background jobs (email delivery) run in the API process unless off (`npm run worker`).
  WORKERS: z.enum(['on', 'off']).default('on'),
});

/** Only for development and tests: production refuses to start without SECRET_KEY. */
const DEVELOPMENT_SECRET_KEY = 'hearth-development-secret-key-never-use-in-production';

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  publicUrl: string;
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  seedDemo: boolean;
  sessionDays: number;
  trustProxyHops: number;
  webDist: string | undefined;
  /** Audit events older than this are purged (at boot and daily); at least one year. */
  auditRetentionYears: number;
  /** False only for the benchmark's comparison run; refused in production. */
  auditReads: boolean;
  secretKey: string;
  signIn: SignInLimits;
  mail: MailSettings;
  /** Whether this process runs the job workers (email delivery). */
  workers: boolean;
}

export interface MailSettings {
  /** The SMTP server; null: none configured (npm start then runs the local catcher). */
  smtpUrl: string | null;
  /** The sender address; the sender name is the clinic's. */
  from: string;
  /** Where the development mail catcher listens (127.0.0.1). */
  catcherPort: number;
  /** The first retry's wait; each further one doubles (tests use 1). */
  retryDelaySeconds: number;
}

/**
 * Sign-in throttling (auth/sign-in-throttle.service.ts). Fixed in code, chosen in
 * docs/security.md; tests start the app with shorter waits.
 */
export interface SignInLimits {
  /** Failed attempts of one account (email) before it is locked. */
  accountLockAfter: number;
  /** Failures counted within this window, from the first one. */
  accountWindowSeconds: number;
  accountLockSeconds: number;
  /** From this many consecutive failures on, each further one makes the account wait. */
  delayAfter: number;
  /** The first wait; it doubles with each further failure, up to delayMaxSeconds. */
  delayBaseSeconds: number;
  delayMaxSeconds: number;
  /** Failed attempts from one IP address (any accounts) before it is locked. */
  ipLockAfter: number;
  ipWindowSeconds: number;
  ipLockSeconds: number;
  /** Wrong codes allowed on one two-factor challenge before it is void. */
  challengeAttempts: number;
  challengeSeconds: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = {
  accountLockAfter: 10,
  accountWindowSeconds: 3600,
  accountLockSeconds: 900,
  delayAfter: 3,
  delayBaseSeconds: 1,
  delayMaxSeconds: 60,
  ipLockAfter: 100,
  ipWindowSeconds: 3600,
  ipLockSeconds: 3600,
  challengeAttempts: 5,
  challengeSeconds: 300,
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = schema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')),
  );
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  // Security invariant: reads of client data are always audited in production. The off
  // switch exists only so the benchmark can measure what auditing costs.
  if (c.NODE_ENV === 'production' && c.AUDIT_READS === 'off') {
    throw new ConfigError(
      'Invalid configuration:\n  AUDIT_READS: cannot be off in production (benchmark only)',
    );
  }
  if (c.NODE_ENV === 'production' && !c.SECRET_KEY) {
    throw new ConfigError(
      'Invalid configuration:\n  SECRET_KEY: required in production (32 or more random characters)',
    );
  }
  if (c.NODE_ENV === 'production' && !c.SMTP_URL) {
    throw new ConfigError(
      'Invalid configuration:\n  SMTP_URL: required in production (e.g. smtps://user:password@smtp.example.org:465)',
    );
  }
  return {
    env: c.NODE_ENV,
    host: c.HOST,
    port: c.PORT,
    publicUrl: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, ''),
    databaseUrl: c.DATABASE_URL,
    dataDir: c.DATA_DIR,
    embeddedPgPort: c.EMBEDDED_PG_PORT,
    // Demo data is never seeded in production, whatever SEED_DEMO says.
    seedDemo: c.NODE_ENV !== 'production' && c.SEED_DEMO !== 'false',
    sessionDays: c.SESSION_DAYS,
    trustProxyHops: c.TRUST_PROXY_HOPS,
    webDist: c.WEB_DIST,
    auditRetentionYears: c.AUDIT_RETENTION_YEARS,
    auditReads: c.AUDIT_READS === 'on',
    secretKey: c.SECRET_KEY ?? DEVELOPMENT_SECRET_KEY,
    signIn: DEFAULT_SIGN_IN_LIMITS,
    mail: {
      smtpUrl: c.SMTP_URL ?? null,
      from: c.MAIL_FROM,
      catcherPort: c.MAIL_CATCHER_PORT,
      retryDelaySeconds: 30,
    },
    workers: c.WORKERS === 'on',
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
