import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { AppError } from '../common/app-error';
import { graphqlContext } from '../graphql/graphql-context';
import type { Actor } from '../common/actor';

/**
 * The signed-in person for their own account's operations (two-factor set-up, sessions,
 * clinic switch, password), which stay open while the clinic requires two-factor and they
 * have not enrolled yet. Everything else uses CurrentActor, which refuses them.
 */
export const AccountActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const session = graphqlContext(ctx).session;
  if (!session) throw AppError.unauthenticated();
  return session.actor;
});
