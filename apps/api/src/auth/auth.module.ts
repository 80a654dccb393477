import { Module } from '@nestjs/common';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { MailModule } from '../mail/mail.module';
import { PasswordResetResolver } from './password-reset/password-reset.resolver';
import { PasswordResetService } from './password-reset/password-reset.service';
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
  PasswordResetResolver,
];

@Module({
  imports: [MailModule],
  providers: [
    PasswordResetService,
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
