import { graphql } from '../../../gql';

export const twoFactorStatusQuery = graphql(`
  query TwoFactorStatus {
    me {
      id
      mustEnrolTwoFactor
      twoFactor {
        enabled
        recoveryCodesLeft
      }
    }
  }
`);

export const startTwoFactorEnrolmentMutation = graphql(`
  mutation StartTwoFactorEnrolment {
    startTwoFactorEnrolment {
      secret
      uri
    }
  }
`);

export const confirmTwoFactorEnrolmentMutation = graphql(`
  mutation ConfirmTwoFactorEnrolment($code: String!) {
    confirmTwoFactorEnrolment(code: $code) {
      codes
    }
  }
`);

export const disableTwoFactorMutation = graphql(`
  mutation DisableTwoFactor($password: String, $code: String) {
    disableTwoFactor(password: $password, code: $code)
  }
`);

export const regenerateRecoveryCodesMutation = graphql(`
  mutation RegenerateRecoveryCodes($password: String, $code: String) {
    regenerateRecoveryCodes(password: $password, code: $code) {
      codes
    }
  }
`);

export const mySessionsQuery = graphql(`
  query MySessions {
    mySessions {
      id
      browser
      os
      deviceType
      signedInAt
      lastSeenAt
      current
    }
  }
`);

export const revokeSessionMutation = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);

export const revokeOtherSessionsMutation = graphql(`
  mutation RevokeOtherSessions {
    revokeOtherSessions
  }
`);
