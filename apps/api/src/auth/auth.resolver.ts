import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { CurrentActor, Ctx, type GraphqlContext } from '../graphql/graphql-context';
import type { Actor } from './actor';
import { AuthService } from './auth.service';
import { ChangePasswordArgs, LoginArgs } from './dto/login.args';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { ViewerModel } from './viewer.model';

@Resolver(() => ViewerModel)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => ViewerModel, {
    nullable: true,
    description: 'The signed-in person; null when signed out.',
  })
  async me(@Ctx() ctx: GraphqlContext): Promise<ViewerModel | null> {
    return ctx.actor ? this.auth.viewer(ctx.actor) : null;
  }

  @Mutation(() => ViewerModel, { description: 'Signs in and sets the session cookie.' })
  async login(@Args() args: LoginArgs, @Ctx() ctx: GraphqlContext): Promise<ViewerModel> {
    const { token, expiresAt } = await this.auth.login(args.email, args.password);
    setSessionCookie(ctx.res, token, expiresAt, this.config.env === 'production');
    const actor = await this.auth.actorFromToken(token);
    if (!actor) throw new Error('A session just created could not be read back.');
    return this.auth.viewer(actor);
  }

  @Mutation(() => Boolean, { description: 'Ends this session. True even when already signed out.' })
  async logout(@Ctx() ctx: GraphqlContext): Promise<boolean> {
    if (ctx.actor) await this.auth.logout(ctx.actor);
    clearSessionCookie(ctx.res, this.config.env === 'production');
    return true;
  }

  @Mutation(() => Boolean, { description: 'Changes the password and ends all other sessions.' })
  async changePassword(
    @Args() args: ChangePasswordArgs,
    @CurrentActor() actor: Actor,
  ): Promise<boolean> {
    await this.auth.changePassword(actor, args.currentPassword, args.newPassword);
    return true;
  }
}
