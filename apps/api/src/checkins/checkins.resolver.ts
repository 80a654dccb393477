import { Args, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../common/actor';
import { AppError } from '../common/app-error';
import { CoupleModel } from '../couples/couple.model';
import { Ctx, CurrentActor, type GraphqlContext } from '../graphql/graphql-context';
import { CommentModel } from '../comments/comment.model';
import { CheckinLoaders } from './checkin.loaders';
import { CheckinAdherenceModel, CheckinModel, CheckinSeriesModel } from './checkin.model';
import { CheckinsService } from './checkins.service';
import { CommentOnCheckinArgs, FileCheckinInput } from './dto/checkin.inputs';

const coupleNotFound = () => AppError.notFound('Couple');

/** A couple its loader did not answer is one the caller may not read: NOT_FOUND. */
function orNotFound<V>(value: V | null): V {
  if (value === null) throw coupleNotFound();
  return value;
}

/**
 * Check-in fields of the Couple type. Each goes through a per-request loader, so a list of
 * couples costs one query per field, not one per couple; each figure is built only from
 * check-ins the caller may see (CheckinsService, via the access module's entry scope).
 */
@Resolver(() => CoupleModel)
export class CoupleCheckinsResolver {
  constructor(private readonly loaders: CheckinLoaders) {}

  @ResolveField(() => CheckinModel, {
    nullable: true,
    description: "The caller's own check-in for today (partners); null when not filed yet.",
  })
  async myCheckinToday(
    @Parent() couple: CoupleModel,
    // The caller must be signed in (and enrolled) as for every field; the loaders batch as them.
    @CurrentActor() _actor: Actor,
    @Ctx() ctx: GraphqlContext,
  ): Promise<CheckinModel | null> {
    const today = await ctx.loaders.load(this.loaders.myToday, couple.id);
    if (!today) throw coupleNotFound();
    return today.checkin;
  }

  @ResolveField(() => CheckinSeriesModel, {
    description:
      'Ratings per partner per local day (gaps are null) with 7-day mean closeness. A partner sees the other partner’s SHARED check-ins only.',
  })
  async checkinSeries(
    @Parent() couple: CoupleModel,
    @Args('days', { type: () => Int, defaultValue: 56 }) days: number,
    @CurrentActor() _actor: Actor,
    @Ctx() ctx: GraphqlContext,
  ): Promise<CheckinSeriesModel> {
    return orNotFound(await ctx.loaders.load(this.loaders.series(days), couple.id));
  }

  @ResolveField(() => [CheckinAdherenceModel], {
    description:
      'Per partner: days with a check-in over days enrolled in the last `days` days. A partner sees the other partner’s figure made of SHARED check-ins only.',
  })
  async checkinAdherence(
    @Parent() couple: CoupleModel,
    @Args('days', { type: () => Int, defaultValue: 28 }) days: number,
    @CurrentActor() _actor: Actor,
    @Ctx() ctx: GraphqlContext,
  ): Promise<CheckinAdherenceModel[]> {
    return orNotFound(await ctx.loaders.load(this.loaders.adherence(days), couple.id));
  }

  @ResolveField(() => [CheckinModel], {
    description:
      'Check-ins of the last `days` days the caller may see, newest first: the coach sees all, a partner their own and the other’s SHARED ones.',
  })
  async checkinFeed(
    @Parent() couple: CoupleModel,
    @Args('days', { type: () => Int, defaultValue: 28 }) days: number,
    @CurrentActor() _actor: Actor,
    @Ctx() ctx: GraphqlContext,
  ): Promise<CheckinModel[]> {
    return orNotFound(await ctx.loaders.load(this.loaders.feed(days), couple.id));
  }
}

@Resolver(() => CheckinModel)
export class CheckinsResolver {
  constructor(
    private readonly checkins: CheckinsService,
    private readonly loaders: CheckinLoaders,
  ) {}

  @Mutation(() => CheckinModel, {
    description:
      'A partner files their check-in for today (or yesterday until noon, marked late). Filing again that day updates it.',
  })
  fileCheckin(
    @Args('input') input: FileCheckinInput,
    @CurrentActor() actor: Actor,
  ): Promise<CheckinModel> {
    return this.checkins.file(actor, input);
  }

  @Mutation(() => CommentModel, {
    description: "The couple's coach replies on a check-in; seen by whoever sees the check-in.",
  })
  commentOnCheckin(
    @Args() args: CommentOnCheckinArgs,
    @CurrentActor() actor: Actor,
  ): Promise<CommentModel> {
    return this.checkins.comment(actor, args.checkinId, args.body);
  }

  @ResolveField(() => [CommentModel], { description: "The coach's replies, oldest first." })
  async comments(
    @Parent() checkin: CheckinModel,
    @Ctx() ctx: GraphqlContext,
  ): Promise<CommentModel[]> {
    return (await ctx.loaders.load(this.loaders.comments, checkin.id)) ?? [];
  }
}
