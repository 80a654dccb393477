import { Module } from '@nestjs/common';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { SessionsResolver } from './sessions/sessions.resolver';
import { SessionsService } from './sessions/sessions.service';
import { SignInThrottle } from './sign-in-throttle.service';
import { ClinicTwoFactorService } from './two-factor/clinic-two-factor.service';
import { ClinicTwoFactorResolver, TwoFactorResolver } from './two-factor/two-factor.resolver';
import { TwoFactorService } from './two-factor/two-factor.service';

/** Sign-in (with throttling and two-factor), sessions, clinic switch. */
export const AUTH_RESOLVERS = [
  AuthResolver,
  SessionsResolver,
  TwoFactorResolver,
  ClinicTwoFactorResolver,
];

@Module({
  providers: [
    AuthService,
    SignInThrottle,
    TwoFactorService,
    SessionsService,
    ClinicTwoFactorService,
    ...AUTH_RESOLVERS,
  ],
  exports: [AuthService],
})
export class AuthModule {}
