import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { purgeExpiredAuditEvents } from './audit-chain';

const DAY_MS = 86_400_000;

/**
 * Purges audit events older than AUDIT_RETENTION_YEARS at start and once a day. The timer is
 * unref'd so it never keeps the process alive; a failed purge is logged and retried the
 * next day (nothing is lost by purging late). A job queue will take this over.
 */
@Injectable()
export class AuditRetention implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AuditRetention');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.purge();
    this.timer = setInterval(() => void this.purge(), DAY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async purge(): Promise<number> {
    try {
      const n = await purgeExpiredAuditEvents(this.db, this.config.auditRetentionYears);
      if (n > 0)
        this.logger.log(
          `Purged ${n} audit event(s) older than ${this.config.auditRetentionYears} years.`,
        );
      return n;
    } catch (err) {
      this.logger.error(`Audit retention purge failed: ${String(err)}`);
      return 0;
    }
  }
}
