import { AUTH_RESOLVERS } from '../auth/auth.module';
import { ClinicsResolver } from '../clinics/clinics.resolver';
import { CouplesResolver } from '../couples/couples.resolver';
import { InvitationsResolver } from '../invitations/invitations.resolver';
import { ExercisesResolver } from '../exercises/exercises.resolver';
import { HOMEWORK_RESOLVERS } from '../homework/homework.resolver';
import { CheckinsResolver, CoupleCheckinsResolver } from '../checkins/checkins.resolver';
import { MeasuresResolver } from '../measures/measures.resolver';
import { FlagsResolver } from '../flags/flags.resolver';
import { DashboardResolver } from '../dashboard/dashboard.resolver';
import { ActivityResolver } from '../activity/activity.resolver';
import { CoachMovesResolver } from '../couples/coach-moves.resolver';

/**
 * Every resolver, for emitting schema.gql without a database. An integration test checks
 * that the running API's schema equals the committed file, so a resolver missing here fails.
 */
export const RESOLVERS = [
  ...AUTH_RESOLVERS,
  InvitationsResolver,
  ClinicsResolver,
  CouplesResolver,
  ExercisesResolver,
  ...HOMEWORK_RESOLVERS,
  CheckinsResolver,
  CoupleCheckinsResolver,
  MeasuresResolver,
  FlagsResolver,
  DashboardResolver,
  ActivityResolver,
  CoachMovesResolver,
];
