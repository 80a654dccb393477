import { graphql } from '../../../gql';

/**
 * One task with its exercise and the viewer's completion. The API has no `task(id)` field, so
 * the page asks for the tasks of the due date it was linked with (or a window around today)
 * and picks the one it needs.
 */
export const ourTaskQuery = graphql(`
  query OurTask($from: String!, $to: String!) {
    ourCouple {
      ...ClientCoupleFields
      tasks(from: $from, to: $to) {
        id
        dueDate
        state
        partner
        assignment {
          id
          audience
          note
          schedule {
            summary
          }
          exercise {
            id
            title
            summary
            whyItHelps
            steps
            estimatedMinutes
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
        }
        completion {
          ...ClientCompletionFields
        }
      }
    }
  }
`);

export const completeTaskMutation = graphql(`
  mutation CompleteTask($input: CompleteTaskInput!) {
    completeTask(input: $input) {
      ...ClientCompletionFields
    }
  }
`);
