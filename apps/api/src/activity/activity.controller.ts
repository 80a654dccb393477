import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuthService } from '../auth/auth.service';
import { readSessionToken } from '../auth/session-cookie';
import { AppError } from '../common/app-error';
import { AppErrorHttpFilter } from '../common/app-error.filter';
import { activityCsv } from './activity-csv';
import { ActivityService } from './activity.service';
import { ActivityFilterInput } from './dto/activity.inputs';

/**
 * The Activity page as a CSV download: the same session, access check and filter as the
 * `clinicActivity` query; the download itself is audited as EXPORT.
 */
@Controller('api')
@UseFilters(AppErrorHttpFilter)
export class ActivityController {
  constructor(
    private readonly auth: AuthService,
    private readonly activity: ActivityService,
  ) {}

  @Get('clinic-activity.csv')
  async csv(
    @Query() filter: ActivityFilterInput,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const actor = await this.auth.actorFromToken(readSessionToken(req));
    if (!actor) throw AppError.unauthenticated();
    const events = await this.activity.export(actor, filter);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="hearth-clinic-activity.csv"');
    // Who did what in one clinic: never kept by a shared cache.
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return activityCsv(events);
  }
}
