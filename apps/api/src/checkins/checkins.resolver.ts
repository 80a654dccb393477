import { Args, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor';
import { AppError } from '../common/app-error';
import { CoupleModel } from '../couples/couple.model';
import { Ctx, CurrentActor, type GraphqlContext } from '../graphql/graphql-context';
import { loadBatched } from '../graphql/load-batched';
import { CommentModel } from '../comments/comment.model';
import { CheckinAdherenceModel, CheckinModel, CheckinSeriesModel } from './checkin.model';
import { CheckinsService } from './checkins.service';
import { CommentOnCheckinArgs, FileCheckinInput } from './dto/checkin.inputs';

const coupleNotFound = () => AppError.notFound('Couple');

/**
 * Check-in fields of the Couple type. Each goes through a per-request loader, so a list of
 * couples costs one query per field, not one per couple; each figure is built only from
 * check-ins the caller may see (CheckinsService, via the access module's entry scope).
 */
@Resolver(() => CoupleModel)
export class CoupleCheckinsResolver {
  constructor(private readonly checkins: CheckinsService) {}

  @ResolveField(() => CheckinModel, {
    nullable: true,
    description: "The caller's own check-in for today (partners); null when not filed yet.",
  })
  myCheckinToday(
    @Parent() couple: CoupleModel,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: GraphqlContext,
  ): Promise<CheckinModel | null> {
    return loadBatched(
      ctx,
      'couple.myCheckinToday',
      (ids) => this.checkins.myToday(actor, ids),
      couple.id,
      coupleNotFound,
    );
  }

  @ResolveField(() => CheckinSeriesModel, {
    description:
      'Ratings per partner per local day (gaps are null) with 7-day mean closeness. A partner sees the other partner’s SHARED check-ins only.',
  })
  checkinSeries(
    @Parent() couple: CoupleModel,
    @Args('days', { type: () => Int, defaultValue: 56 }) days: number,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: GraphqlContext,
  ): Promise<CheckinSeriesModel> {
    return loadBatched(
      ctx,
      `couple.checkinSeries:${days}`,
      (ids) => this.checkins.series(actor, ids, days),
      couple.id,
      coupleNotFound,
    );
  }

  @ResolveField(() => [CheckinAdherenceModel], {
    description:
      'Per partner: days with a check-in over days enrolled in the last `days` days. A partner sees the other partner’s figure made of SHARED check-ins only.',
  })
  checkinAdherence(
    @Parent() couple: CoupleModel,
    @Args('days', { type: () => Int, defaultValue: 28 }) days: number,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: GraphqlContext,
  ): Promise<CheckinAdherenceModel[]> {
    return loadBatched(
      ctx,
      `couple.checkinAdherence:${days}`,
      (ids) => this.checkins.adherence(actor, ids, days),
      couple.id,
      coupleNotFound,
    );
  }

  @ResolveField(() => [CheckinModel], {
    description:
      'Check-ins of the last `days` days the caller may see, newest first: the coach sees all, a partner their own and the other’s SHARED ones.',
  })
  checkinFeed(
    @Parent() couple: CoupleModel,
    @Args('days', { type: () => Int, defaultValue: 28 }) days: number,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: GraphqlContext,
  ): Promise<CheckinModel[]> {
    return loadBatched(
      ctx,
      `couple.checkinFeed:${days}`,
      (ids) => this.checkins.feed(actor, ids, days),
      couple.id,
      coupleNotFound,
    );
  }
}

@Resolver(() => CheckinModel)
export class CheckinsResolver {
  constructor(private readonly checkins: CheckinsService) {}

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
  comments(
    @Parent() checkin: CheckinModel,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: GraphqlContext,
  ): Promise<CommentModel[]> {
    return loadBatched(
      ctx,
      'checkin.comments',
      (ids) => this.checkins.comments(actor, ids),
      checkin.id,
      () => AppError.notFound('Check-in'),
    );
  }
}
