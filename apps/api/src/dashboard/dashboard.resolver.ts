import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../common/actor';
import { CurrentActor } from '../graphql/graphql-context';
import { ClinicDashboardModel } from './dashboard.models';
import { DashboardService } from './dashboard.service';
import { DashboardPeriodInput } from './dto/dashboard-period.input';

@Resolver(() => ClinicDashboardModel)
export class DashboardResolver {
  constructor(private readonly dashboard: DashboardService) {}

  @Query(() => ClinicDashboardModel, {
    description:
      "Aggregate progress of the caller's clinic over a period (clinic admins only), small cells suppressed. Also as CSV: GET /api/clinic-dashboard.csv?period=…&from=…&to=…",
  })
  clinicDashboard(
    @Args('period') period: DashboardPeriodInput,
    @CurrentActor() actor: Actor,
  ): Promise<ClinicDashboardModel> {
    return this.dashboard.dashboard(actor, period);
  }
}
