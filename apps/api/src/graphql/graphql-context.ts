import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import type { Actor } from '../common/actor';
import type { SessionState } from '../common/actor';
import { AppError } from '../common/app-error';
import type { RequestLoaders } from './loaders';

export interface GraphqlContext {
  req: Request;
  res: Response;
  /**
   * Null when the request carries no valid session, or when its person must enrol in
   * two-factor first (then `session` is set, for the account pages).
   */
  actor: Actor | null;
  session: SessionState | null;
  loaders: RequestLoaders;
}

export function graphqlContext(ctx: ExecutionContext): GraphqlContext {
  return GqlExecutionContext.create(ctx).getContext<GraphqlContext>();
}

/**
 * The caller of a resolver that needs one. Throws UNAUTHENTICATED when no session was
 * established: a resolver can never run "without a clinic" by accident.
 */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const { actor, session } = graphqlContext(ctx);
  if (actor) return actor;
  if (session?.mustEnrolTwoFactor) throw AppError.twoFactorEnrolmentRequired();
  throw AppError.unauthenticated();
});

/** The request context itself, for resolvers that set cookies or use loaders. */
export const Ctx = createParamDecorator((_: unknown, ctx: ExecutionContext): GraphqlContext =>
  graphqlContext(ctx),
);
