import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../common/actor';
import { CoupleModel } from '../couples/couple.model';
import { Ctx, CurrentActor, type GraphqlContext } from '../graphql/graphql-context';
import { CompletionsService } from './completions.service';
import { HomeworkLoaders } from './homework.loaders';
import {
  AssignmentModel,
  CompletionModel,
  HomeworkSummaryModel,
  TaskModel,
} from './homework.models';
import { TasksService } from './tasks.service';

@Resolver(() => CoupleModel)
export class CoupleHomeworkResolver {
  constructor(
    private readonly tasksService: TasksService,
    private readonly completionsService: CompletionsService,
    private readonly loaders: HomeworkLoaders,
  ) {}

  @ResolveField(() => String, {
    description: "Today's date in the couple's time zone (YYYY-MM-DD).",
  })
  today(@Parent() couple: CoupleModel): string {
    return this.tasksService.todayOf(couple.timeZone).today;
  }

  @ResolveField(() => String, {
    description: 'Monday of the current week in the couple’s time zone.',
  })
  weekStart(@Parent() couple: CoupleModel): string {
    return this.tasksService.todayOf(couple.timeZone).weekStart;
  }

  @ResolveField(() => [AssignmentModel], { description: 'Newest first; ended ones last.' })
  async assignments(
    @Parent() couple: CoupleModel,
    @Ctx() ctx: GraphqlContext,
  ): Promise<AssignmentModel[]> {
    return (await ctx.loaders.load(this.loaders.assignmentsOfCouple, couple.id)) ?? [];
  }

  @ResolveField(() => [TaskModel], {
    description:
      'Tasks due between two local dates (at most 92 days). A partner gets their own and together tasks.',
  })
  tasks(
    @Parent() couple: CoupleModel,
    @Args('from') from: string,
    @Args('to') to: string,
    @CurrentActor() actor: Actor,
  ): Promise<TaskModel[]> {
    return this.tasksService.tasks(actor, couple.id, from, to);
  }

  @ResolveField(() => [CompletionModel], {
    description:
      'Reflections, newest first: the viewer’s own, the partner’s SHARED ones; the coach sees all.',
  })
  completions(
    @Parent() couple: CoupleModel,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
    @CurrentActor() actor: Actor,
  ): Promise<CompletionModel[]> {
    return this.completionsService.feed(actor, couple.id, limit);
  }

  @ResolveField(() => HomeworkSummaryModel, {
    nullable: true,
    description: "The coach's caseload figures; null for anyone but the couple's coach.",
  })
  homeworkSummary(
    @Parent() couple: CoupleModel,
    @Ctx() ctx: GraphqlContext,
  ): Promise<HomeworkSummaryModel | null> {
    return ctx.loaders.load(this.loaders.summary, couple.id);
  }
}
