import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { AuthService } from '../auth/auth.service';
import { setSessionCookie } from '../auth/session-cookie';
import { ViewerModel } from '../auth/viewer.model';
import { Ctx, type GraphqlContext } from '../graphql/graphql-context';
import { AcceptInvitationArgs } from './dto/accept-invitation.args';
import { InvitationPreviewModel } from './invitation.model';
import { InvitationsService } from './invitations.service';

@Resolver()
export class InvitationsResolver {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => InvitationPreviewModel, {
    nullable: true,
    description: 'An open invitation by its token; null when invalid, used or expired.',
  })
  invitation(@Args('token') token: string): Promise<InvitationPreviewModel | null> {
    return this.invitations.preview(token);
  }

  @Mutation(() => ViewerModel, { description: 'Accepts an invitation and signs in.' })
  async acceptInvitation(
    @Args() args: AcceptInvitationArgs,
    @Ctx() ctx: GraphqlContext,
  ): Promise<ViewerModel> {
    const session = await this.invitations.accept(args.token, args.password, args.displayName);
    setSessionCookie(ctx.res, session.token, session.expiresAt, this.config.env === 'production');
    return this.auth.viewerForToken(session.token);
  }
}
