import { graphql } from '../../../gql';

export const clientCommentFieldsFragment = graphql(`
  fragment ClientCommentFields on Comment {
    id
    body
    createdAt
    author {
      id
      displayName
    }
  }
`);

/** A reflection as its author, the partner (when shared) and the done view need it. */
export const clientCompletionFieldsFragment = graphql(`
  fragment ClientCompletionFields on Completion {
    id
    taskId
    coupleId
    partner
    author {
      id
      displayName
    }
    completedAt
    completedOn
    dueDate
    editable
    exerciseTitle
    answers {
      promptId
      text
      scale
      yes
    }
    helpfulness
    closenessBefore
    closenessAfter
    visibility
    comments {
      ...ClientCommentFields
    }
  }
`);

export const clientCheckinFieldsFragment = graphql(`
  fragment ClientCheckinFields on Checkin {
    id
    coupleId
    date
    partner
    mine
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
      ...ClientCommentFields
    }
  }
`);

/** The couple around every client page: who is who, and today in the couple's time zone. */
export const clientCoupleFieldsFragment = graphql(`
  fragment ClientCoupleFields on Couple {
    id
    label
    status
    today
    weekStart
    timeZone
    coach {
      id
      displayName
    }
    coachSince
    partnerA {
      id
      displayName
      email
      status
    }
    partnerB {
      id
      displayName
      email
      status
    }
  }
`);
