import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { Ctx, type GraphqlContext } from '../../graphql/graphql-context';
import { AccountActor } from '../account-actor';
import type { Actor } from '../../common/actor';
import { AuthService } from '../auth.service';
import { SessionIdArgs, SwitchClinicArgs } from '../dto/login.args';
import { AppError } from '../../common/app-error';
import { clearSessionCookie, readSessionToken } from '../session-cookie';
import { ViewerModel } from '../viewer.model';
import { AccountSessionModel, type DeviceTypeEnum } from './account-session.model';
import { SessionsService } from './sessions.service';

@Resolver()
export class SessionsResolver {
  constructor(
    private readonly sessions: SessionsService,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => [AccountSessionModel], {
    description: 'Your signed-in browsers, this one first.',
  })
  async mySessions(@AccountActor() actor: Actor): Promise<AccountSessionModel[]> {
    return (await this.sessions.list(actor)).map((s) => ({
      ...s,
      deviceType: s.deviceType as DeviceTypeEnum,
    }));
  }

  @Mutation(() => Boolean, {
    description: 'Signs one of your sessions out. NOT_FOUND for any other id.',
  })
  async revokeSession(
    @Args() args: SessionIdArgs,
    @AccountActor() actor: Actor,
    @Ctx() ctx: GraphqlContext,
  ): Promise<boolean> {
    await this.sessions.revoke(actor, args.id);
    if (args.id === actor.sessionId) clearSessionCookie(ctx.res, this.config.env === 'production');
    return true;
  }

  @Mutation(() => Int, { description: 'Signs all your other sessions out; how many were ended.' })
  revokeOtherSessions(@AccountActor() actor: Actor): Promise<number> {
    return this.sessions.revokeOthers(actor);
  }

  @Mutation(() => ViewerModel, {
    description:
      'Moves this session to another clinic you are an active member of. NOT_FOUND otherwise.',
  })
  async switchClinic(
    @Args() args: SwitchClinicArgs,
    @AccountActor() actor: Actor,
    @Ctx() ctx: GraphqlContext,
  ): Promise<ViewerModel> {
    await this.sessions.switchClinic(actor, args.clinicId);
    // The request's context still describes the old clinic: read the session afresh.
    const token = readSessionToken(ctx.req);
    if (!token) throw AppError.unauthenticated();
    return this.auth.viewerForToken(token);
  }
}
