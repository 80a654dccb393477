import { graphql } from '../../../gql';

export const coachFlagFieldsFragment = graphql(`
  fragment CoachFlagFields on Flag {
    code
    severity
    partner
    explanation
  }
`);

export const coachHomeworkSummaryFieldsFragment = graphql(`
  fragment CoachHomeworkSummaryFields on HomeworkSummary {
    doneThisWeek
    dueThisWeek
    overdue
    unreviewed
  }
`);

export const coachScheduleFieldsFragment = graphql(`
  fragment CoachScheduleFields on Schedule {
    kind
    dueDate
    startDate
    endDate
    timesPerWeek
    weekdays
    summary
  }
`);

export const coachAssignmentFieldsFragment = graphql(`
  fragment CoachAssignmentFields on Assignment {
    id
    coupleId
    audience
    audiencePartner
    note
    status
    createdAt
    schedule {
      ...CoachScheduleFields
    }
    progress {
      done
      due
      overdue
      upcoming
    }
    exercise {
      id
      key
      title
      version
      isLatest
      estimatedMinutes
    }
  }
`);

export const coachCommentFieldsFragment = graphql(`
  fragment CoachCommentFields on Comment {
    id
    body
    createdAt
    author {
      id
      displayName
    }
  }
`);

export const coachCompletionFieldsFragment = graphql(`
  fragment CoachCompletionFields on Completion {
    id
    assignmentId
    exerciseTitle
    partner
    completedAt
    completedOn
    dueDate
    visibility
    helpfulness
    closenessBefore
    closenessAfter
    reviewedAt
    answers {
      promptId
      text
      scale
      yes
    }
    assignment {
      id
      exercise {
        id
        reflectionPrompts {
          id
          kind
          label
        }
      }
    }
    comments {
      ...CoachCommentFields
    }
  }
`);

export const coachCheckinFieldsFragment = graphql(`
  fragment CoachCheckinFields on Checkin {
    id
    date
    partner
    late
    note
    visibility
    wantsToTalk
    filedAt
    updatedAt
    ratings {
      closeness
      understood
      sharing
      affection
      fun
      conflict
      stress
    }
    comments {
      ...CoachCommentFields
    }
  }
`);
