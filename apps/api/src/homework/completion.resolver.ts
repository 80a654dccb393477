import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor';
import { AppError } from '../common/app-error';
import { Ctx, CurrentActor, type GraphqlContext } from '../graphql/graphql-context';
import { CompletionsService } from './completions.service';
import { CommentInput, CompleteTaskInput } from './dto/homework.inputs';
import { HomeworkLoaders } from './homework.loaders';
import { AssignmentModel, CommentModel, CompletionModel, PersonModel } from './homework.models';

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
    const rows = (await ctx.loaders.load(this.loaders.comments, c.id)) ?? [];
    const people = await ctx.loaders.loadMany(
      this.loaders.person,
      rows.map((r) => r.authorId),
    );
    return rows.map((r, i) => ({
      id: r.id,
      body: r.body,
      createdAt: r.createdAt,
      author: people[i]!,
    }));
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
    @Ctx() ctx: GraphqlContext,
  ): Promise<CommentModel> {
    const id = await this.completions.comment(actor, input.entryId, input.body);
    const comments = await this.completions.commentsOf(actor, [input.entryId]);
    const row = comments.get(input.entryId)?.find((c) => c.id === id);
    const author = row ? await ctx.loaders.load(this.loaders.person, row.authorId) : null;
    if (!row || !author) throw AppError.notFound('Comment');
    return { id: row.id, body: row.body, createdAt: row.createdAt, author };
  }
}
