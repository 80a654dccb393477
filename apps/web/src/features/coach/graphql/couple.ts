import { graphql } from '../../../gql';

/** The couple page's header: who they are, where they stand, what needs attention. */
export const coachCoupleQuery = graphql(`
  query CoachCouple($id: ID!) {
    couple(id: $id) {
      ...CoupleFields
      today
      weekStart
      csi4EveryWeeks
      homeworkSummary {
        ...CoachHomeworkSummaryFields
      }
      flags {
        ...CoachFlagFields
      }
    }
  }
`);

export const coachCoupleHomeworkQuery = graphql(`
  query CoachCoupleHomework($id: ID!, $from: String!, $to: String!) {
    couple(id: $id) {
      id
      assignments {
        ...CoachAssignmentFields
      }
      tasks(from: $from, to: $to) {
        id
        assignmentId
        dueDate
        partner
        state
      }
      completions(limit: 50) {
        ...CoachCompletionFields
      }
    }
  }
`);

export const coachCoupleProgressQuery = graphql(`
  query CoachCoupleProgress($id: ID!, $days: Int!) {
    couple(id: $id) {
      id
      today
      flags {
        ...CoachFlagFields
      }
      checkinSeries(days: $days) {
        from
        to
        partners {
          partner
          days {
            date
            closenessMean7
            closenessMean7Count
            ratings {
              closeness
              understood
              sharing
              affection
              fun
              conflict
              stress
            }
          }
        }
      }
      checkinAdherence(days: 28) {
        partner
        daysEnrolled
        daysWithCheckin
        rate
        from
        to
      }
      csi4EveryWeeks
      csi4History {
        partner
        change
        due
        results {
          id
          date
          total
          belowCutoff
          changeFromFirst
          rci
        }
      }
      checkinFeed(days: 28) {
        ...CoachCheckinFields
      }
    }
  }
`);

export const assignExerciseMutation = graphql(`
  mutation AssignExercise($input: AssignExerciseInput!) {
    assignExercise(input: $input) {
      ...CoachAssignmentFields
    }
  }
`);

export const updateAssignmentMutation = graphql(`
  mutation UpdateAssignment($id: ID!, $input: UpdateAssignmentInput!) {
    updateAssignment(id: $id, input: $input) {
      ...CoachAssignmentFields
    }
  }
`);

export const pauseAssignmentMutation = graphql(`
  mutation PauseAssignment($id: ID!) {
    pauseAssignment(id: $id) {
      ...CoachAssignmentFields
    }
  }
`);

export const resumeAssignmentMutation = graphql(`
  mutation ResumeAssignment($id: ID!) {
    resumeAssignment(id: $id) {
      ...CoachAssignmentFields
    }
  }
`);

export const endAssignmentMutation = graphql(`
  mutation EndAssignment($id: ID!) {
    endAssignment(id: $id) {
      ...CoachAssignmentFields
    }
  }
`);

export const deleteAssignmentMutation = graphql(`
  mutation DeleteAssignment($id: ID!) {
    deleteAssignment(id: $id)
  }
`);

export const commentOnCompletionMutation = graphql(`
  mutation CommentOnCompletion($input: CommentInput!) {
    commentOnCompletion(input: $input) {
      ...CoachCommentFields
    }
  }
`);

export const markCompletionReviewedMutation = graphql(`
  mutation MarkCompletionReviewed($id: ID!, $reviewed: Boolean!) {
    markCompletionReviewed(id: $id, reviewed: $reviewed) {
      id
      reviewedAt
    }
  }
`);

export const commentOnCheckinMutation = graphql(`
  mutation CommentOnCheckin($checkinId: ID!, $body: String!) {
    commentOnCheckin(checkinId: $checkinId, body: $body) {
      ...CoachCommentFields
    }
  }
`);

export const setCsi4IntervalMutation = graphql(`
  mutation SetCsi4Interval($coupleId: ID!, $everyWeeks: Int!) {
    setCsi4Interval(coupleId: $coupleId, everyWeeks: $everyWeeks) {
      id
      csi4EveryWeeks
    }
  }
`);
