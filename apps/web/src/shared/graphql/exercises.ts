import { graphql } from '../../gql';

/*
 * The catalogue's list, read by the catalogue page and by the coach's assign dialog (one
 * query, so both share what the cache holds).
 */

export const catalogueExerciseCardFieldsFragment = graphql(`
  fragment CatalogueExerciseCardFields on Exercise {
    id
    key
    version
    title
    summary
    builtIn
    archived
    estimatedMinutes
    intimacyTypes
    suggestedAudience
    suggestedSchedule {
      kind
      timesPerWeek
      weekdays
    }
  }
`);

export const catalogueExercisesQuery = graphql(`
  query CatalogueExercises($filter: ExerciseFilter) {
    exercises(filter: $filter) {
      ...CatalogueExerciseCardFields
    }
  }
`);
