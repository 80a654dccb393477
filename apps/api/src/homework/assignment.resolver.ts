import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../common/actor';
import { AppError } from '../common/app-error';
import { Ctx, CurrentActor, type GraphqlContext } from '../graphql/graphql-context';
import { AssignmentsService } from './assignments.service';
import { AssignExerciseInput, UpdateAssignmentInput } from './dto/homework.inputs';
import { HomeworkLoaders } from './homework.loaders';
import { AssignmentModel, AssignmentProgressModel, ExerciseModel } from './homework.models';

@Resolver(() => AssignmentModel)
export class AssignmentResolver {
  constructor(
    private readonly assignments: AssignmentsService,
    private readonly loaders: HomeworkLoaders,
  ) {}

  @ResolveField(() => ExerciseModel, { description: 'The exercise version this assignment keeps.' })
  async exercise(@Parent() a: AssignmentModel, @Ctx() ctx: GraphqlContext): Promise<ExerciseModel> {
    const e = await ctx.loaders.load(this.loaders.exercise, a.exerciseId);
    if (!e) throw AppError.notFound('Exercise');
    return e;
  }

  @ResolveField(() => AssignmentProgressModel)
  async progress(
    @Parent() a: AssignmentModel,
    @Ctx() ctx: GraphqlContext,
  ): Promise<AssignmentProgressModel> {
    return (
      (await ctx.loaders.load(this.loaders.progress, a.id)) ?? {
        due: 0,
        done: 0,
        overdue: 0,
        upcoming: 0,
      }
    );
  }

  @Mutation(() => AssignmentModel, {
    description: 'Gives an exercise to a couple of your caseload.',
  })
  assignExercise(
    @Args('input') input: AssignExerciseInput,
    @CurrentActor() actor: Actor,
  ): Promise<AssignmentModel> {
    return this.assignments.assign(actor, input);
  }

  @Mutation(() => AssignmentModel, {
    description: 'Changes the note or the schedule (tasks from today on).',
  })
  updateAssignment(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateAssignmentInput,
    @CurrentActor() actor: Actor,
  ): Promise<AssignmentModel> {
    return this.assignments.update(actor, id, input);
  }

  @Mutation(() => AssignmentModel)
  pauseAssignment(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<AssignmentModel> {
    return this.assignments.setStatus(actor, id, 'PAUSED');
  }

  @Mutation(() => AssignmentModel)
  resumeAssignment(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<AssignmentModel> {
    return this.assignments.setStatus(actor, id, 'ACTIVE');
  }

  @Mutation(() => AssignmentModel, { description: 'Ends it: no more tasks from today on.' })
  endAssignment(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<AssignmentModel> {
    return this.assignments.setStatus(actor, id, 'ENDED');
  }

  @Mutation(() => Boolean, { description: 'Only while nothing of it has been completed.' })
  deleteAssignment(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<boolean> {
    return this.assignments.delete(actor, id);
  }
}
