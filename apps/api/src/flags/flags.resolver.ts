import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../common/actor';
import { AppError } from '../common/app-error';
import { CoupleModel } from '../couples/couple.model';
import { Ctx, CurrentActor, type GraphqlContext } from '../graphql/graphql-context';
import { defineLoader } from '../graphql/loaders';
import { FlagModel } from './flag.model';
import { FlagsService } from './flags.service';

@Resolver(() => CoupleModel)
export class FlagsResolver {
  constructor(private readonly flagsService: FlagsService) {}

  /** Every couple's flags of a request in one batch (the caseload list asks for all). */
  private readonly flagsOfCouple = defineLoader('couple.flags', (actor, ids) =>
    this.flagsService.forCouples(actor, [...ids]),
  );

  @ResolveField(() => [FlagModel], {
    description:
      "Attention signals for the couple's coach, most severe first. Coach only: partners get FORBIDDEN.",
  })
  async flags(
    @Parent() couple: CoupleModel,
    // Required: an anonymous caller (or one who must enrol in two-factor first) is refused here.
    @CurrentActor() _actor: Actor,
    @Ctx() ctx: GraphqlContext,
  ): Promise<FlagModel[]> {
    const flags = await ctx.loaders.load(this.flagsOfCouple, couple.id);
    // The caller can see the couple (it is the parent) but is not its coach.
    if (!flags) throw AppError.forbidden("Flags are for the couple's coach.");
    return flags;
  }
}
