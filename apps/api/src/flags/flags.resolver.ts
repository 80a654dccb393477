import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor';
import { AppError } from '../common/app-error';
import { CoupleModel } from '../couples/couple.model';
import { Ctx, CurrentActor, type GraphqlContext } from '../graphql/graphql-context';
import { loadBatched } from '../graphql/load-batched';
import { FlagModel } from './flag.model';
import { FlagsService } from './flags.service';

@Resolver(() => CoupleModel)
export class FlagsResolver {
  constructor(private readonly flagsService: FlagsService) {}

  @ResolveField(() => [FlagModel], {
    description:
      "Attention signals for the couple's coach, most severe first. Coach only: partners get FORBIDDEN.",
  })
  flags(
    @Parent() couple: CoupleModel,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: GraphqlContext,
  ): Promise<FlagModel[]> {
    return loadBatched(
      ctx,
      'couple.flags',
      (ids) => this.flagsService.forCouples(actor, ids),
      couple.id,
      // The caller can see the couple (it is the parent) but is not its coach.
      () => AppError.forbidden("Flags are for the couple's coach."),
    );
  }
}
