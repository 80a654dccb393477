/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query TwoFactorStatus {\n    me {\n      id\n      mustEnrolTwoFactor\n      twoFactor {\n        enabled\n        recoveryCodesLeft\n      }\n    }\n  }\n": typeof types.TwoFactorStatusDocument,
    "\n  mutation StartTwoFactorEnrolment {\n    startTwoFactorEnrolment {\n      secret\n      uri\n    }\n  }\n": typeof types.StartTwoFactorEnrolmentDocument,
    "\n  mutation ConfirmTwoFactorEnrolment($code: String!) {\n    confirmTwoFactorEnrolment(code: $code) {\n      codes\n    }\n  }\n": typeof types.ConfirmTwoFactorEnrolmentDocument,
    "\n  mutation DisableTwoFactor($password: String, $code: String) {\n    disableTwoFactor(password: $password, code: $code)\n  }\n": typeof types.DisableTwoFactorDocument,
    "\n  mutation RegenerateRecoveryCodes($password: String, $code: String) {\n    regenerateRecoveryCodes(password: $password, code: $code) {\n      codes\n    }\n  }\n": typeof types.RegenerateRecoveryCodesDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      browser\n      os\n      deviceType\n      signedInAt\n      lastSeenAt\n      current\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n": typeof types.RevokeOtherSessionsDocument,
    "\n  query ClinicActivity($filter: ActivityFilterInput, $page: Int!, $pageSize: Int!) {\n    clinicActivity(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      page\n      pageSize\n      events {\n        seq\n        occurredAt\n        userId\n        personName\n        role\n        action\n        targetType\n        targetId\n        coupleId\n        coupleLabel\n        outcome\n        ip\n        summary\n        reason\n      }\n      people {\n        userId\n        displayName\n      }\n    }\n  }\n": typeof types.ClinicActivityDocument,
    "\n  query ActivityCouples {\n    clinicRoster {\n      id\n      label\n    }\n  }\n": typeof types.ActivityCouplesDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    displayName\n    email\n    roles\n    mustEnrolTwoFactor\n    clinic {\n      id\n      name\n      timeZone\n      smallCellK\n      requireTwoFactor\n    }\n    clinics {\n      id\n      name\n      current\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      viewer {\n        ...ViewerFields\n      }\n      twoFactor {\n        token\n        expiresAt\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation CompleteTwoFactorSignIn($challenge: String!, $code: String!) {\n    completeTwoFactorSignIn(challenge: $challenge, code: $code) {\n      ...ViewerFields\n    }\n  }\n": typeof types.CompleteTwoFactorSignInDocument,
    "\n  mutation SwitchClinic($clinicId: ID!) {\n    switchClinic(clinicId: $clinicId) {\n      ...ViewerFields\n    }\n  }\n": typeof types.SwitchClinicDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      clinicName\n      displayName\n      email\n      role\n    }\n  }\n": typeof types.InvitationDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!, $displayName: String) {\n    acceptInvitation(token: $token, password: $password, displayName: $displayName) {\n      ...ViewerFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  fragment CatalogueExerciseDetailFields on Exercise {\n    ...CatalogueExerciseCardFields\n    activity\n    isLatest\n    whyItHelps\n    steps\n    reflectionPrompts {\n      id\n      kind\n      label\n    }\n    source {\n      title\n      publisher\n      url\n      note\n    }\n  }\n": typeof types.CatalogueExerciseDetailFieldsFragmentDoc,
    "\n  query CatalogueExercise($id: ID!) {\n    exercise(id: $id) {\n      ...CatalogueExerciseDetailFields\n    }\n  }\n": typeof types.CatalogueExerciseDocument,
    "\n  mutation CreateExercise($input: ExerciseInput!) {\n    createExercise(input: $input) {\n      ...CatalogueExerciseDetailFields\n    }\n  }\n": typeof types.CreateExerciseDocument,
    "\n  mutation UpdateExercise($key: String!, $input: ExerciseInput!) {\n    updateExercise(key: $key, input: $input) {\n      ...CatalogueExerciseDetailFields\n    }\n  }\n": typeof types.UpdateExerciseDocument,
    "\n  mutation ArchiveExercise($key: String!, $archived: Boolean!) {\n    archiveExercise(key: $key, archived: $archived) {\n      ...CatalogueExerciseDetailFields\n    }\n  }\n": typeof types.ArchiveExerciseDocument,
    "\n  query OurCheckin {\n    ourCouple {\n      ...ClientCoupleFields\n      myCheckinToday {\n        ...ClientCheckinFields\n      }\n      checkinFeed(days: 2) {\n        ...ClientCheckinFields\n      }\n    }\n  }\n": typeof types.OurCheckinDocument,
    "\n  mutation FileCheckin($input: FileCheckinInput!) {\n    fileCheckin(input: $input) {\n      ...ClientCheckinFields\n    }\n  }\n": typeof types.FileCheckinDocument,
    "\n  fragment ClientCsi4ResultFields on Csi4Result {\n    id\n    date\n    partner\n    total\n    answers {\n      happiness\n      warm\n      rewarding\n      satisfied\n    }\n  }\n": typeof types.ClientCsi4ResultFieldsFragmentDoc,
    "\n  query OurCsi4 {\n    ourCouple {\n      ...ClientCoupleFields\n      csi4Due\n      csi4EveryWeeks\n      csi4History {\n        partner\n        due\n        results {\n          ...ClientCsi4ResultFields\n        }\n      }\n    }\n  }\n": typeof types.OurCsi4Document,
    "\n  mutation FileCsi4($input: FileCsi4Input!) {\n    fileCsi4(input: $input) {\n      ...ClientCsi4ResultFields\n    }\n  }\n": typeof types.FileCsi4Document,
    "\n  fragment ClientCommentFields on Comment {\n    id\n    body\n    createdAt\n    author {\n      id\n      displayName\n    }\n  }\n": typeof types.ClientCommentFieldsFragmentDoc,
    "\n  fragment ClientCompletionFields on Completion {\n    id\n    taskId\n    coupleId\n    partner\n    author {\n      id\n      displayName\n    }\n    completedAt\n    completedOn\n    dueDate\n    editable\n    exerciseTitle\n    answers {\n      promptId\n      text\n      scale\n      yes\n    }\n    helpfulness\n    closenessBefore\n    closenessAfter\n    visibility\n    comments {\n      ...ClientCommentFields\n    }\n  }\n": typeof types.ClientCompletionFieldsFragmentDoc,
    "\n  fragment ClientCheckinFields on Checkin {\n    id\n    coupleId\n    date\n    partner\n    mine\n    late\n    note\n    visibility\n    wantsToTalk\n    filedAt\n    updatedAt\n    ratings {\n      closeness\n      understood\n      sharing\n      affection\n      fun\n      conflict\n      stress\n    }\n    comments {\n      ...ClientCommentFields\n    }\n  }\n": typeof types.ClientCheckinFieldsFragmentDoc,
    "\n  fragment ClientCoupleFields on Couple {\n    id\n    label\n    status\n    today\n    weekStart\n    timeZone\n    coach {\n      id\n      displayName\n    }\n    coachSince\n    partnerA {\n      id\n      displayName\n      email\n      status\n    }\n    partnerB {\n      id\n      displayName\n      email\n      status\n    }\n  }\n": typeof types.ClientCoupleFieldsFragmentDoc,
    "\n  query OurHistory {\n    ourCouple {\n      ...ClientCoupleFields\n      checkinFeed(days: 56) {\n        ...ClientCheckinFields\n      }\n      checkinSeries(days: 56) {\n        from\n        to\n        partners {\n          partner\n          days {\n            date\n            closenessMean7\n            ratings {\n              closeness\n            }\n          }\n        }\n      }\n      completions(limit: 50) {\n        ...ClientCompletionFields\n        assignment {\n          id\n          exercise {\n            id\n            reflectionPrompts {\n              id\n              kind\n              label\n            }\n          }\n        }\n      }\n      csi4History {\n        partner\n        due\n        results {\n          ...ClientCsi4ResultFields\n        }\n      }\n    }\n  }\n": typeof types.OurHistoryDocument,
    "\n  query OurHome($from: String!, $to: String!) {\n    ourCouple {\n      ...ClientCoupleFields\n      csi4Due\n      myCheckinToday {\n        id\n        date\n        updatedAt\n        visibility\n      }\n      tasks(from: $from, to: $to) {\n        id\n        dueDate\n        state\n        partner\n        assignment {\n          id\n          audience\n          exercise {\n            id\n            title\n            estimatedMinutes\n          }\n        }\n        completion {\n          id\n          visibility\n          comments {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.OurHomeDocument,
    "\n  query OurEntryReaders($days: Int!) {\n    ourEntryReaders(days: $days) {\n      day\n      readerName\n      readerRole\n      reads\n    }\n    ourCouple {\n      id\n      label\n      coach {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.OurEntryReadersDocument,
    "\n  query OurTask($from: String!, $to: String!) {\n    ourCouple {\n      ...ClientCoupleFields\n      tasks(from: $from, to: $to) {\n        id\n        dueDate\n        state\n        partner\n        assignment {\n          id\n          audience\n          note\n          schedule {\n            summary\n          }\n          exercise {\n            id\n            title\n            summary\n            whyItHelps\n            steps\n            estimatedMinutes\n            reflectionPrompts {\n              id\n              kind\n              label\n            }\n            source {\n              title\n              publisher\n              url\n              note\n            }\n          }\n        }\n        completion {\n          ...ClientCompletionFields\n        }\n      }\n    }\n  }\n": typeof types.OurTaskDocument,
    "\n  mutation CompleteTask($input: CompleteTaskInput!) {\n    completeTask(input: $input) {\n      ...ClientCompletionFields\n    }\n  }\n": typeof types.CompleteTaskDocument,
    "\n  query ClinicCoaches {\n    clinicCoaches {\n      id\n      displayName\n      email\n      status\n      activeCouples\n      invitationExpiresAt\n    }\n  }\n": typeof types.ClinicCoachesDocument,
    "\n  query ClinicRoster {\n    clinicRoster {\n      id\n      label\n      status\n      intakeDate\n      coach {\n        id\n        displayName\n      }\n      partnerA {\n        ...PersonFields\n      }\n      partnerB {\n        ...PersonFields\n      }\n    }\n  }\n": typeof types.ClinicRosterDocument,
    "\n  mutation InviteCoach($input: InviteCoachInput!) {\n    inviteCoach(input: $input) {\n      ...InvitationLinkFields\n    }\n  }\n": typeof types.InviteCoachDocument,
    "\n  mutation DeactivateCoach($id: ID!) {\n    deactivateCoach(id: $id) {\n      id\n      status\n      activeCouples\n      invitationExpiresAt\n    }\n  }\n": typeof types.DeactivateCoachDocument,
    "\n  mutation UpdateRosterCouple($coupleId: ID!, $input: UpdateRosterCoupleInput!) {\n    updateRosterCouple(coupleId: $coupleId, input: $input) {\n      id\n      status\n      coach {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.UpdateRosterCoupleDocument,
    "\n  mutation UpdateClinic($input: UpdateClinicInput!) {\n    updateClinic(input: $input) {\n      id\n      name\n      timeZone\n      smallCellK\n    }\n  }\n": typeof types.UpdateClinicDocument,
    "\n  mutation SetClinicTwoFactorRequirement($required: Boolean!) {\n    setClinicTwoFactorRequirement(required: $required) {\n      id\n      requireTwoFactor\n    }\n  }\n": typeof types.SetClinicTwoFactorRequirementDocument,
    "\n  query CoachMovesFromMe {\n    coachMovesFromMe(days: 30) {\n      id\n      coupleLabel\n      toCoachName\n      movedAt\n      reason\n    }\n  }\n": typeof types.CoachMovesFromMeDocument,
    "\n  query CoachCouple($id: ID!) {\n    couple(id: $id) {\n      ...CoupleFields\n      today\n      weekStart\n      csi4EveryWeeks\n      homeworkSummary {\n        ...CoachHomeworkSummaryFields\n      }\n      flags {\n        ...CoachFlagFields\n      }\n    }\n  }\n": typeof types.CoachCoupleDocument,
    "\n  query CoachCoupleHomework($id: ID!, $from: String!, $to: String!) {\n    couple(id: $id) {\n      id\n      assignments {\n        ...CoachAssignmentFields\n      }\n      tasks(from: $from, to: $to) {\n        id\n        assignmentId\n        dueDate\n        partner\n        state\n      }\n      completions(limit: 50) {\n        ...CoachCompletionFields\n      }\n    }\n  }\n": typeof types.CoachCoupleHomeworkDocument,
    "\n  query CoachCoupleProgress($id: ID!, $days: Int!) {\n    couple(id: $id) {\n      id\n      today\n      flags {\n        ...CoachFlagFields\n      }\n      checkinSeries(days: $days) {\n        from\n        to\n        partners {\n          partner\n          days {\n            date\n            closenessMean7\n            closenessMean7Count\n            ratings {\n              closeness\n              understood\n              sharing\n              affection\n              fun\n              conflict\n              stress\n            }\n          }\n        }\n      }\n      checkinAdherence(days: 28) {\n        partner\n        daysEnrolled\n        daysWithCheckin\n        rate\n        from\n        to\n      }\n      csi4EveryWeeks\n      csi4History {\n        partner\n        change\n        due\n        results {\n          id\n          date\n          total\n          belowCutoff\n          changeFromFirst\n          rci\n        }\n      }\n      checkinFeed(days: 28) {\n        ...CoachCheckinFields\n      }\n    }\n  }\n": typeof types.CoachCoupleProgressDocument,
    "\n  mutation AssignExercise($input: AssignExerciseInput!) {\n    assignExercise(input: $input) {\n      ...CoachAssignmentFields\n    }\n  }\n": typeof types.AssignExerciseDocument,
    "\n  mutation UpdateAssignment($id: ID!, $input: UpdateAssignmentInput!) {\n    updateAssignment(id: $id, input: $input) {\n      ...CoachAssignmentFields\n    }\n  }\n": typeof types.UpdateAssignmentDocument,
    "\n  mutation PauseAssignment($id: ID!) {\n    pauseAssignment(id: $id) {\n      ...CoachAssignmentFields\n    }\n  }\n": typeof types.PauseAssignmentDocument,
    "\n  mutation ResumeAssignment($id: ID!) {\n    resumeAssignment(id: $id) {\n      ...CoachAssignmentFields\n    }\n  }\n": typeof types.ResumeAssignmentDocument,
    "\n  mutation EndAssignment($id: ID!) {\n    endAssignment(id: $id) {\n      ...CoachAssignmentFields\n    }\n  }\n": typeof types.EndAssignmentDocument,
    "\n  mutation DeleteAssignment($id: ID!) {\n    deleteAssignment(id: $id)\n  }\n": typeof types.DeleteAssignmentDocument,
    "\n  mutation CommentOnCompletion($input: CommentInput!) {\n    commentOnCompletion(input: $input) {\n      ...CoachCommentFields\n    }\n  }\n": typeof types.CommentOnCompletionDocument,
    "\n  mutation MarkCompletionReviewed($id: ID!, $reviewed: Boolean!) {\n    markCompletionReviewed(id: $id, reviewed: $reviewed) {\n      id\n      reviewedAt\n    }\n  }\n": typeof types.MarkCompletionReviewedDocument,
    "\n  mutation CommentOnCheckin($checkinId: ID!, $body: String!) {\n    commentOnCheckin(checkinId: $checkinId, body: $body) {\n      ...CoachCommentFields\n    }\n  }\n": typeof types.CommentOnCheckinDocument,
    "\n  mutation SetCsi4Interval($coupleId: ID!, $everyWeeks: Int!) {\n    setCsi4Interval(coupleId: $coupleId, everyWeeks: $everyWeeks) {\n      id\n      csi4EveryWeeks\n    }\n  }\n": typeof types.SetCsi4IntervalDocument,
    "\n  fragment CoachFlagFields on Flag {\n    code\n    severity\n    partner\n    explanation\n  }\n": typeof types.CoachFlagFieldsFragmentDoc,
    "\n  fragment CoachHomeworkSummaryFields on HomeworkSummary {\n    doneThisWeek\n    dueThisWeek\n    overdue\n    unreviewed\n  }\n": typeof types.CoachHomeworkSummaryFieldsFragmentDoc,
    "\n  fragment CoachScheduleFields on Schedule {\n    kind\n    dueDate\n    startDate\n    endDate\n    timesPerWeek\n    weekdays\n    summary\n  }\n": typeof types.CoachScheduleFieldsFragmentDoc,
    "\n  fragment CoachAssignmentFields on Assignment {\n    id\n    coupleId\n    audience\n    audiencePartner\n    note\n    status\n    createdAt\n    schedule {\n      ...CoachScheduleFields\n    }\n    progress {\n      done\n      due\n      overdue\n      upcoming\n    }\n    exercise {\n      id\n      key\n      title\n      version\n      isLatest\n      estimatedMinutes\n    }\n  }\n": typeof types.CoachAssignmentFieldsFragmentDoc,
    "\n  fragment CoachCommentFields on Comment {\n    id\n    body\n    createdAt\n    author {\n      id\n      displayName\n    }\n  }\n": typeof types.CoachCommentFieldsFragmentDoc,
    "\n  fragment CoachCompletionFields on Completion {\n    id\n    assignmentId\n    exerciseTitle\n    partner\n    completedAt\n    completedOn\n    dueDate\n    visibility\n    helpfulness\n    closenessBefore\n    closenessAfter\n    reviewedAt\n    answers {\n      promptId\n      text\n      scale\n      yes\n    }\n    assignment {\n      id\n      exercise {\n        id\n        reflectionPrompts {\n          id\n          kind\n          label\n        }\n      }\n    }\n    comments {\n      ...CoachCommentFields\n    }\n  }\n": typeof types.CoachCompletionFieldsFragmentDoc,
    "\n  fragment CoachCheckinFields on Checkin {\n    id\n    date\n    partner\n    late\n    note\n    visibility\n    wantsToTalk\n    filedAt\n    updatedAt\n    ratings {\n      closeness\n      understood\n      sharing\n      affection\n      fun\n      conflict\n      stress\n    }\n    comments {\n      ...CoachCommentFields\n    }\n  }\n": typeof types.CoachCheckinFieldsFragmentDoc,
    "\n  query MyCouples {\n    myCouples {\n      ...CoupleFields\n      today\n      homeworkSummary {\n        ...CoachHomeworkSummaryFields\n      }\n      flags {\n        ...CoachFlagFields\n      }\n    }\n  }\n": typeof types.MyCouplesDocument,
    "\n  mutation SetCoupleStatus($coupleId: ID!, $status: CoupleStatus!) {\n    setCoupleStatus(coupleId: $coupleId, status: $status) {\n      id\n      status\n    }\n  }\n": typeof types.SetCoupleStatusDocument,
    "\n  fragment DashboardFigureFields on DashboardFigure {\n    status\n    suppressed\n    value\n    n\n    numerator\n    denominator\n  }\n": typeof types.DashboardFigureFieldsFragmentDoc,
    "\n  query ClinicDashboard($period: DashboardPeriodInput!) {\n    clinicDashboard(period: $period) {\n      smallCellK\n      period {\n        preset\n        from\n        to\n        timeZone\n      }\n      summary {\n        activeCouples {\n          ...DashboardFigureFields\n        }\n        couplesWithHomework {\n          ...DashboardFigureFields\n        }\n        completionRate {\n          ...DashboardFigureFields\n        }\n        checkinAdherence {\n          ...DashboardFigureFields\n        }\n        csi4MedianChange {\n          ...DashboardFigureFields\n        }\n        csi4Improved {\n          ...DashboardFigureFields\n        }\n        csi4Recovered {\n          ...DashboardFigureFields\n        }\n        csi4Deteriorated {\n          ...DashboardFigureFields\n        }\n        meanHelpfulness {\n          ...DashboardFigureFields\n        }\n        meanClosenessChange {\n          ...DashboardFigureFields\n        }\n      }\n      byCoach {\n        coachId\n        coachName\n        couples {\n          ...DashboardFigureFields\n        }\n        completionRate {\n          ...DashboardFigureFields\n        }\n        meanHelpfulness {\n          ...DashboardFigureFields\n        }\n        meanClosenessChange {\n          ...DashboardFigureFields\n        }\n      }\n      byExercise {\n        exerciseKey\n        title\n        builtIn\n        couples {\n          ...DashboardFigureFields\n        }\n        completionRate {\n          ...DashboardFigureFields\n        }\n        meanHelpfulness {\n          ...DashboardFigureFields\n        }\n        meanClosenessChange {\n          ...DashboardFigureFields\n        }\n      }\n      weekly {\n        week\n        from\n        to\n        completionRate {\n          ...DashboardFigureFields\n        }\n        checkinAdherence {\n          ...DashboardFigureFields\n        }\n      }\n    }\n  }\n": typeof types.ClinicDashboardDocument,
    "\n  mutation CreateCouple($input: CreateCoupleInput!) {\n    createCouple(input: $input) {\n      couple {\n        ...CoupleFields\n      }\n      invitations {\n        ...InvitationLinkFields\n      }\n    }\n  }\n": typeof types.CreateCoupleDocument,
    "\n  mutation InvitePartner($coupleId: ID!, $partner: PartnerSlot!) {\n    invitePartner(coupleId: $coupleId, partner: $partner) {\n      ...InvitationLinkFields\n    }\n  }\n": typeof types.InvitePartnerDocument,
    "\n  fragment PersonFields on Person {\n    id\n    displayName\n    email\n    status\n    invitationExpiresAt\n  }\n": typeof types.PersonFieldsFragmentDoc,
    "\n  fragment CoupleFields on Couple {\n    id\n    label\n    status\n    intakeDate\n    timeZone\n    coach {\n      id\n      displayName\n    }\n    partnerA {\n      ...PersonFields\n    }\n    partnerB {\n      ...PersonFields\n    }\n  }\n": typeof types.CoupleFieldsFragmentDoc,
    "\n  fragment InvitationLinkFields on InvitationLink {\n    displayName\n    email\n    expiresAt\n    role\n    url\n  }\n": typeof types.InvitationLinkFieldsFragmentDoc,
    "\n  fragment CatalogueExerciseCardFields on Exercise {\n    id\n    key\n    version\n    title\n    summary\n    builtIn\n    archived\n    estimatedMinutes\n    intimacyTypes\n    suggestedAudience\n    suggestedSchedule {\n      kind\n      timesPerWeek\n      weekdays\n    }\n  }\n": typeof types.CatalogueExerciseCardFieldsFragmentDoc,
    "\n  query CatalogueExercises($filter: ExerciseFilter) {\n    exercises(filter: $filter) {\n      ...CatalogueExerciseCardFields\n    }\n  }\n": typeof types.CatalogueExercisesDocument,
};
const documents: Documents = {
    "\n  query TwoFactorStatus {\n    me {\n      id\n      mustEnrolTwoFactor\n      twoFactor {\n        enabled\n        recoveryCodesLeft\n      }\n    }\n  }\n": types.TwoFactorStatusDocument,
    "\n  mutation StartTwoFactorEnrolment {\n    startTwoFactorEnrolment {\n      secret\n      uri\n    }\n  }\n": types.StartTwoFactorEnrolmentDocument,
    "\n  mutation ConfirmTwoFactorEnrolment($code: String!) {\n    confirmTwoFactorEnrolment(code: $code) {\n      codes\n    }\n  }\n": types.ConfirmTwoFactorEnrolmentDocument,
    "\n  mutation DisableTwoFactor($password: String, $code: String) {\n    disableTwoFactor(password: $password, code: $code)\n  }\n": types.DisableTwoFactorDocument,
    "\n  mutation RegenerateRecoveryCodes($password: String, $code: String) {\n    regenerateRecoveryCodes(password: $password, code: $code) {\n      codes\n    }\n  }\n": types.RegenerateRecoveryCodesDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      browser\n      os\n      deviceType\n      signedInAt\n      lastSeenAt\n      current\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.RevokeSessionDocument,
    "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n": types.RevokeOtherSessionsDocument,
    "\n  query ClinicActivity($filter: ActivityFilterInput, $page: Int!, $pageSize: Int!) {\n    clinicActivity(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      page\n      pageSize\n      events {\n        seq\n        occurredAt\n        userId\n        personName\n        role\n        action\n        targetType\n        targetId\n        coupleId\n        coupleLabel\n        outcome\n        ip\n        summary\n        reason\n      }\n      people {\n        userId\n        displayName\n      }\n    }\n  }\n": types.ClinicActivityDocument,
    "\n  query ActivityCouples {\n    clinicRoster {\n      id\n      label\n    }\n  }\n": types.ActivityCouplesDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    displayName\n    email\n    roles\n    mustEnrolTwoFactor\n    clinic {\n      id\n      name\n      timeZone\n      smallCellK\n      requireTwoFactor\n    }\n    clinics {\n      id\n      name\n      current\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      viewer {\n        ...ViewerFields\n      }\n      twoFactor {\n        token\n        expiresAt\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation CompleteTwoFactorSignIn($challenge: String!, $code: String!) {\n    completeTwoFactorSignIn(challenge: $challenge, code: $code) {\n      ...ViewerFields\n    }\n  }\n": types.CompleteTwoFactorSignInDocument,
    "\n  mutation SwitchClinic($clinicId: ID!) {\n    switchClinic(clinicId: $clinicId) {\n      ...ViewerFields\n    }\n  }\n": types.SwitchClinicDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      clinicName\n      displayName\n      email\n      role\n    }\n  }\n": types.InvitationDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!, $displayName: String) {\n    acceptInvitation(token: $token, password: $password, displayName: $displayName) {\n      ...ViewerFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n": types.ResetPasswordDocument,
    "\n  fragment CatalogueExerciseDetailFields on Exercise {\n    ...CatalogueExerciseCardFields\n    activity\n    isLatest\n    whyItHelps\n    steps\n    reflectionPrompts {\n      id\n      kind\n      label\n    }\n    source {\n      title\n      publisher\n      url\n      note\n    }\n  }\n": types.CatalogueExerciseDetailFieldsFragmentDoc,
    "\n  query CatalogueExercise($id: ID!) {\n    exercise(id: $id) {\n      ...CatalogueExerciseDetailFields\n    }\n  }\n": types.CatalogueExerciseDocument,
    "\n  mutation CreateExercise($input: ExerciseInput!) {\n    createExercise(input: $input) {\n      ...CatalogueExerciseDetailFields\n    }\n  }\n": types.CreateExerciseDocument,
    "\n  mutation UpdateExercise($key: String!, $input: ExerciseInput!) {\n    updateExercise(key: $key, input: $input) {\n      ...CatalogueExerciseDetailFields\n    }\n  }\n": types.UpdateExerciseDocument,
    "\n  mutation ArchiveExercise($key: String!, $archived: Boolean!) {\n    archiveExercise(key: $key, archived: $archived) {\n      ...CatalogueExerciseDetailFields\n    }\n  }\n": types.ArchiveExerciseDocument,
    "\n  query OurCheckin {\n    ourCouple {\n      ...ClientCoupleFields\n      myCheckinToday {\n        ...ClientCheckinFields\n      }\n      checkinFeed(days: 2) {\n        ...ClientCheckinFields\n      }\n    }\n  }\n": types.OurCheckinDocument,
    "\n  mutation FileCheckin($input: FileCheckinInput!) {\n    fileCheckin(input: $input) {\n      ...ClientCheckinFields\n    }\n  }\n": types.FileCheckinDocument,
    "\n  fragment ClientCsi4ResultFields on Csi4Result {\n    id\n    date\n    partner\n    total\n    answers {\n      happiness\n      warm\n      rewarding\n      satisfied\n    }\n  }\n": types.ClientCsi4ResultFieldsFragmentDoc,
    "\n  query OurCsi4 {\n    ourCouple {\n      ...ClientCoupleFields\n      csi4Due\n      csi4EveryWeeks\n      csi4History {\n        partner\n        due\n        results {\n          ...ClientCsi4ResultFields\n        }\n      }\n    }\n  }\n": types.OurCsi4Document,
    "\n  mutation FileCsi4($input: FileCsi4Input!) {\n    fileCsi4(input: $input) {\n      ...ClientCsi4ResultFields\n    }\n  }\n": types.FileCsi4Document,
    "\n  fragment ClientCommentFields on Comment {\n    id\n    body\n    createdAt\n    author {\n      id\n      displayName\n    }\n  }\n": types.ClientCommentFieldsFragmentDoc,
    "\n  fragment ClientCompletionFields on Completion {\n    id\n    taskId\n    coupleId\n    partner\n    author {\n      id\n      displayName\n    }\n    completedAt\n    completedOn\n    dueDate\n    editable\n    exerciseTitle\n    answers {\n      promptId\n      text\n      scale\n      yes\n    }\n    helpfulness\n    closenessBefore\n    closenessAfter\n    visibility\n    comments {\n      ...ClientCommentFields\n    }\n  }\n": types.ClientCompletionFieldsFragmentDoc,
    "\n  fragment ClientCheckinFields on Checkin {\n    id\n    coupleId\n    date\n    partner\n    mine\n    late\n    note\n    visibility\n    wantsToTalk\n    filedAt\n    updatedAt\n    ratings {\n      closeness\n      understood\n      sharing\n      affection\n      fun\n      conflict\n      stress\n    }\n    comments {\n      ...ClientCommentFields\n    }\n  }\n": types.ClientCheckinFieldsFragmentDoc,
    "\n  fragment ClientCoupleFields on Couple {\n    id\n    label\n    status\n    today\n    weekStart\n    timeZone\n    coach {\n      id\n      displayName\n    }\n    coachSince\n    partnerA {\n      id\n      displayName\n      email\n      status\n    }\n    partnerB {\n      id\n      displayName\n      email\n      status\n    }\n  }\n": types.ClientCoupleFieldsFragmentDoc,
    "\n  query OurHistory {\n    ourCouple {\n      ...ClientCoupleFields\n      checkinFeed(days: 56) {\n        ...ClientCheckinFields\n      }\n      checkinSeries(days: 56) {\n        from\n        to\n        partners {\n          partner\n          days {\n            date\n            closenessMean7\n            ratings {\n              closeness\n            }\n          }\n        }\n      }\n      completions(limit: 50) {\n        ...ClientCompletionFields\n        assignment {\n          id\n          exercise {\n            id\n            reflectionPrompts {\n              id\n              kind\n              label\n            }\n          }\n        }\n      }\n      csi4History {\n        partner\n        due\n        results {\n          ...ClientCsi4ResultFields\n        }\n      }\n    }\n  }\n": types.OurHistoryDocument,
    "\n  query OurHome($from: String!, $to: String!) {\n    ourCouple {\n      ...ClientCoupleFields\n      csi4Due\n      myCheckinToday {\n        id\n        date\n        updatedAt\n        visibility\n      }\n      tasks(from: $from, to: $to) {\n        id\n        dueDate\n        state\n        partner\n        assignment {\n          id\n          audience\n          exercise {\n            id\n            title\n            estimatedMinutes\n          }\n        }\n        completion {\n          id\n          visibility\n          comments {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.OurHomeDocument,
    "\n  query OurEntryReaders($days: Int!) {\n    ourEntryReaders(days: $days) {\n      day\n      readerName\n      readerRole\n      reads\n    }\n    ourCouple {\n      id\n      label\n      coach {\n        id\n        displayName\n      }\n    }\n  }\n": types.OurEntryReadersDocument,
    "\n  query OurTask($from: String!, $to: String!) {\n    ourCouple {\n      ...ClientCoupleFields\n      tasks(from: $from, to: $to) {\n        id\n        dueDate\n        state\n        partner\n        assignment {\n          id\n          audience\n          note\n          schedule {\n            summary\n          }\n          exercise {\n            id\n            title\n            summary\n            whyItHelps\n            steps\n            estimatedMinutes\n            reflectionPrompts {\n              id\n              kind\n              label\n            }\n            source {\n              title\n              publisher\n              url\n              note\n            }\n          }\n        }\n        completion {\n          ...ClientCompletionFields\n        }\n      }\n    }\n  }\n": types.OurTaskDocument,
    "\n  mutation CompleteTask($input: CompleteTaskInput!) {\n    completeTask(input: $input) {\n      ...ClientCompletionFields\n    }\n  }\n": types.CompleteTaskDocument,
    "\n  query ClinicCoaches {\n    clinicCoaches {\n      id\n      displayName\n      email\n      status\n      activeCouples\n      invitationExpiresAt\n    }\n  }\n": types.ClinicCoachesDocument,
    "\n  query ClinicRoster {\n    clinicRoster {\n      id\n      label\n      status\n      intakeDate\n      coach {\n        id\n        displayName\n      }\n      partnerA {\n        ...PersonFields\n      }\n      partnerB {\n        ...PersonFields\n      }\n    }\n  }\n": types.ClinicRosterDocument,
    "\n  mutation InviteCoach($input: InviteCoachInput!) {\n    inviteCoach(input: $input) {\n      ...InvitationLinkFields\n    }\n  }\n": types.InviteCoachDocument,
    "\n  mutation DeactivateCoach($id: ID!) {\n    deactivateCoach(id: $id) {\n      id\n      status\n      activeCouples\n      invitationExpiresAt\n    }\n  }\n": types.DeactivateCoachDocument,
    "\n  mutation UpdateRosterCouple($coupleId: ID!, $input: UpdateRosterCoupleInput!) {\n    updateRosterCouple(coupleId: $coupleId, input: $input) {\n      id\n      status\n      coach {\n        id\n        displayName\n      }\n    }\n  }\n": types.UpdateRosterCoupleDocument,
    "\n  mutation UpdateClinic($input: UpdateClinicInput!) {\n    updateClinic(input: $input) {\n      id\n      name\n      timeZone\n      smallCellK\n    }\n  }\n": types.UpdateClinicDocument,
    "\n  mutation SetClinicTwoFactorRequirement($required: Boolean!) {\n    setClinicTwoFactorRequirement(required: $required) {\n      id\n      requireTwoFactor\n    }\n  }\n": types.SetClinicTwoFactorRequirementDocument,
    "\n  query CoachMovesFromMe {\n    coachMovesFromMe(days: 30) {\n      id\n      coupleLabel\n      toCoachName\n      movedAt\n      reason\n    }\n  }\n": types.CoachMovesFromMeDocument,
    "\n  query CoachCouple($id: ID!) {\n    couple(id: $id) {\n      ...CoupleFields\n      today\n      weekStart\n      csi4EveryWeeks\n      homeworkSummary {\n        ...CoachHomeworkSummaryFields\n      }\n      flags {\n        ...CoachFlagFields\n      }\n    }\n  }\n": types.CoachCoupleDocument,
    "\n  query CoachCoupleHomework($id: ID!, $from: String!, $to: String!) {\n    couple(id: $id) {\n      id\n      assignments {\n        ...CoachAssignmentFields\n      }\n      tasks(from: $from, to: $to) {\n        id\n        assignmentId\n        dueDate\n        partner\n        state\n      }\n      completions(limit: 50) {\n        ...CoachCompletionFields\n      }\n    }\n  }\n": types.CoachCoupleHomeworkDocument,
    "\n  query CoachCoupleProgress($id: ID!, $days: Int!) {\n    couple(id: $id) {\n      id\n      today\n      flags {\n        ...CoachFlagFields\n      }\n      checkinSeries(days: $days) {\n        from\n        to\n        partners {\n          partner\n          days {\n            date\n            closenessMean7\n            closenessMean7Count\n            ratings {\n              closeness\n              understood\n              sharing\n              affection\n              fun\n              conflict\n              stress\n            }\n          }\n        }\n      }\n      checkinAdherence(days: 28) {\n        partner\n        daysEnrolled\n        daysWithCheckin\n        rate\n        from\n        to\n      }\n      csi4EveryWeeks\n      csi4History {\n        partner\n        change\n        due\n        results {\n          id\n          date\n          total\n          belowCutoff\n          changeFromFirst\n          rci\n        }\n      }\n      checkinFeed(days: 28) {\n        ...CoachCheckinFields\n      }\n    }\n  }\n": types.CoachCoupleProgressDocument,
    "\n  mutation AssignExercise($input: AssignExerciseInput!) {\n    assignExercise(input: $input) {\n      ...CoachAssignmentFields\n    }\n  }\n": types.AssignExerciseDocument,
    "\n  mutation UpdateAssignment($id: ID!, $input: UpdateAssignmentInput!) {\n    updateAssignment(id: $id, input: $input) {\n      ...CoachAssignmentFields\n    }\n  }\n": types.UpdateAssignmentDocument,
    "\n  mutation PauseAssignment($id: ID!) {\n    pauseAssignment(id: $id) {\n      ...CoachAssignmentFields\n    }\n  }\n": types.PauseAssignmentDocument,
    "\n  mutation ResumeAssignment($id: ID!) {\n    resumeAssignment(id: $id) {\n      ...CoachAssignmentFields\n    }\n  }\n": types.ResumeAssignmentDocument,
    "\n  mutation EndAssignment($id: ID!) {\n    endAssignment(id: $id) {\n      ...CoachAssignmentFields\n    }\n  }\n": types.EndAssignmentDocument,
    "\n  mutation DeleteAssignment($id: ID!) {\n    deleteAssignment(id: $id)\n  }\n": types.DeleteAssignmentDocument,
    "\n  mutation CommentOnCompletion($input: CommentInput!) {\n    commentOnCompletion(input: $input) {\n      ...CoachCommentFields\n    }\n  }\n": types.CommentOnCompletionDocument,
    "\n  mutation MarkCompletionReviewed($id: ID!, $reviewed: Boolean!) {\n    markCompletionReviewed(id: $id, reviewed: $reviewed) {\n      id\n      reviewedAt\n    }\n  }\n": types.MarkCompletionReviewedDocument,
    "\n  mutation CommentOnCheckin($checkinId: ID!, $body: String!) {\n    commentOnCheckin(checkinId: $checkinId, body: $body) {\n      ...CoachCommentFields\n    }\n  }\n": types.CommentOnCheckinDocument,
    "\n  mutation SetCsi4Interval($coupleId: ID!, $everyWeeks: Int!) {\n    setCsi4Interval(coupleId: $coupleId, everyWeeks: $everyWeeks) {\n      id\n      csi4EveryWeeks\n    }\n  }\n": types.SetCsi4IntervalDocument,
    "\n  fragment CoachFlagFields on Flag {\n    code\n    severity\n    partner\n    explanation\n  }\n": types.CoachFlagFieldsFragmentDoc,
    "\n  fragment CoachHomeworkSummaryFields on HomeworkSummary {\n    doneThisWeek\n    dueThisWeek\n    overdue\n    unreviewed\n  }\n": types.CoachHomeworkSummaryFieldsFragmentDoc,
    "\n  fragment CoachScheduleFields on Schedule {\n    kind\n    dueDate\n    startDate\n    endDate\n    timesPerWeek\n    weekdays\n    summary\n  }\n": types.CoachScheduleFieldsFragmentDoc,
    "\n  fragment CoachAssignmentFields on Assignment {\n    id\n    coupleId\n    audience\n    audiencePartner\n    note\n    status\n    createdAt\n    schedule {\n      ...CoachScheduleFields\n    }\n    progress {\n      done\n      due\n      overdue\n      upcoming\n    }\n    exercise {\n      id\n      key\n      title\n      version\n      isLatest\n      estimatedMinutes\n    }\n  }\n": types.CoachAssignmentFieldsFragmentDoc,
    "\n  fragment CoachCommentFields on Comment {\n    id\n    body\n    createdAt\n    author {\n      id\n      displayName\n    }\n  }\n": types.CoachCommentFieldsFragmentDoc,
    "\n  fragment CoachCompletionFields on Completion {\n    id\n    assignmentId\n    exerciseTitle\n    partner\n    completedAt\n    completedOn\n    dueDate\n    visibility\n    helpfulness\n    closenessBefore\n    closenessAfter\n    reviewedAt\n    answers {\n      promptId\n      text\n      scale\n      yes\n    }\n    assignment {\n      id\n      exercise {\n        id\n        reflectionPrompts {\n          id\n          kind\n          label\n        }\n      }\n    }\n    comments {\n      ...CoachCommentFields\n    }\n  }\n": types.CoachCompletionFieldsFragmentDoc,
    "\n  fragment CoachCheckinFields on Checkin {\n    id\n    date\n    partner\n    late\n    note\n    visibility\n    wantsToTalk\n    filedAt\n    updatedAt\n    ratings {\n      closeness\n      understood\n      sharing\n      affection\n      fun\n      conflict\n      stress\n    }\n    comments {\n      ...CoachCommentFields\n    }\n  }\n": types.CoachCheckinFieldsFragmentDoc,
    "\n  query MyCouples {\n    myCouples {\n      ...CoupleFields\n      today\n      homeworkSummary {\n        ...CoachHomeworkSummaryFields\n      }\n      flags {\n        ...CoachFlagFields\n      }\n    }\n  }\n": types.MyCouplesDocument,
    "\n  mutation SetCoupleStatus($coupleId: ID!, $status: CoupleStatus!) {\n    setCoupleStatus(coupleId: $coupleId, status: $status) {\n      id\n      status\n    }\n  }\n": types.SetCoupleStatusDocument,
    "\n  fragment DashboardFigureFields on DashboardFigure {\n    status\n    suppressed\n    value\n    n\n    numerator\n    denominator\n  }\n": types.DashboardFigureFieldsFragmentDoc,
    "\n  query ClinicDashboard($period: DashboardPeriodInput!) {\n    clinicDashboard(period: $period) {\n      smallCellK\n      period {\n        preset\n        from\n        to\n        timeZone\n      }\n      summary {\n        activeCouples {\n          ...DashboardFigureFields\n        }\n        couplesWithHomework {\n          ...DashboardFigureFields\n        }\n        completionRate {\n          ...DashboardFigureFields\n        }\n        checkinAdherence {\n          ...DashboardFigureFields\n        }\n        csi4MedianChange {\n          ...DashboardFigureFields\n        }\n        csi4Improved {\n          ...DashboardFigureFields\n        }\n        csi4Recovered {\n          ...DashboardFigureFields\n        }\n        csi4Deteriorated {\n          ...DashboardFigureFields\n        }\n        meanHelpfulness {\n          ...DashboardFigureFields\n        }\n        meanClosenessChange {\n          ...DashboardFigureFields\n        }\n      }\n      byCoach {\n        coachId\n        coachName\n        couples {\n          ...DashboardFigureFields\n        }\n        completionRate {\n          ...DashboardFigureFields\n        }\n        meanHelpfulness {\n          ...DashboardFigureFields\n        }\n        meanClosenessChange {\n          ...DashboardFigureFields\n        }\n      }\n      byExercise {\n        exerciseKey\n        title\n        builtIn\n        couples {\n          ...DashboardFigureFields\n        }\n        completionRate {\n          ...DashboardFigureFields\n        }\n        meanHelpfulness {\n          ...DashboardFigureFields\n        }\n        meanClosenessChange {\n          ...DashboardFigureFields\n        }\n      }\n      weekly {\n        week\n        from\n        to\n        completionRate {\n          ...DashboardFigureFields\n        }\n        checkinAdherence {\n          ...DashboardFigureFields\n        }\n      }\n    }\n  }\n": types.ClinicDashboardDocument,
    "\n  mutation CreateCouple($input: CreateCoupleInput!) {\n    createCouple(input: $input) {\n      couple {\n        ...CoupleFields\n      }\n      invitations {\n        ...InvitationLinkFields\n      }\n    }\n  }\n": types.CreateCoupleDocument,
    "\n  mutation InvitePartner($coupleId: ID!, $partner: PartnerSlot!) {\n    invitePartner(coupleId: $coupleId, partner: $partner) {\n      ...InvitationLinkFields\n    }\n  }\n": types.InvitePartnerDocument,
    "\n  fragment PersonFields on Person {\n    id\n    displayName\n    email\n    status\n    invitationExpiresAt\n  }\n": types.PersonFieldsFragmentDoc,
    "\n  fragment CoupleFields on Couple {\n    id\n    label\n    status\n    intakeDate\n    timeZone\n    coach {\n      id\n      displayName\n    }\n    partnerA {\n      ...PersonFields\n    }\n    partnerB {\n      ...PersonFields\n    }\n  }\n": types.CoupleFieldsFragmentDoc,
    "\n  fragment InvitationLinkFields on InvitationLink {\n    displayName\n    email\n    expiresAt\n    role\n    url\n  }\n": types.InvitationLinkFieldsFragmentDoc,
    "\n  fragment CatalogueExerciseCardFields on Exercise {\n    id\n    key\n    version\n    title\n    summary\n    builtIn\n    archived\n    estimatedMinutes\n    intimacyTypes\n    suggestedAudience\n    suggestedSchedule {\n      kind\n      timesPerWeek\n      weekdays\n    }\n  }\n": types.CatalogueExerciseCardFieldsFragmentDoc,
    "\n  query CatalogueExercises($filter: ExerciseFilter) {\n    exercises(filter: $filter) {\n      ...CatalogueExerciseCardFields\n    }\n  }\n": types.CatalogueExercisesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TwoFactorStatus {\n    me {\n      id\n      mustEnrolTwoFactor\n      twoFactor {\n        enabled\n        recoveryCodesLeft\n      }\n    }\n  }\n"): (typeof documents)["\n  query TwoFactorStatus {\n    me {\n      id\n      mustEnrolTwoFactor\n      twoFactor {\n        enabled\n        recoveryCodesLeft\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTwoFactorEnrolment {\n    startTwoFactorEnrolment {\n      secret\n      uri\n    }\n  }\n"): (typeof documents)["\n  mutation StartTwoFactorEnrolment {\n    startTwoFactorEnrolment {\n      secret\n      uri\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTwoFactorEnrolment($code: String!) {\n    confirmTwoFactorEnrolment(code: $code) {\n      codes\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmTwoFactorEnrolment($code: String!) {\n    confirmTwoFactorEnrolment(code: $code) {\n      codes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableTwoFactor($password: String, $code: String) {\n    disableTwoFactor(password: $password, code: $code)\n  }\n"): (typeof documents)["\n  mutation DisableTwoFactor($password: String, $code: String) {\n    disableTwoFactor(password: $password, code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateRecoveryCodes($password: String, $code: String) {\n    regenerateRecoveryCodes(password: $password, code: $code) {\n      codes\n    }\n  }\n"): (typeof documents)["\n  mutation RegenerateRecoveryCodes($password: String, $code: String) {\n    regenerateRecoveryCodes(password: $password, code: $code) {\n      codes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      browser\n      os\n      deviceType\n      signedInAt\n      lastSeenAt\n      current\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      browser\n      os\n      deviceType\n      signedInAt\n      lastSeenAt\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n"): (typeof documents)["\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClinicActivity($filter: ActivityFilterInput, $page: Int!, $pageSize: Int!) {\n    clinicActivity(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      page\n      pageSize\n      events {\n        seq\n        occurredAt\n        userId\n        personName\n        role\n        action\n        targetType\n        targetId\n        coupleId\n        coupleLabel\n        outcome\n        ip\n        summary\n        reason\n      }\n      people {\n        userId\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClinicActivity($filter: ActivityFilterInput, $page: Int!, $pageSize: Int!) {\n    clinicActivity(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      page\n      pageSize\n      events {\n        seq\n        occurredAt\n        userId\n        personName\n        role\n        action\n        targetType\n        targetId\n        coupleId\n        coupleLabel\n        outcome\n        ip\n        summary\n        reason\n      }\n      people {\n        userId\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityCouples {\n    clinicRoster {\n      id\n      label\n    }\n  }\n"): (typeof documents)["\n  query ActivityCouples {\n    clinicRoster {\n      id\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    id\n    displayName\n    email\n    roles\n    mustEnrolTwoFactor\n    clinic {\n      id\n      name\n      timeZone\n      smallCellK\n      requireTwoFactor\n    }\n    clinics {\n      id\n      name\n      current\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    id\n    displayName\n    email\n    roles\n    mustEnrolTwoFactor\n    clinic {\n      id\n      name\n      timeZone\n      smallCellK\n      requireTwoFactor\n    }\n    clinics {\n      id\n      name\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      viewer {\n        ...ViewerFields\n      }\n      twoFactor {\n        token\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      viewer {\n        ...ViewerFields\n      }\n      twoFactor {\n        token\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteTwoFactorSignIn($challenge: String!, $code: String!) {\n    completeTwoFactorSignIn(challenge: $challenge, code: $code) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteTwoFactorSignIn($challenge: String!, $code: String!) {\n    completeTwoFactorSignIn(challenge: $challenge, code: $code) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchClinic($clinicId: ID!) {\n    switchClinic(clinicId: $clinicId) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchClinic($clinicId: ID!) {\n    switchClinic(clinicId: $clinicId) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      clinicName\n      displayName\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      clinicName\n      displayName\n      email\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $password: String!, $displayName: String) {\n    acceptInvitation(token: $token, password: $password, displayName: $displayName) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!, $password: String!, $displayName: String) {\n    acceptInvitation(token: $token, password: $password, displayName: $displayName) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CatalogueExerciseDetailFields on Exercise {\n    ...CatalogueExerciseCardFields\n    activity\n    isLatest\n    whyItHelps\n    steps\n    reflectionPrompts {\n      id\n      kind\n      label\n    }\n    source {\n      title\n      publisher\n      url\n      note\n    }\n  }\n"): (typeof documents)["\n  fragment CatalogueExerciseDetailFields on Exercise {\n    ...CatalogueExerciseCardFields\n    activity\n    isLatest\n    whyItHelps\n    steps\n    reflectionPrompts {\n      id\n      kind\n      label\n    }\n    source {\n      title\n      publisher\n      url\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueExercise($id: ID!) {\n    exercise(id: $id) {\n      ...CatalogueExerciseDetailFields\n    }\n  }\n"): (typeof documents)["\n  query CatalogueExercise($id: ID!) {\n    exercise(id: $id) {\n      ...CatalogueExerciseDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateExercise($input: ExerciseInput!) {\n    createExercise(input: $input) {\n      ...CatalogueExerciseDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateExercise($input: ExerciseInput!) {\n    createExercise(input: $input) {\n      ...CatalogueExerciseDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateExercise($key: String!, $input: ExerciseInput!) {\n    updateExercise(key: $key, input: $input) {\n      ...CatalogueExerciseDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateExercise($key: String!, $input: ExerciseInput!) {\n    updateExercise(key: $key, input: $input) {\n      ...CatalogueExerciseDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveExercise($key: String!, $archived: Boolean!) {\n    archiveExercise(key: $key, archived: $archived) {\n      ...CatalogueExerciseDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveExercise($key: String!, $archived: Boolean!) {\n    archiveExercise(key: $key, archived: $archived) {\n      ...CatalogueExerciseDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OurCheckin {\n    ourCouple {\n      ...ClientCoupleFields\n      myCheckinToday {\n        ...ClientCheckinFields\n      }\n      checkinFeed(days: 2) {\n        ...ClientCheckinFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query OurCheckin {\n    ourCouple {\n      ...ClientCoupleFields\n      myCheckinToday {\n        ...ClientCheckinFields\n      }\n      checkinFeed(days: 2) {\n        ...ClientCheckinFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileCheckin($input: FileCheckinInput!) {\n    fileCheckin(input: $input) {\n      ...ClientCheckinFields\n    }\n  }\n"): (typeof documents)["\n  mutation FileCheckin($input: FileCheckinInput!) {\n    fileCheckin(input: $input) {\n      ...ClientCheckinFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientCsi4ResultFields on Csi4Result {\n    id\n    date\n    partner\n    total\n    answers {\n      happiness\n      warm\n      rewarding\n      satisfied\n    }\n  }\n"): (typeof documents)["\n  fragment ClientCsi4ResultFields on Csi4Result {\n    id\n    date\n    partner\n    total\n    answers {\n      happiness\n      warm\n      rewarding\n      satisfied\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OurCsi4 {\n    ourCouple {\n      ...ClientCoupleFields\n      csi4Due\n      csi4EveryWeeks\n      csi4History {\n        partner\n        due\n        results {\n          ...ClientCsi4ResultFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OurCsi4 {\n    ourCouple {\n      ...ClientCoupleFields\n      csi4Due\n      csi4EveryWeeks\n      csi4History {\n        partner\n        due\n        results {\n          ...ClientCsi4ResultFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileCsi4($input: FileCsi4Input!) {\n    fileCsi4(input: $input) {\n      ...ClientCsi4ResultFields\n    }\n  }\n"): (typeof documents)["\n  mutation FileCsi4($input: FileCsi4Input!) {\n    fileCsi4(input: $input) {\n      ...ClientCsi4ResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientCommentFields on Comment {\n    id\n    body\n    createdAt\n    author {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment ClientCommentFields on Comment {\n    id\n    body\n    createdAt\n    author {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientCompletionFields on Completion {\n    id\n    taskId\n    coupleId\n    partner\n    author {\n      id\n      displayName\n    }\n    completedAt\n    completedOn\n    dueDate\n    editable\n    exerciseTitle\n    answers {\n      promptId\n      text\n      scale\n      yes\n    }\n    helpfulness\n    closenessBefore\n    closenessAfter\n    visibility\n    comments {\n      ...ClientCommentFields\n    }\n  }\n"): (typeof documents)["\n  fragment ClientCompletionFields on Completion {\n    id\n    taskId\n    coupleId\n    partner\n    author {\n      id\n      displayName\n    }\n    completedAt\n    completedOn\n    dueDate\n    editable\n    exerciseTitle\n    answers {\n      promptId\n      text\n      scale\n      yes\n    }\n    helpfulness\n    closenessBefore\n    closenessAfter\n    visibility\n    comments {\n      ...ClientCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientCheckinFields on Checkin {\n    id\n    coupleId\n    date\n    partner\n    mine\n    late\n    note\n    visibility\n    wantsToTalk\n    filedAt\n    updatedAt\n    ratings {\n      closeness\n      understood\n      sharing\n      affection\n      fun\n      conflict\n      stress\n    }\n    comments {\n      ...ClientCommentFields\n    }\n  }\n"): (typeof documents)["\n  fragment ClientCheckinFields on Checkin {\n    id\n    coupleId\n    date\n    partner\n    mine\n    late\n    note\n    visibility\n    wantsToTalk\n    filedAt\n    updatedAt\n    ratings {\n      closeness\n      understood\n      sharing\n      affection\n      fun\n      conflict\n      stress\n    }\n    comments {\n      ...ClientCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientCoupleFields on Couple {\n    id\n    label\n    status\n    today\n    weekStart\n    timeZone\n    coach {\n      id\n      displayName\n    }\n    coachSince\n    partnerA {\n      id\n      displayName\n      email\n      status\n    }\n    partnerB {\n      id\n      displayName\n      email\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment ClientCoupleFields on Couple {\n    id\n    label\n    status\n    today\n    weekStart\n    timeZone\n    coach {\n      id\n      displayName\n    }\n    coachSince\n    partnerA {\n      id\n      displayName\n      email\n      status\n    }\n    partnerB {\n      id\n      displayName\n      email\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OurHistory {\n    ourCouple {\n      ...ClientCoupleFields\n      checkinFeed(days: 56) {\n        ...ClientCheckinFields\n      }\n      checkinSeries(days: 56) {\n        from\n        to\n        partners {\n          partner\n          days {\n            date\n            closenessMean7\n            ratings {\n              closeness\n            }\n          }\n        }\n      }\n      completions(limit: 50) {\n        ...ClientCompletionFields\n        assignment {\n          id\n          exercise {\n            id\n            reflectionPrompts {\n              id\n              kind\n              label\n            }\n          }\n        }\n      }\n      csi4History {\n        partner\n        due\n        results {\n          ...ClientCsi4ResultFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OurHistory {\n    ourCouple {\n      ...ClientCoupleFields\n      checkinFeed(days: 56) {\n        ...ClientCheckinFields\n      }\n      checkinSeries(days: 56) {\n        from\n        to\n        partners {\n          partner\n          days {\n            date\n            closenessMean7\n            ratings {\n              closeness\n            }\n          }\n        }\n      }\n      completions(limit: 50) {\n        ...ClientCompletionFields\n        assignment {\n          id\n          exercise {\n            id\n            reflectionPrompts {\n              id\n              kind\n              label\n            }\n          }\n        }\n      }\n      csi4History {\n        partner\n        due\n        results {\n          ...ClientCsi4ResultFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OurHome($from: String!, $to: String!) {\n    ourCouple {\n      ...ClientCoupleFields\n      csi4Due\n      myCheckinToday {\n        id\n        date\n        updatedAt\n        visibility\n      }\n      tasks(from: $from, to: $to) {\n        id\n        dueDate\n        state\n        partner\n        assignment {\n          id\n          audience\n          exercise {\n            id\n            title\n            estimatedMinutes\n          }\n        }\n        completion {\n          id\n          visibility\n          comments {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OurHome($from: String!, $to: String!) {\n    ourCouple {\n      ...ClientCoupleFields\n      csi4Due\n      myCheckinToday {\n        id\n        date\n        updatedAt\n        visibility\n      }\n      tasks(from: $from, to: $to) {\n        id\n        dueDate\n        state\n        partner\n        assignment {\n          id\n          audience\n          exercise {\n            id\n            title\n            estimatedMinutes\n          }\n        }\n        completion {\n          id\n          visibility\n          comments {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OurEntryReaders($days: Int!) {\n    ourEntryReaders(days: $days) {\n      day\n      readerName\n      readerRole\n      reads\n    }\n    ourCouple {\n      id\n      label\n      coach {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query OurEntryReaders($days: Int!) {\n    ourEntryReaders(days: $days) {\n      day\n      readerName\n      readerRole\n      reads\n    }\n    ourCouple {\n      id\n      label\n      coach {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OurTask($from: String!, $to: String!) {\n    ourCouple {\n      ...ClientCoupleFields\n      tasks(from: $from, to: $to) {\n        id\n        dueDate\n        state\n        partner\n        assignment {\n          id\n          audience\n          note\n          schedule {\n            summary\n          }\n          exercise {\n            id\n            title\n            summary\n            whyItHelps\n            steps\n            estimatedMinutes\n            reflectionPrompts {\n              id\n              kind\n              label\n            }\n            source {\n              title\n              publisher\n              url\n              note\n            }\n          }\n        }\n        completion {\n          ...ClientCompletionFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OurTask($from: String!, $to: String!) {\n    ourCouple {\n      ...ClientCoupleFields\n      tasks(from: $from, to: $to) {\n        id\n        dueDate\n        state\n        partner\n        assignment {\n          id\n          audience\n          note\n          schedule {\n            summary\n          }\n          exercise {\n            id\n            title\n            summary\n            whyItHelps\n            steps\n            estimatedMinutes\n            reflectionPrompts {\n              id\n              kind\n              label\n            }\n            source {\n              title\n              publisher\n              url\n              note\n            }\n          }\n        }\n        completion {\n          ...ClientCompletionFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteTask($input: CompleteTaskInput!) {\n    completeTask(input: $input) {\n      ...ClientCompletionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteTask($input: CompleteTaskInput!) {\n    completeTask(input: $input) {\n      ...ClientCompletionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClinicCoaches {\n    clinicCoaches {\n      id\n      displayName\n      email\n      status\n      activeCouples\n      invitationExpiresAt\n    }\n  }\n"): (typeof documents)["\n  query ClinicCoaches {\n    clinicCoaches {\n      id\n      displayName\n      email\n      status\n      activeCouples\n      invitationExpiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClinicRoster {\n    clinicRoster {\n      id\n      label\n      status\n      intakeDate\n      coach {\n        id\n        displayName\n      }\n      partnerA {\n        ...PersonFields\n      }\n      partnerB {\n        ...PersonFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClinicRoster {\n    clinicRoster {\n      id\n      label\n      status\n      intakeDate\n      coach {\n        id\n        displayName\n      }\n      partnerA {\n        ...PersonFields\n      }\n      partnerB {\n        ...PersonFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteCoach($input: InviteCoachInput!) {\n    inviteCoach(input: $input) {\n      ...InvitationLinkFields\n    }\n  }\n"): (typeof documents)["\n  mutation InviteCoach($input: InviteCoachInput!) {\n    inviteCoach(input: $input) {\n      ...InvitationLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateCoach($id: ID!) {\n    deactivateCoach(id: $id) {\n      id\n      status\n      activeCouples\n      invitationExpiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateCoach($id: ID!) {\n    deactivateCoach(id: $id) {\n      id\n      status\n      activeCouples\n      invitationExpiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRosterCouple($coupleId: ID!, $input: UpdateRosterCoupleInput!) {\n    updateRosterCouple(coupleId: $coupleId, input: $input) {\n      id\n      status\n      coach {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRosterCouple($coupleId: ID!, $input: UpdateRosterCoupleInput!) {\n    updateRosterCouple(coupleId: $coupleId, input: $input) {\n      id\n      status\n      coach {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateClinic($input: UpdateClinicInput!) {\n    updateClinic(input: $input) {\n      id\n      name\n      timeZone\n      smallCellK\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateClinic($input: UpdateClinicInput!) {\n    updateClinic(input: $input) {\n      id\n      name\n      timeZone\n      smallCellK\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetClinicTwoFactorRequirement($required: Boolean!) {\n    setClinicTwoFactorRequirement(required: $required) {\n      id\n      requireTwoFactor\n    }\n  }\n"): (typeof documents)["\n  mutation SetClinicTwoFactorRequirement($required: Boolean!) {\n    setClinicTwoFactorRequirement(required: $required) {\n      id\n      requireTwoFactor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoachMovesFromMe {\n    coachMovesFromMe(days: 30) {\n      id\n      coupleLabel\n      toCoachName\n      movedAt\n      reason\n    }\n  }\n"): (typeof documents)["\n  query CoachMovesFromMe {\n    coachMovesFromMe(days: 30) {\n      id\n      coupleLabel\n      toCoachName\n      movedAt\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoachCouple($id: ID!) {\n    couple(id: $id) {\n      ...CoupleFields\n      today\n      weekStart\n      csi4EveryWeeks\n      homeworkSummary {\n        ...CoachHomeworkSummaryFields\n      }\n      flags {\n        ...CoachFlagFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoachCouple($id: ID!) {\n    couple(id: $id) {\n      ...CoupleFields\n      today\n      weekStart\n      csi4EveryWeeks\n      homeworkSummary {\n        ...CoachHomeworkSummaryFields\n      }\n      flags {\n        ...CoachFlagFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoachCoupleHomework($id: ID!, $from: String!, $to: String!) {\n    couple(id: $id) {\n      id\n      assignments {\n        ...CoachAssignmentFields\n      }\n      tasks(from: $from, to: $to) {\n        id\n        assignmentId\n        dueDate\n        partner\n        state\n      }\n      completions(limit: 50) {\n        ...CoachCompletionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoachCoupleHomework($id: ID!, $from: String!, $to: String!) {\n    couple(id: $id) {\n      id\n      assignments {\n        ...CoachAssignmentFields\n      }\n      tasks(from: $from, to: $to) {\n        id\n        assignmentId\n        dueDate\n        partner\n        state\n      }\n      completions(limit: 50) {\n        ...CoachCompletionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoachCoupleProgress($id: ID!, $days: Int!) {\n    couple(id: $id) {\n      id\n      today\n      flags {\n        ...CoachFlagFields\n      }\n      checkinSeries(days: $days) {\n        from\n        to\n        partners {\n          partner\n          days {\n            date\n            closenessMean7\n            closenessMean7Count\n            ratings {\n              closeness\n              understood\n              sharing\n              affection\n              fun\n              conflict\n              stress\n            }\n          }\n        }\n      }\n      checkinAdherence(days: 28) {\n        partner\n        daysEnrolled\n        daysWithCheckin\n        rate\n        from\n        to\n      }\n      csi4EveryWeeks\n      csi4History {\n        partner\n        change\n        due\n        results {\n          id\n          date\n          total\n          belowCutoff\n          changeFromFirst\n          rci\n        }\n      }\n      checkinFeed(days: 28) {\n        ...CoachCheckinFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoachCoupleProgress($id: ID!, $days: Int!) {\n    couple(id: $id) {\n      id\n      today\n      flags {\n        ...CoachFlagFields\n      }\n      checkinSeries(days: $days) {\n        from\n        to\n        partners {\n          partner\n          days {\n            date\n            closenessMean7\n            closenessMean7Count\n            ratings {\n              closeness\n              understood\n              sharing\n              affection\n              fun\n              conflict\n              stress\n            }\n          }\n        }\n      }\n      checkinAdherence(days: 28) {\n        partner\n        daysEnrolled\n        daysWithCheckin\n        rate\n        from\n        to\n      }\n      csi4EveryWeeks\n      csi4History {\n        partner\n        change\n        due\n        results {\n          id\n          date\n          total\n          belowCutoff\n          changeFromFirst\n          rci\n        }\n      }\n      checkinFeed(days: 28) {\n        ...CoachCheckinFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignExercise($input: AssignExerciseInput!) {\n    assignExercise(input: $input) {\n      ...CoachAssignmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignExercise($input: AssignExerciseInput!) {\n    assignExercise(input: $input) {\n      ...CoachAssignmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAssignment($id: ID!, $input: UpdateAssignmentInput!) {\n    updateAssignment(id: $id, input: $input) {\n      ...CoachAssignmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAssignment($id: ID!, $input: UpdateAssignmentInput!) {\n    updateAssignment(id: $id, input: $input) {\n      ...CoachAssignmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseAssignment($id: ID!) {\n    pauseAssignment(id: $id) {\n      ...CoachAssignmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation PauseAssignment($id: ID!) {\n    pauseAssignment(id: $id) {\n      ...CoachAssignmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeAssignment($id: ID!) {\n    resumeAssignment(id: $id) {\n      ...CoachAssignmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeAssignment($id: ID!) {\n    resumeAssignment(id: $id) {\n      ...CoachAssignmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndAssignment($id: ID!) {\n    endAssignment(id: $id) {\n      ...CoachAssignmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation EndAssignment($id: ID!) {\n    endAssignment(id: $id) {\n      ...CoachAssignmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAssignment($id: ID!) {\n    deleteAssignment(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteAssignment($id: ID!) {\n    deleteAssignment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnCompletion($input: CommentInput!) {\n    commentOnCompletion(input: $input) {\n      ...CoachCommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CommentOnCompletion($input: CommentInput!) {\n    commentOnCompletion(input: $input) {\n      ...CoachCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkCompletionReviewed($id: ID!, $reviewed: Boolean!) {\n    markCompletionReviewed(id: $id, reviewed: $reviewed) {\n      id\n      reviewedAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkCompletionReviewed($id: ID!, $reviewed: Boolean!) {\n    markCompletionReviewed(id: $id, reviewed: $reviewed) {\n      id\n      reviewedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnCheckin($checkinId: ID!, $body: String!) {\n    commentOnCheckin(checkinId: $checkinId, body: $body) {\n      ...CoachCommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CommentOnCheckin($checkinId: ID!, $body: String!) {\n    commentOnCheckin(checkinId: $checkinId, body: $body) {\n      ...CoachCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCsi4Interval($coupleId: ID!, $everyWeeks: Int!) {\n    setCsi4Interval(coupleId: $coupleId, everyWeeks: $everyWeeks) {\n      id\n      csi4EveryWeeks\n    }\n  }\n"): (typeof documents)["\n  mutation SetCsi4Interval($coupleId: ID!, $everyWeeks: Int!) {\n    setCsi4Interval(coupleId: $coupleId, everyWeeks: $everyWeeks) {\n      id\n      csi4EveryWeeks\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoachFlagFields on Flag {\n    code\n    severity\n    partner\n    explanation\n  }\n"): (typeof documents)["\n  fragment CoachFlagFields on Flag {\n    code\n    severity\n    partner\n    explanation\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoachHomeworkSummaryFields on HomeworkSummary {\n    doneThisWeek\n    dueThisWeek\n    overdue\n    unreviewed\n  }\n"): (typeof documents)["\n  fragment CoachHomeworkSummaryFields on HomeworkSummary {\n    doneThisWeek\n    dueThisWeek\n    overdue\n    unreviewed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoachScheduleFields on Schedule {\n    kind\n    dueDate\n    startDate\n    endDate\n    timesPerWeek\n    weekdays\n    summary\n  }\n"): (typeof documents)["\n  fragment CoachScheduleFields on Schedule {\n    kind\n    dueDate\n    startDate\n    endDate\n    timesPerWeek\n    weekdays\n    summary\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoachAssignmentFields on Assignment {\n    id\n    coupleId\n    audience\n    audiencePartner\n    note\n    status\n    createdAt\n    schedule {\n      ...CoachScheduleFields\n    }\n    progress {\n      done\n      due\n      overdue\n      upcoming\n    }\n    exercise {\n      id\n      key\n      title\n      version\n      isLatest\n      estimatedMinutes\n    }\n  }\n"): (typeof documents)["\n  fragment CoachAssignmentFields on Assignment {\n    id\n    coupleId\n    audience\n    audiencePartner\n    note\n    status\n    createdAt\n    schedule {\n      ...CoachScheduleFields\n    }\n    progress {\n      done\n      due\n      overdue\n      upcoming\n    }\n    exercise {\n      id\n      key\n      title\n      version\n      isLatest\n      estimatedMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoachCommentFields on Comment {\n    id\n    body\n    createdAt\n    author {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment CoachCommentFields on Comment {\n    id\n    body\n    createdAt\n    author {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoachCompletionFields on Completion {\n    id\n    assignmentId\n    exerciseTitle\n    partner\n    completedAt\n    completedOn\n    dueDate\n    visibility\n    helpfulness\n    closenessBefore\n    closenessAfter\n    reviewedAt\n    answers {\n      promptId\n      text\n      scale\n      yes\n    }\n    assignment {\n      id\n      exercise {\n        id\n        reflectionPrompts {\n          id\n          kind\n          label\n        }\n      }\n    }\n    comments {\n      ...CoachCommentFields\n    }\n  }\n"): (typeof documents)["\n  fragment CoachCompletionFields on Completion {\n    id\n    assignmentId\n    exerciseTitle\n    partner\n    completedAt\n    completedOn\n    dueDate\n    visibility\n    helpfulness\n    closenessBefore\n    closenessAfter\n    reviewedAt\n    answers {\n      promptId\n      text\n      scale\n      yes\n    }\n    assignment {\n      id\n      exercise {\n        id\n        reflectionPrompts {\n          id\n          kind\n          label\n        }\n      }\n    }\n    comments {\n      ...CoachCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoachCheckinFields on Checkin {\n    id\n    date\n    partner\n    late\n    note\n    visibility\n    wantsToTalk\n    filedAt\n    updatedAt\n    ratings {\n      closeness\n      understood\n      sharing\n      affection\n      fun\n      conflict\n      stress\n    }\n    comments {\n      ...CoachCommentFields\n    }\n  }\n"): (typeof documents)["\n  fragment CoachCheckinFields on Checkin {\n    id\n    date\n    partner\n    late\n    note\n    visibility\n    wantsToTalk\n    filedAt\n    updatedAt\n    ratings {\n      closeness\n      understood\n      sharing\n      affection\n      fun\n      conflict\n      stress\n    }\n    comments {\n      ...CoachCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCouples {\n    myCouples {\n      ...CoupleFields\n      today\n      homeworkSummary {\n        ...CoachHomeworkSummaryFields\n      }\n      flags {\n        ...CoachFlagFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyCouples {\n    myCouples {\n      ...CoupleFields\n      today\n      homeworkSummary {\n        ...CoachHomeworkSummaryFields\n      }\n      flags {\n        ...CoachFlagFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCoupleStatus($coupleId: ID!, $status: CoupleStatus!) {\n    setCoupleStatus(coupleId: $coupleId, status: $status) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SetCoupleStatus($coupleId: ID!, $status: CoupleStatus!) {\n    setCoupleStatus(coupleId: $coupleId, status: $status) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardFigureFields on DashboardFigure {\n    status\n    suppressed\n    value\n    n\n    numerator\n    denominator\n  }\n"): (typeof documents)["\n  fragment DashboardFigureFields on DashboardFigure {\n    status\n    suppressed\n    value\n    n\n    numerator\n    denominator\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClinicDashboard($period: DashboardPeriodInput!) {\n    clinicDashboard(period: $period) {\n      smallCellK\n      period {\n        preset\n        from\n        to\n        timeZone\n      }\n      summary {\n        activeCouples {\n          ...DashboardFigureFields\n        }\n        couplesWithHomework {\n          ...DashboardFigureFields\n        }\n        completionRate {\n          ...DashboardFigureFields\n        }\n        checkinAdherence {\n          ...DashboardFigureFields\n        }\n        csi4MedianChange {\n          ...DashboardFigureFields\n        }\n        csi4Improved {\n          ...DashboardFigureFields\n        }\n        csi4Recovered {\n          ...DashboardFigureFields\n        }\n        csi4Deteriorated {\n          ...DashboardFigureFields\n        }\n        meanHelpfulness {\n          ...DashboardFigureFields\n        }\n        meanClosenessChange {\n          ...DashboardFigureFields\n        }\n      }\n      byCoach {\n        coachId\n        coachName\n        couples {\n          ...DashboardFigureFields\n        }\n        completionRate {\n          ...DashboardFigureFields\n        }\n        meanHelpfulness {\n          ...DashboardFigureFields\n        }\n        meanClosenessChange {\n          ...DashboardFigureFields\n        }\n      }\n      byExercise {\n        exerciseKey\n        title\n        builtIn\n        couples {\n          ...DashboardFigureFields\n        }\n        completionRate {\n          ...DashboardFigureFields\n        }\n        meanHelpfulness {\n          ...DashboardFigureFields\n        }\n        meanClosenessChange {\n          ...DashboardFigureFields\n        }\n      }\n      weekly {\n        week\n        from\n        to\n        completionRate {\n          ...DashboardFigureFields\n        }\n        checkinAdherence {\n          ...DashboardFigureFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClinicDashboard($period: DashboardPeriodInput!) {\n    clinicDashboard(period: $period) {\n      smallCellK\n      period {\n        preset\n        from\n        to\n        timeZone\n      }\n      summary {\n        activeCouples {\n          ...DashboardFigureFields\n        }\n        couplesWithHomework {\n          ...DashboardFigureFields\n        }\n        completionRate {\n          ...DashboardFigureFields\n        }\n        checkinAdherence {\n          ...DashboardFigureFields\n        }\n        csi4MedianChange {\n          ...DashboardFigureFields\n        }\n        csi4Improved {\n          ...DashboardFigureFields\n        }\n        csi4Recovered {\n          ...DashboardFigureFields\n        }\n        csi4Deteriorated {\n          ...DashboardFigureFields\n        }\n        meanHelpfulness {\n          ...DashboardFigureFields\n        }\n        meanClosenessChange {\n          ...DashboardFigureFields\n        }\n      }\n      byCoach {\n        coachId\n        coachName\n        couples {\n          ...DashboardFigureFields\n        }\n        completionRate {\n          ...DashboardFigureFields\n        }\n        meanHelpfulness {\n          ...DashboardFigureFields\n        }\n        meanClosenessChange {\n          ...DashboardFigureFields\n        }\n      }\n      byExercise {\n        exerciseKey\n        title\n        builtIn\n        couples {\n          ...DashboardFigureFields\n        }\n        completionRate {\n          ...DashboardFigureFields\n        }\n        meanHelpfulness {\n          ...DashboardFigureFields\n        }\n        meanClosenessChange {\n          ...DashboardFigureFields\n        }\n      }\n      weekly {\n        week\n        from\n        to\n        completionRate {\n          ...DashboardFigureFields\n        }\n        checkinAdherence {\n          ...DashboardFigureFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCouple($input: CreateCoupleInput!) {\n    createCouple(input: $input) {\n      couple {\n        ...CoupleFields\n      }\n      invitations {\n        ...InvitationLinkFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCouple($input: CreateCoupleInput!) {\n    createCouple(input: $input) {\n      couple {\n        ...CoupleFields\n      }\n      invitations {\n        ...InvitationLinkFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitePartner($coupleId: ID!, $partner: PartnerSlot!) {\n    invitePartner(coupleId: $coupleId, partner: $partner) {\n      ...InvitationLinkFields\n    }\n  }\n"): (typeof documents)["\n  mutation InvitePartner($coupleId: ID!, $partner: PartnerSlot!) {\n    invitePartner(coupleId: $coupleId, partner: $partner) {\n      ...InvitationLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonFields on Person {\n    id\n    displayName\n    email\n    status\n    invitationExpiresAt\n  }\n"): (typeof documents)["\n  fragment PersonFields on Person {\n    id\n    displayName\n    email\n    status\n    invitationExpiresAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoupleFields on Couple {\n    id\n    label\n    status\n    intakeDate\n    timeZone\n    coach {\n      id\n      displayName\n    }\n    partnerA {\n      ...PersonFields\n    }\n    partnerB {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  fragment CoupleFields on Couple {\n    id\n    label\n    status\n    intakeDate\n    timeZone\n    coach {\n      id\n      displayName\n    }\n    partnerA {\n      ...PersonFields\n    }\n    partnerB {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationLinkFields on InvitationLink {\n    displayName\n    email\n    expiresAt\n    role\n    url\n  }\n"): (typeof documents)["\n  fragment InvitationLinkFields on InvitationLink {\n    displayName\n    email\n    expiresAt\n    role\n    url\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CatalogueExerciseCardFields on Exercise {\n    id\n    key\n    version\n    title\n    summary\n    builtIn\n    archived\n    estimatedMinutes\n    intimacyTypes\n    suggestedAudience\n    suggestedSchedule {\n      kind\n      timesPerWeek\n      weekdays\n    }\n  }\n"): (typeof documents)["\n  fragment CatalogueExerciseCardFields on Exercise {\n    id\n    key\n    version\n    title\n    summary\n    builtIn\n    archived\n    estimatedMinutes\n    intimacyTypes\n    suggestedAudience\n    suggestedSchedule {\n      kind\n      timesPerWeek\n      weekdays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueExercises($filter: ExerciseFilter) {\n    exercises(filter: $filter) {\n      ...CatalogueExerciseCardFields\n    }\n  }\n"): (typeof documents)["\n  query CatalogueExercises($filter: ExerciseFilter) {\n    exercises(filter: $filter) {\n      ...CatalogueExerciseCardFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;