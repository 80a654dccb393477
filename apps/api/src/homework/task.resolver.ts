import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AppError } from '../common/app-error';
import { Ctx, type GraphqlContext } from '../graphql/graphql-context';
import { HomeworkLoaders } from './homework.loaders';
import { AssignmentModel, CompletionModel, TaskModel } from './homework.models';

@Resolver(() => TaskModel)
export class TaskResolver {
  constructor(private readonly loaders: HomeworkLoaders) {}

  @ResolveField(() => AssignmentModel)
  async assignment(@Parent() t: TaskModel, @Ctx() ctx: GraphqlContext): Promise<AssignmentModel> {
    const a = await ctx.loaders.load(this.loaders.assignment, t.assignmentId);
    if (!a) throw AppError.notFound('Assignment');
    return a;
  }

  @ResolveField(() => CompletionModel, {
    nullable: true,
    description: 'The completion, when there is one the viewer may see.',
  })
  async completion(
    @Parent() t: TaskModel,
    @Ctx() ctx: GraphqlContext,
  ): Promise<CompletionModel | null> {
    return t.completionId ? ctx.loaders.load(this.loaders.completion, t.completionId) : null;
  }
}
