import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuthService } from '../auth/auth.service';
import { readSessionToken } from '../auth/session-cookie';
import { AppError } from '../common/app-error';
import { AppErrorHttpFilter } from '../common/app-error.filter';
import { dashboardCsv } from './dashboard-csv';
import { DashboardService } from './dashboard.service';
import { DashboardCsvQuery } from './dto/dashboard-period.input';

/**
 * The clinic dashboard as a CSV download, for a plain link in the browser. The same session
 * cookie, the same service and access check (clinic admins of the session's clinic) and the
 * same suppressed figures as the `clinicDashboard` query.
 */
@Controller('api')
@UseFilters(AppErrorHttpFilter)
export class DashboardController {
  constructor(
    private readonly auth: AuthService,
    private readonly dashboard: DashboardService,
  ) {}

  @Get('clinic-dashboard.csv')
  async csv(
    @Query() query: DashboardCsvQuery,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const actor = await this.auth.actorFromToken(readSessionToken(req));
    if (!actor) throw AppError.unauthenticated();
    const dashboard = await this.dashboard
      .dashboard(actor, { preset: query.period, from: query.from, to: query.to })
      .catch((error: unknown) => {
        // The query string names the preset `period`.
        if (error instanceof AppError && error.code === 'BAD_USER_INPUT') {
          throw AppError.badInput(
            error.fields.map((f) => (f.field === 'preset' ? { ...f, field: 'period' } : f)),
          );
        }
        throw error;
      });
    const { from, to } = dashboard.period;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="hearth-clinic-dashboard-${from}-to-${to}.csv"`,
    );
    // Aggregates of one clinic, for one person: never kept by a shared cache.
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return dashboardCsv(dashboard);
  }
}
