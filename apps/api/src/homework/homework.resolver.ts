import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { PeopleService } from '../clinics/people.service';
import { AppError } from '../common/app-error';
import { CoupleModel } from '../couples/couple.model';
import { ExercisesService } from '../exercises/exercises.service';
import { Ctx, CurrentActor, type GraphqlContext } from '../graphql/graphql-context';
import {
  AssignExerciseInput,
  CommentInput,
  CompleteTaskInput,
  UpdateAssignmentInput,
} from './dto/homework.inputs';
import {
  AssignmentModel,
  AssignmentProgressModel,
  CommentModel,
  CompletionModel,
  ExerciseModel,
  HomeworkSummaryModel,
  PersonModel,
  TaskModel,
} from './homework.models';
import { HomeworkService } from './homework.service';

function actorOf(ctx: GraphqlContext): Actor {
  if (!ctx.actor) throw AppError.unauthenticated();
  return ctx.actor;
}

/**
 * Loads `key` through the request's loader `name`: all keys asked for in one request are
 * answered by one call of `batch` (one set query for a whole list); missing keys get
 * `fallback`.
 */
function viaLoader<V, D>(
  ctx: GraphqlContext,
  name: string,
  batch: (actor: Actor, keys: readonly string[]) => Promise<Map<string, V>>,
  fallback: D,
  key: string,
): Promise<V | D> {
  const actor = actorOf(ctx);
  return ctx.loaders
    .get<V | D>(name, async (keys) => {
      const found = await batch(actor, keys);
      return keys.map((k) => (found.has(k) ? (found.get(k) as V) : fallback));
    })
    .load(key);
}

/** Per-request loaders shared by the homework field resolvers (one batched query per kind). */
class HomeworkLoaders {
  constructor(
    private readonly homework: HomeworkService,
    private readonly exercises: ExercisesService,
    private readonly people: PeopleService,
  ) {}

  exercise(ctx: GraphqlContext, id: string) {
    return viaLoader(ctx, 'exercise', (a, ids) => this.exercises.byIds(a.clinicId, ids), null, id);
  }

  person(ctx: GraphqlContext, id: string) {
    return viaLoader(ctx, 'person', (a, ids) => this.people.byIds(a.clinicId, [...ids]), null, id);
  }

  assignmentsOfCouple(ctx: GraphqlContext, coupleId: string) {
    return viaLoader(
      ctx,
      'assignmentsOfCouple',
      (a, ids) => this.homework.assignmentsOfCouples(a, ids),
      [],
      coupleId,
    );
  }

  assignment(ctx: GraphqlContext, id: string) {
    return viaLoader(
      ctx,
      'assignment',
      (a, ids) => this.homework.assignmentsByIds(a, ids),
      null,
      id,
    );
  }

  progress(ctx: GraphqlContext, assignmentId: string) {
    const none = { due: 0, done: 0, overdue: 0, upcoming: 0 };
    return viaLoader(
      ctx,
      'assignmentProgress',
      (a, ids) => this.homework.progressOf(a, ids),
      none,
      assignmentId,
    );
  }

  completion(ctx: GraphqlContext, id: string) {
    const byId = async (a: Actor, ids: readonly string[]) =>
      new Map((await this.homework.completionsByIds(a, ids)).map((c) => [c.id, c]));
    return viaLoader(ctx, 'completion', byId, null, id);
  }

  comments(ctx: GraphqlContext, completionId: string) {
    return viaLoader(
      ctx,
      'comments',
      (a, ids) => this.homework.commentsOf(a, ids),
      [],
      completionId,
    );
  }

  summary(ctx: GraphqlContext, coupleId: string) {
    return viaLoader(
      ctx,
      'homeworkSummary',
      (a, ids) => this.homework.summaries(a, ids),
      null,
      coupleId,
    );
  }
}

@Resolver(() => CoupleModel)
export class CoupleHomeworkResolver {
  private readonly loaders: HomeworkLoaders;

  constructor(
    private readonly homework: HomeworkService,
    exercises: ExercisesService,
    people: PeopleService,
  ) {
    this.loaders = new HomeworkLoaders(homework, exercises, people);
  }

  @ResolveField(() => String, {
    description: "Today's date in the couple's time zone (YYYY-MM-DD).",
  })
  today(@Parent() couple: CoupleModel): string {
    return this.homework.todayOf(couple.timeZone).today;
  }

  @ResolveField(() => String, {
    description: 'Monday of the current week in the couple’s time zone.',
  })
  weekStart(@Parent() couple: CoupleModel): string {
    return this.homework.todayOf(couple.timeZone).weekStart;
  }

  @ResolveField(() => [AssignmentModel], { description: 'Newest first; ended ones last.' })
  assignments(
    @Parent() couple: CoupleModel,
    @Ctx() ctx: GraphqlContext,
  ): Promise<AssignmentModel[]> {
    return this.loaders.assignmentsOfCouple(ctx, couple.id);
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
    return this.homework.tasks(actor, couple.id, from, to);
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
    return this.homework.feed(actor, couple.id, limit);
  }

  @ResolveField(() => HomeworkSummaryModel, {
    nullable: true,
    description: "The coach's caseload figures; null for anyone but the couple's coach.",
  })
  homeworkSummary(
    @Parent() couple: CoupleModel,
    @Ctx() ctx: GraphqlContext,
  ): Promise<HomeworkSummaryModel | null> {
    return this.loaders.summary(ctx, couple.id);
  }
}

@Resolver(() => AssignmentModel)
export class AssignmentResolver {
  private readonly loaders: HomeworkLoaders;

  constructor(
    private readonly homework: HomeworkService,
    exercises: ExercisesService,
    people: PeopleService,
  ) {
    this.loaders = new HomeworkLoaders(homework, exercises, people);
  }

  @ResolveField(() => ExerciseModel, { description: 'The exercise version this assignment keeps.' })
  async exercise(@Parent() a: AssignmentModel, @Ctx() ctx: GraphqlContext): Promise<ExerciseModel> {
    const e = await this.loaders.exercise(ctx, a.exerciseId);
    if (!e) throw AppError.notFound('Exercise');
    return e;
  }

  @ResolveField(() => AssignmentProgressModel)
  progress(
    @Parent() a: AssignmentModel,
    @Ctx() ctx: GraphqlContext,
  ): Promise<AssignmentProgressModel> {
    return this.loaders.progress(ctx, a.id);
  }

  @Mutation(() => AssignmentModel, {
    description: 'Gives an exercise to a couple of your caseload.',
  })
  assignExercise(
    @Args('input') input: AssignExerciseInput,
    @CurrentActor() actor: Actor,
  ): Promise<AssignmentModel> {
    return this.homework.assign(actor, input);
  }

  @Mutation(() => AssignmentModel, {
    description: 'Changes the note or the schedule (tasks from today on).',
  })
  updateAssignment(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateAssignmentInput,
    @CurrentActor() actor: Actor,
  ): Promise<AssignmentModel> {
    return this.homework.update(actor, id, input);
  }

  @Mutation(() => AssignmentModel)
  pauseAssignment(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<AssignmentModel> {
    return this.homework.setStatus(actor, id, 'PAUSED');
  }

  @Mutation(() => AssignmentModel)
  resumeAssignment(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<AssignmentModel> {
    return this.homework.setStatus(actor, id, 'ACTIVE');
  }

  @Mutation(() => AssignmentModel, { description: 'Ends it: no more tasks from today on.' })
  endAssignment(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<AssignmentModel> {
    return this.homework.setStatus(actor, id, 'ENDED');
  }

  @Mutation(() => Boolean, { description: 'Only while nothing of it has been completed.' })
  deleteAssignment(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<boolean> {
    return this.homework.delete(actor, id);
  }
}

@Resolver(() => TaskModel)
export class TaskResolver {
  private readonly loaders: HomeworkLoaders;

  constructor(homework: HomeworkService, exercises: ExercisesService, people: PeopleService) {
    this.loaders = new HomeworkLoaders(homework, exercises, people);
  }

  @ResolveField(() => AssignmentModel)
  async assignment(@Parent() t: TaskModel, @Ctx() ctx: GraphqlContext): Promise<AssignmentModel> {
    const a = await this.loaders.assignment(ctx, t.assignmentId);
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
    return t.completionId ? this.loaders.completion(ctx, t.completionId) : null;
  }
}

@Resolver(() => CompletionModel)
export class CompletionResolver {
  private readonly loaders: HomeworkLoaders;

  constructor(
    private readonly homework: HomeworkService,
    exercises: ExercisesService,
    people: PeopleService,
  ) {
    this.loaders = new HomeworkLoaders(homework, exercises, people);
  }

  @ResolveField(() => PersonModel)
  async author(@Parent() c: CompletionModel, @Ctx() ctx: GraphqlContext): Promise<PersonModel> {
    const p = await this.loaders.person(ctx, c.authorId);
    if (!p) throw AppError.notFound('Person');
    return p;
  }

  @ResolveField(() => AssignmentModel)
  async assignment(
    @Parent() c: CompletionModel,
    @Ctx() ctx: GraphqlContext,
  ): Promise<AssignmentModel> {
    const a = await this.loaders.assignment(ctx, c.assignmentId);
    if (!a) throw AppError.notFound('Assignment');
    return a;
  }

  @ResolveField(() => [CommentModel])
  async comments(
    @Parent() c: CompletionModel,
    @Ctx() ctx: GraphqlContext,
  ): Promise<CommentModel[]> {
    const rows = await this.loaders.comments(ctx, c.id);
    const people = await Promise.all(rows.map((r) => this.loaders.person(ctx, r.authorId)));
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
    return this.homework.isEditable(actor, c);
  }

  @Mutation(() => CompletionModel, {
    description: 'Records (or, the same day, edits) your completion of a task. Safe to retry.',
  })
  completeTask(
    @Args('input') input: CompleteTaskInput,
    @CurrentActor() actor: Actor,
  ): Promise<CompletionModel> {
    return this.homework.complete(actor, input);
  }

  @Mutation(() => CompletionModel, { description: 'Coach: marks a completion reviewed (or not).' })
  markCompletionReviewed(
    @Args('id', { type: () => ID }) id: string,
    @Args('reviewed', { defaultValue: true }) reviewed: boolean,
    @CurrentActor() actor: Actor,
  ): Promise<CompletionModel> {
    return this.homework.markReviewed(actor, id, reviewed);
  }

  @Mutation(() => CommentModel, {
    description: 'Coach: replies on a completion; marks it reviewed.',
  })
  async commentOnCompletion(
    @Args('input') input: CommentInput,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: GraphqlContext,
  ): Promise<CommentModel> {
    const id = await this.homework.comment(actor, input.entryId, input.body);
    const comments = await this.homework.commentsOf(actor, [input.entryId]);
    const row = comments.get(input.entryId)?.find((c) => c.id === id);
    const author = row ? await this.loaders.person(ctx, row.authorId) : null;
    if (!row || !author) throw AppError.notFound('Comment');
    return { id: row.id, body: row.body, createdAt: row.createdAt, author };
  }
}

@Resolver()
export class HomeworkQueryResolver {
  constructor(
    private readonly homework: HomeworkService,
    private readonly audit: AuditService,
  ) {}

  @Query(() => AssignmentModel, {
    description: 'One assignment, for the couple’s coach or partners.',
  })
  async assignment(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<AssignmentModel> {
    const assignment = await this.homework.assignment(actor, id).catch((error: unknown) => {
      this.audit.denied(actor, 'assignment', id);
      throw error;
    });
    // Its progress and tasks come from the couple's entries.
    this.audit.read(actor, [assignment.coupleId]);
    return assignment;
  }
}

export const HOMEWORK_RESOLVERS = [
  CoupleHomeworkResolver,
  AssignmentResolver,
  TaskResolver,
  CompletionResolver,
  HomeworkQueryResolver,
];
