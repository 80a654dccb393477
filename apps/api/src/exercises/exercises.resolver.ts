import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../common/actor';
import { CurrentActor } from '../graphql/graphql-context';
import { ExerciseFilter, ExerciseInput } from './dto/exercise.inputs';
import { ExerciseModel } from './exercise.model';
import { ExercisesService } from './exercises.service';

@Resolver(() => ExerciseModel)
export class ExercisesResolver {
  constructor(private readonly service: ExercisesService) {}

  @Query(() => [ExerciseModel], {
    description: 'The catalogue: built-in and this clinic’s own exercises.',
  })
  exercises(
    @CurrentActor() actor: Actor,
    @Args('filter', { nullable: true }) filter?: ExerciseFilter,
  ): Promise<ExerciseModel[]> {
    return this.service.list(actor, filter ?? {});
  }

  @Query(() => ExerciseModel, { description: 'One exercise version.' })
  exercise(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<ExerciseModel> {
    return this.service.get(actor, id);
  }

  @Mutation(() => ExerciseModel, { description: 'Adds a custom exercise to this clinic.' })
  createExercise(
    @Args('input') input: ExerciseInput,
    @CurrentActor() actor: Actor,
  ): Promise<ExerciseModel> {
    return this.service.create(actor, input);
  }

  @Mutation(() => ExerciseModel, { description: 'Saves a new version of a custom exercise.' })
  updateExercise(
    @Args('key') key: string,
    @Args('input') input: ExerciseInput,
    @CurrentActor() actor: Actor,
  ): Promise<ExerciseModel> {
    return this.service.update(actor, key, input);
  }

  @Mutation(() => ExerciseModel, { description: 'Archives (or restores) a custom exercise.' })
  archiveExercise(
    @Args('key') key: string,
    @Args('archived', { defaultValue: true }) archived: boolean,
    @CurrentActor() actor: Actor,
  ): Promise<ExerciseModel> {
    return this.service.setArchived(actor, key, archived);
  }
}
