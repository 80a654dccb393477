import type { Logger } from 'typeorm';

/**
 * A TypeORM logger that only counts: passed to the app through DataSourceSettings.logger,
 * it sees every statement the app sends (TypeORM logs each one before running it).
 */
export class StatementCounter implements Logger {
  count = 0;
  readonly statements: string[] = [];
  recording = false;

  logQuery(query: string): void {
    this.count++;
    if (this.recording) this.statements.push(query.replace(/\s+/g, ' ').trim());
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}

  /** Counts the statements `work` causes (nothing else may use the app meanwhile). */
  async measure<T>(work: () => Promise<T>): Promise<{ statements: number; result: T }> {
    const before = this.count;
    const result = await work();
    return { statements: this.count - before, result };
  }
}
