import { graphql } from '../../../gql';

export const clinicActivityQuery = graphql(`
  query ClinicActivity($filter: ActivityFilterInput, $page: Int!, $pageSize: Int!) {
    clinicActivity(filter: $filter, page: $page, pageSize: $pageSize) {
      total
      page
      pageSize
      events {
        seq
        occurredAt
        userId
        personName
        role
        action
        targetType
        targetId
        coupleId
        coupleLabel
        outcome
        ip
        summary
        reason
      }
      people {
        userId
        displayName
      }
    }
  }
`);

/** The couples to filter by: the roster's labels (names only, what an admin may see). */
export const activityCouplesQuery = graphql(`
  query ActivityCouples {
    clinicRoster {
      id
      label
    }
  }
`);
