import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../common/actor';
import { CurrentActor } from '../graphql/graphql-context';
import { ActivityPageModel, EntryReaderDayModel } from './activity.models';
import { ActivityService } from './activity.service';
import { ClinicActivityArgs } from './dto/activity.inputs';

@Resolver()
export class ActivityResolver {
  constructor(private readonly activity: ActivityService) {}

  @Query(() => ActivityPageModel, {
    description:
      "The clinic's audit events, newest first (clinic admins only). Also as CSV: GET /api/clinic-activity.csv?personId=…&coupleId=…&action=…&from=…&to=…",
  })
  clinicActivity(
    @Args() args: ClinicActivityArgs,
    @CurrentActor() actor: Actor,
  ): Promise<ActivityPageModel> {
    return this.activity.page(actor, args.filter ?? {}, args.page, args.pageSize);
  }

  @Query(() => [EntryReaderDayModel], {
    description:
      "Partners: who (other than the couple's partners) has read our couple's entries, per day over the last `days` days (1–365), newest first.",
  })
  ourEntryReaders(
    @Args('days', { type: () => Int, defaultValue: 30 }) days: number,
    @CurrentActor() actor: Actor,
  ): Promise<EntryReaderDayModel[]> {
    return this.activity.entryReaders(actor, days);
  }
}
