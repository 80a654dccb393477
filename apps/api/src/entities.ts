import { SessionEntity } from './auth/session.entity';
import { ClinicEntity } from './tenant/clinic.entity';
import { MembershipEntity } from './tenant/membership.entity';
import { CoupleEntity } from './couples/couple.entity';
import { InvitationEntity } from './invitations/invitation.entity';
import { UserEntity } from './users/user.entity';
import { CatalogueExerciseEntity } from './exercises/catalogue-exercise.entity';
import { ClinicExerciseEntity } from './exercises/clinic-exercise.entity';
import { AssignmentEntity } from './homework/assignment.entity';
import { CommentEntity } from './comments/comment.entity';
import { CompletionEntity } from './homework/completion.entity';
import { TaskEntity } from './homework/task.entity';
import { RetiredTaskEntity } from './homework/retired-task.entity';
import { CheckinEntity } from './checkins/checkin.entity';
import { MeasureResultEntity } from './measures/measure-result.entity';
import { AuditEventEntity } from './audit/audit-event.entity';
import { CoupleCoachChangeEntity } from './couples/couple-coach-change.entity';
import { RateLimitEntity } from './auth/rate-limit.entity';
import { OutboxMessageEntity } from './mail/outbox-message.entity';
import { PasswordResetEntity } from './auth/password-reset/password-reset.entity';
import {
  RecoveryCodeEntity,
  SignInChallengeEntity,
  TwoFactorCredentialEntity,
} from './auth/two-factor/two-factor.entity';

/** Every persisted entity, in one list shared by the app, the tests and the migration CLI. */
export const ENTITIES = [
  ClinicEntity,
  UserEntity,
  MembershipEntity,
  SessionEntity,
  InvitationEntity,
  CoupleEntity,
  CatalogueExerciseEntity,
  ClinicExerciseEntity,
  AssignmentEntity,
  TaskEntity,
  RetiredTaskEntity,
  CompletionEntity,
  CommentEntity,
  CheckinEntity,
  MeasureResultEntity,
  AuditEventEntity,
  CoupleCoachChangeEntity,
  RateLimitEntity,
  OutboxMessageEntity,
  PasswordResetEntity,
  TwoFactorCredentialEntity,
  RecoveryCodeEntity,
  SignInChallengeEntity,
];
