import { Args, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor';
import { AppError } from '../common/app-error';
import { CoupleModel } from '../couples/couple.model';
import { CouplesService } from '../couples/couples.service';
import { Ctx, CurrentActor, type GraphqlContext } from '../graphql/graphql-context';
import { loadBatched } from '../graphql/load-batched';
import { Csi4PartnerHistoryModel, Csi4ResultModel } from './csi4.model';
import { FileCsi4Input, SetCsi4IntervalArgs } from './dto/csi4.inputs';
import { MeasuresService } from './measures.service';

const coupleNotFound = () => AppError.notFound('Couple');

@Resolver(() => CoupleModel)
export class MeasuresResolver {
  constructor(
    private readonly measures: MeasuresService,
    private readonly couples: CouplesService,
  ) {}

  @ResolveField(() => [Csi4PartnerHistoryModel], {
    description:
      'CSI-4 results per partner, oldest first, with reliable change vs the first. The coach sees both partners; a partner sees only their own.',
  })
  csi4History(
    @Parent() couple: CoupleModel,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: GraphqlContext,
  ): Promise<Csi4PartnerHistoryModel[]> {
    return loadBatched(
      ctx,
      'couple.csi4History',
      (ids) => this.measures.history(actor, ids),
      couple.id,
      coupleNotFound,
    );
  }

  @ResolveField(() => Boolean, {
    description: 'True when the caller, as a partner, has a CSI-4 due (false for coaches).',
  })
  csi4Due(
    @Parent() couple: CoupleModel,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: GraphqlContext,
  ): Promise<boolean> {
    return loadBatched(
      ctx,
      'couple.csi4Due',
      (ids) => this.measures.dueForViewer(actor, ids),
      couple.id,
      coupleNotFound,
    );
  }

  @ResolveField(() => Int, {
    description: 'The CSI-4 is due at intake and every this many weeks after it.',
  })
  csi4EveryWeeks(
    @Parent() couple: CoupleModel,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: GraphqlContext,
  ): Promise<number> {
    return loadBatched(
      ctx,
      'couple.csi4EveryWeeks',
      (ids) => this.measures.everyWeeks(actor, ids),
      couple.id,
      coupleNotFound,
    );
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
