import { Args, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../common/actor';
import { AppError } from '../common/app-error';
import { CoupleModel } from '../couples/couple.model';
import { CouplesService } from '../couples/couples.service';
import { Ctx, CurrentActor, type GraphqlContext } from '../graphql/graphql-context';
import { Csi4PartnerHistoryModel, Csi4ResultModel } from './csi4.model';
import { FileCsi4Input, SetCsi4IntervalArgs } from './dto/csi4.inputs';
import { MeasureLoaders } from './measure.loaders';
import { MeasuresService } from './measures.service';

const coupleNotFound = () => AppError.notFound('Couple');

/** A couple its loader did not answer is one the caller may not read: NOT_FOUND. */
function orNotFound<V>(value: V | null): V {
  if (value === null) throw coupleNotFound();
  return value;
}

@Resolver(() => CoupleModel)
export class MeasuresResolver {
  constructor(
    private readonly measures: MeasuresService,
    private readonly couples: CouplesService,
    private readonly loaders: MeasureLoaders,
  ) {}

  @ResolveField(() => [Csi4PartnerHistoryModel], {
    description:
      'CSI-4 results per partner, oldest first, with reliable change vs the first. The coach sees both partners; a partner sees only their own.',
  })
  async csi4History(
    @Parent() couple: CoupleModel,
    @CurrentActor() _actor: Actor,
    @Ctx() ctx: GraphqlContext,
  ): Promise<Csi4PartnerHistoryModel[]> {
    return orNotFound(await ctx.loaders.load(this.loaders.csi4History, couple.id));
  }

  @ResolveField(() => Boolean, {
    description: 'True when the caller, as a partner, has a CSI-4 due (false for coaches).',
  })
  async csi4Due(
    @Parent() couple: CoupleModel,
    @CurrentActor() _actor: Actor,
    @Ctx() ctx: GraphqlContext,
  ): Promise<boolean> {
    return orNotFound(await ctx.loaders.load(this.loaders.csi4Due, couple.id));
  }

  @ResolveField(() => Int, {
    description: 'The CSI-4 is due at intake and every this many weeks after it.',
  })
  async csi4EveryWeeks(
    @Parent() couple: CoupleModel,
    @CurrentActor() _actor: Actor,
    @Ctx() ctx: GraphqlContext,
  ): Promise<number> {
    return orNotFound(await ctx.loaders.load(this.loaders.csi4EveryWeeks, couple.id));
  }

  @Mutation(() => Csi4ResultModel, {
    description:
      'A partner files the CSI-4; scored on the server. Filing again the same day updates it. Seen by the author and the coach only.',
  })
  fileCsi4(
    @Args('input') input: FileCsi4Input,
    @CurrentActor() actor: Actor,
  ): Promise<Csi4ResultModel> {
    return this.measures.fileCsi4(actor, input);
  }

  @Mutation(() => CoupleModel, {
    description: "The couple's coach sets how often the CSI-4 is due after intake (1–52 weeks).",
  })
  async setCsi4Interval(
    @Args() args: SetCsi4IntervalArgs,
    @CurrentActor() actor: Actor,
  ): Promise<CoupleModel> {
    await this.measures.setInterval(actor, args.coupleId, args.everyWeeks);
    return this.couples.get(actor, args.coupleId, 'MANAGE');
  }
}
