import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  CSI4_CLINICAL_CUTOFF,
  CSI4_RELIABLE_CHANGE,
  isoWeeksOf,
  resolveDashboardPeriod,
  todayIn,
  type DashboardPeriodRequest,
} from '@hearth/domain';
import { AccessService } from '../access/access.service';
import type { Actor } from '../common/actor';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { run, sql, type Sql } from '../database/sql';
import { assembleDashboard } from './dashboard-figures';
import type { ClinicDashboardModel } from './dashboard.models';
import {
  adherenceSql,
  csi4Sql,
  homeworkSql,
  labelsSql,
  type AdherenceRow,
  type Csi4Row,
  type HomeworkRow,
  type LabelRow,
} from './dashboard.queries';

/**
 * The clinic dashboard (PRODUCT.md loop 3). Every number is a GROUP BY in PostgreSQL over
 * the base tables — a fixed five queries whatever the clinic's size — and every figure
 * passes libs/domain suppressCells before it leaves this service. Definitions:
 * docs/metrics.md, and libs/domain/src/metrics, which the integration tests check the SQL
 * against.
 */
@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  async dashboard(actor: Actor, request: DashboardPeriodRequest): Promise<ClinicDashboardModel> {
    const clinicId = this.access.requireClinicAggregates(actor);
    const now = this.clock.now();
    const [clinics, labels] = await Promise.all([
      run<{ time_zone: string; small_cell_k: number }>(
        this.db,
        sql`SELECT time_zone, small_cell_k FROM clinics WHERE id = ${clinicId}`,
      ),
      run<LabelRow>(this.db, labelsSql({ clinicId })),
    ]);
    const clinic = clinics[0];
    if (!clinic) throw AppError.unauthenticated();
    const resolved = resolveDashboardPeriod(request, todayIn(clinic.time_zone, now));
    if ('errors' in resolved) throw AppError.badInput(resolved.errors);
    const period = resolved.period;
    const weeks = isoWeeksOf(period);
    const k = clinic.small_cell_k;

    const [homework, adherence, csi4] = await Promise.all([
      this.aggregate<HomeworkRow>(homeworkSql({ clinicId, from: period.from, to: period.to, now })),
      this.aggregate<AdherenceRow>(
        adherenceSql({
          clinicId,
          from: period.from,
          to: period.to,
          now,
          firstMonday: weeks[0]!.monday,
        }),
      ),
      this.aggregate<Csi4Row>(
        csi4Sql({
          clinicId,
          from: period.from,
          to: period.to,
          sd: CSI4_RELIABLE_CHANGE.sd,
          reliability: CSI4_RELIABLE_CHANGE.reliability,
          z: CSI4_RELIABLE_CHANGE.z,
          cutoff: CSI4_CLINICAL_CUTOFF,
        }),
      ),
    ]);

    return {
      period: {
        preset: request.preset as ClinicDashboardModel['period']['preset'],
        ...period,
        timeZone: clinic.time_zone,
      },
      smallCellK: k,
      ...assembleDashboard(weeks, k, labels, homework, adherence, csi4[0]!),
    };
  }

  /**
   * One aggregate query in its own short transaction with JIT compilation off: on a
   * 10,000-couple clinic PostgreSQL spent 250–350 ms compiling each of these queries, more
   * than the compiled code saved. The three run in parallel on separate connections.
   */
  private aggregate<T>(query: Sql): Promise<T[]> {
    return this.db.transaction(async (em) => {
      await run(em, sql`SET LOCAL jit = off`);
      return run<T>(em, query);
    });
  }
}
