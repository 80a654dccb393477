import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Counters of failed sign-in attempts, shared by every API instance. The shape is the one
 * rate-limiter-flexible's RateLimiterPostgres expects (it inserts positionally: key, points,
 * expire), created here by a migration so that the app never issues DDL (`tableCreated`).
 * Rows are short-lived; the library deletes expired ones.
 */
@Entity({ name: 'rate_limits' })
export class RateLimitEntity {
  @PrimaryColumn({ type: 'varchar', length: 255, primaryKeyConstraintName: 'pk_rate_limits' })
  key!: string;

  @Column({ type: 'int', default: 0 })
  points!: number;

  /** Epoch milliseconds; null never expires. */
  @Column({ type: 'bigint', nullable: true })
  expire!: string | null;
}
