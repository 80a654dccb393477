import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, type SignInLimits } from '../config/config';

/** Where an attempt may not be made yet, and for how long. */
export interface Throttled {
  retryInMs: number;
}

/**
 * Sign-in throttling, kept in PostgreSQL (table `rate_limits`) so that every API instance
 * sees the same counters. Security invariants:
 * - accounts are keyed by the email as typed (normalised, hashed), never by user id, so an
 *   email nobody has is throttled exactly like a real one: the answer leaks no existence;
 * - only failed attempts count; a successful sign-in clears the account's counters (not
 *   the IP's);
 * - a refused attempt verifies nothing, so a correct password during a wait or lock gets
 *   the same answer as a wrong one.
 *
 * Per account: from the `delayAfter`-th consecutive failure on, the next attempt must wait
 * `delayBase * 2^(n - delayAfter)` seconds (capped); the `accountLockAfter`-th failure within
 * the window locks the account for `accountLockSeconds`. Per IP: a larger budget over all
 * accounts (password spraying), then a lock.
 */
@Injectable()
export class SignInThrottle {
  private readonly limits: SignInLimits;
  private readonly accountFailures: RateLimiterPostgres;
  private readonly accountWait: RateLimiterPostgres;
  private readonly ipFailures: RateLimiterPostgres;

  constructor(@InjectDataSource() db: DataSource, @Inject(APP_CONFIG) config: AppConfig) {
    this.limits = config.signIn;
    const store = {
      storeClient: db,
      storeType: 'typeorm',
      tableName: 'rate_limits',
      // The table comes from a migration: the app never issues DDL.
      tableCreated: true,
    };
    this.accountFailures = new RateLimiterPostgres({
      ...store,
      keyPrefix: 'signin-account',
      // The library blocks when consumption exceeds `points`: the Nth failure locks.
      points: this.limits.accountLockAfter - 1,
      duration: this.limits.accountWindowSeconds,
      blockDuration: this.limits.accountLockSeconds,
    });
    this.accountWait = new RateLimiterPostgres({
      ...store,
      keyPrefix: 'signin-wait',
      points: 1,
      duration: this.limits.delayMaxSeconds,
    });
    this.ipFailures = new RateLimiterPostgres({
      ...store,
      keyPrefix: 'signin-ip',
      points: this.limits.ipLockAfter - 1,
      duration: this.limits.ipWindowSeconds,
      blockDuration: this.limits.ipLockSeconds,
    });
  }

  /** Null when an attempt for this email from this address may be made now. */
  async check(email: string, ip: string | undefined): Promise<Throttled | null> {
    const account = accountKey(email);
    const [failures, wait, fromIp] = await Promise.all([
      this.accountFailures.get(account),
      this.accountWait.get(account),
      ip ? this.ipFailures.get(ip) : Promise.resolve(null),
    ]);
    const waits = [
      blockedFor(failures, this.accountFailures.points),
      blockedFor(wait, this.accountWait.points),
      blockedFor(fromIp, this.ipFailures.points),
    ];
    const retryInMs = Math.max(...waits);
    return retryInMs > 0 ? { retryInMs } : null;
  }

  /**
   * Counts a failed attempt (wrong password, unknown email, wrong code). Says whether this
   * failure locked the account or the address, for the audit trail.
   */
  async fail(email: string, ip: string | undefined): Promise<{ locked: boolean }> {
    const account = accountKey(email);
    const [res, fromIp] = await Promise.all([
      consumeOrBlocked(this.accountFailures, account),
      ip ? consumeOrBlocked(this.ipFailures, ip) : Promise.resolve(null),
    ]);
    const locked =
      res.consumedPoints === this.accountFailures.points + 1 ||
      fromIp?.consumedPoints === this.ipFailures.points + 1;
    const n = res.consumedPoints;
    if (n >= this.limits.delayAfter && res.remainingPoints > 0) {
      const seconds = Math.min(
        this.limits.delayBaseSeconds * 2 ** (n - this.limits.delayAfter),
        this.limits.delayMaxSeconds,
      );
      await this.accountWait.block(account, seconds);
    }
    return { locked };
  }

  /** A successful sign-in ends the account's run of failures. */
  async succeed(email: string): Promise<void> {
    const account = accountKey(email);
    await Promise.all([this.accountFailures.delete(account), this.accountWait.delete(account)]);
  }
}

function accountKey(email: string): string {
  // Hashed: the table holds no email addresses, including mistyped ones.
  return createHash('sha256').update(email).digest('hex');
}

function blockedFor(res: RateLimiterRes | null, points: number): number {
  return res && res.consumedPoints > points ? Math.max(res.msBeforeNext, 1) : 0;
}

/** The library rejects with a RateLimiterRes once the limit is passed; that is no error. */
async function consumeOrBlocked(limiter: RateLimiterPostgres, key: string) {
  try {
    return await limiter.consume(key);
  } catch (err) {
    if (err instanceof RateLimiterRes) return err;
    throw err;
  }
}
