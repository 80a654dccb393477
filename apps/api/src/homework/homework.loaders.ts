import { Injectable } from '@nestjs/common';
import { PeopleService } from '../tenant/people.service';
import { CommentsService } from '../comments/comments.service';
import { ExercisesService } from '../exercises/exercises.service';
import { defineLoader } from '../graphql/loaders';
import { AssignmentsService } from './assignments.service';
import { CompletionsService } from './completions.service';
import { ProgressService } from './progress.service';

/**
 * The homework field resolvers' loaders (one batched query per kind and request), loaded
 * through the request's `ctx.loaders`. A missing key loads as null; each field says what
 * that means (an empty list, zero figures, or NOT_FOUND).
 */
@Injectable()
export class HomeworkLoaders {
  constructor(
    private readonly assignments: AssignmentsService,
    private readonly completions: CompletionsService,
    private readonly progressFigures: ProgressService,
    private readonly exercises: ExercisesService,
    private readonly people: PeopleService,
    private readonly commentsService: CommentsService,
  ) {}

  readonly exercise = defineLoader('homework.exercise', (actor, ids) =>
    this.exercises.byIds(actor.clinicId, ids),
  );

  readonly person = defineLoader('homework.person', (actor, ids) =>
    this.people.byIds(actor.clinicId, [...ids]),
  );

  readonly assignmentsOfCouple = defineLoader('homework.assignmentsOfCouple', (actor, ids) =>
    this.assignments.assignmentsOfCouples(actor, ids),
  );

  readonly assignment = defineLoader('homework.assignment', (actor, ids) =>
    this.assignments.assignmentsByIds(actor, ids),
  );

  readonly progress = defineLoader('homework.assignmentProgress', (actor, ids) =>
    this.progressFigures.progressOf(actor, ids),
  );

  readonly completion = defineLoader(
    'homework.completion',
    async (actor, ids) =>
      new Map((await this.completions.completionsByIds(actor, ids)).map((c) => [c.id, c])),
  );

  readonly comments = defineLoader('homework.comments', (actor, ids) =>
    this.commentsService.on(actor, 'completion', ids),
  );

  readonly summary = defineLoader('homework.summary', (actor, ids) =>
    this.progressFigures.summaries(actor, ids),
  );
}
