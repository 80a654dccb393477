import { graphql } from '../../../gql';

export const catalogueExerciseDetailFieldsFragment = graphql(`
  fragment CatalogueExerciseDetailFields on Exercise {
    ...CatalogueExerciseCardFields
    activity
    isLatest
    whyItHelps
    steps
    reflectionPrompts {
      id
      kind
      label
    }
    source {
      title
      publisher
      url
      note
    }
  }
`);

export const catalogueExerciseQuery = graphql(`
  query CatalogueExercise($id: ID!) {
    exercise(id: $id) {
      ...CatalogueExerciseDetailFields
    }
  }
`);

export const createExerciseMutation = graphql(`
  mutation CreateExercise($input: ExerciseInput!) {
    createExercise(input: $input) {
      ...CatalogueExerciseDetailFields
    }
  }
`);

export const updateExerciseMutation = graphql(`
  mutation UpdateExercise($key: String!, $input: ExerciseInput!) {
    updateExercise(key: $key, input: $input) {
      ...CatalogueExerciseDetailFields
    }
  }
`);

export const archiveExerciseMutation = graphql(`
  mutation ArchiveExercise($key: String!, $archived: Boolean!) {
    archiveExercise(key: $key, archived: $archived) {
      ...CatalogueExerciseDetailFields
    }
  }
`);
