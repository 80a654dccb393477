import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../common/actor';
import { CommentModel } from '../comments/comment.model';
import { AppError } from '../common/app-error';
import { Ctx, CurrentActor, type GraphqlContext } from '../graphql/graphql-context';
import { CompletionsService } from './completions.service';
import { CommentInput, CompleteTaskInput } from './dto/homework.inputs';
import { HomeworkLoaders } from './homework.loaders';
import { AssignmentModel, CompletionModel, PersonModel } from './homework.models';

@Resolver(() => CompletionModel)
export class CompletionResolver {
  constructor(
    private readonly completions: CompletionsService,
    private readonly loaders: HomeworkLoaders,
  ) {}

  @ResolveField(() => PersonModel)
  async author(@Parent() c: CompletionModel, @Ctx() ctx: GraphqlContext): Promise<PersonModel> {
    const p = await ctx.loaders.load(this.loaders.person, c.authorId);
    if (!p) throw AppError.notFound('Person');
    return p;
  }

  @ResolveField(() => AssignmentModel)
  async assignment(
    @Parent() c: CompletionModel,
    @Ctx() ctx: GraphqlContext,
  ): Promise<AssignmentModel> {
    const a = await ctx.loaders.load(this.loaders.assignment, c.assignmentId);
    if (!a) throw AppError.notFound('Assignment');
    return a;
  }

  @ResolveField(() => [CommentModel])
  async comments(
    @Parent() c: CompletionModel,
    @Ctx() ctx: GraphqlContext,
  ): Promise<CommentModel[]> {
    return (await ctx.loaders.load(this.loaders.comments, c.id)) ?? [];
  }

  @ResolveField(() => Boolean, {
    description: 'True for the author, until the local day it was made ends.',
  })
  editable(@Parent() c: CompletionModel, @CurrentActor() actor: Actor): boolean {
    return this.completions.isEditable(actor, c);
  }

  @Mutation(() => CompletionModel, {
    description: 'Records (or, the same day, edits) your completion of a task. Safe to retry.',
  })
  completeTask(
    @Args('input') input: CompleteTaskInput,
    @CurrentActor() actor: Actor,
  ): Promise<CompletionModel> {
    return this.completions.complete(actor, input);
  }

  @Mutation(() => CompletionModel, { description: 'Coach: marks a completion reviewed (or not).' })
  markCompletionReviewed(
    @Args('id', { type: () => ID }) id: string,
    @Args('reviewed', { defaultValue: true }) reviewed: boolean,
    @CurrentActor() actor: Actor,
  ): Promise<CompletionModel> {
    return this.completions.markReviewed(actor, id, reviewed);
  }

  @Mutation(() => CommentModel, {
    description: 'Coach: replies on a completion; marks it reviewed.',
  })
  async commentOnCompletion(
    @Args('input') input: CommentInput,
    @CurrentActor() actor: Actor,
  ): Promise<CommentModel> {
    return this.completions.comment(actor, input.entryId, input.body);
  }
}
