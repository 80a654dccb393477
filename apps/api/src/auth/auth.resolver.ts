import { Inject } from '@nestjs/common';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { Ctx, type GraphqlContext } from '../graphql/graphql-context';
import { AccountActor } from './account-actor';
import type { Actor } from '../common/actor';
import { AuthService, type ClientInfo, type SignInOutcome } from './auth.service';
import { ChangePasswordArgs, LoginArgs, TwoFactorSignInArgs } from './dto/login.args';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { SessionsService } from './sessions/sessions.service';
import { TwoFactorService } from './two-factor/two-factor.service';
import {
  ClinicChoiceModel,
  SignInResultModel,
  TwoFactorStatusModel,
  ViewerModel,
} from './viewer.model';

@Resolver(() => ViewerModel)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly twoFactorService: TwoFactorService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => ViewerModel, {
    nullable: true,
    description: 'The signed-in person; null when signed out.',
  })
  async me(@Ctx() ctx: GraphqlContext): Promise<ViewerModel | null> {
    return ctx.session ? this.auth.viewer(ctx.session.actor, ctx.session.mustEnrolTwoFactor) : null;
  }

  @Mutation(() => SignInResultModel, {
    description:
      'The password step. Signs in and sets the session cookie, or, with two-factor on, ' +
      'returns a challenge for completeTwoFactorSignIn (no cookie yet).',
  })
  async login(@Args() args: LoginArgs, @Ctx() ctx: GraphqlContext): Promise<SignInResultModel> {
    return this.answer(await this.auth.login(args.email, args.password, clientOf(ctx)), ctx);
  }

  @Mutation(() => ViewerModel, {
    description: 'The code step: a code from the app or a recovery code. Sets the cookie.',
  })
  async completeTwoFactorSignIn(
    @Args() args: TwoFactorSignInArgs,
    @Ctx() ctx: GraphqlContext,
  ): Promise<ViewerModel> {
    const outcome = await this.auth.completeTwoFactor(args.challenge, args.code, clientOf(ctx));
    const { viewer } = await this.answer(outcome, ctx);
    if (!viewer) throw new Error('The code step must end in a session.');
    return viewer;
  }

  @Mutation(() => Boolean, { description: 'Ends this session. True even when already signed out.' })
  async logout(@Ctx() ctx: GraphqlContext): Promise<boolean> {
    if (ctx.session) await this.auth.logout(ctx.session.actor);
    clearSessionCookie(ctx.res, this.config.env === 'production');
    return true;
  }

  @Mutation(() => Boolean, { description: 'Changes the password and ends all other sessions.' })
  async changePassword(
    @Args() args: ChangePasswordArgs,
    @AccountActor() actor: Actor,
  ): Promise<boolean> {
    await this.auth.changePassword(actor, args.currentPassword, args.newPassword);
    return true;
  }

  @ResolveField(() => [ClinicChoiceModel], {
    description: 'Clinics the person may switch to (switchClinic); this one is `current`.',
  })
  clinics(@Parent() viewer: ViewerModel): Promise<ClinicChoiceModel[]> {
    // From the parent, not the request's session: at sign-in the cookie is only being set.
    return this.sessions.clinics(viewer.id, viewer.clinic.id);
  }

  @ResolveField(() => TwoFactorStatusModel)
  twoFactor(@Parent() viewer: ViewerModel): Promise<TwoFactorStatusModel> {
    return this.twoFactorService.status(viewer.id);
  }

  private async answer(outcome: SignInOutcome, ctx: GraphqlContext): Promise<SignInResultModel> {
    if (outcome.kind === 'TWO_FACTOR') {
      return {
        viewer: null,
        twoFactor: { token: outcome.challenge, expiresAt: outcome.expiresAt },
      };
    }
    setSessionCookie(ctx.res, outcome.token, outcome.expiresAt, this.config.env === 'production');
    return { viewer: await this.auth.viewerForToken(outcome.token), twoFactor: null };
  }
}

function clientOf(ctx: GraphqlContext): ClientInfo {
  return { ip: ctx.req.ip, userAgent: ctx.req.get('user-agent') };
}
