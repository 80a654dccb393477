import { Logger } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { AppError, type AppErrorCode } from './app-error';
import { forLog } from './text';

const logger = new Logger('GraphQL');

function isInvalidUuidError(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error as Error & { code?: string }).code === '22P02' &&
    /type uuid/.test(error.message)
  );
}

/** Deadlock, serialization failure, foreign key or unique violation: a lost race. */
const RACE_STATES = new Set(['40P01', '40001', '23503', '23505']);

function raceState(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && RACE_STATES.has(code) ? code : null;
}

/**
 * An error as one log entry: its message (which may quote client input) with control
 * characters escaped, then the stack frames, so input can never forge or garble log lines.
 */
function describeForLog(error: unknown): string {
  if (!(error instanceof Error)) return forLog(String(error));
  const stack = error.stack ?? '';
  const frames = stack.indexOf('\n    at ');
  return `${error.name}: ${forLog(error.message)}${frames >= 0 ? stack.slice(frames) : ''}`;
}

function extensionsFor(error: AppError): Record<string, unknown> {
  const code: AppErrorCode = error.code;
  // Exhaustive: adding a code without deciding how clients see it fails to compile.
  switch (code) {
    case 'BAD_USER_INPUT':
      return { code, fields: error.fields };
    case 'CONFLICT':
      return { code, ...error.details };
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
    case 'NOT_FOUND':
    case 'TWO_FACTOR_ENROLMENT_REQUIRED':
      return { code };
    default: {
      const unreachable: never = code;
      return { code: unreachable };
    }
  }
}

/**
 * Maps every error leaving the API. Domain errors keep their code and message; GraphQL's
 * own validation errors pass through; anything else is logged here and reaches the client
 * as a generic INTERNAL_SERVER_ERROR, never with a stack trace outside development.
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
  development: boolean,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) {
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: extensionsFor(original),
    };
  }
  const code = formatted.extensions?.code;
  if (
    code === 'GRAPHQL_VALIDATION_FAILED' ||
    code === 'GRAPHQL_PARSE_FAILED' ||
    code === 'BAD_USER_INPUT' ||
    code === 'BAD_REQUEST' ||
    code === 'PERSISTED_QUERY_NOT_FOUND' ||
    code === 'OPERATION_RESOLUTION_FAILURE'
  ) {
    return development
      ? formatted
      : { message: formatted.message, locations: formatted.locations, extensions: { code } };
  }
  // Defence in depth: a malformed id that reached SQL names nothing (not found == not
  // allowed), rather than being a server error. Services check ids with isUuid first.
  if (isInvalidUuidError(original)) {
    return { message: 'Not found.', path: formatted.path, extensions: { code: 'NOT_FOUND' } };
  }
  // Defence in depth for races the locking discipline (database/transaction.ts) did not
  // foresee: a deadlock, a serialization failure, or a row removed by a concurrent request
  // rolled the write back, so "nothing was saved, try again" is the truth.
  const state = raceState(original);
  if (state) {
    logger.warn(
      `A concurrent write was rolled back (SQLSTATE ${state}): ${describeForLog(original)}`,
    );
    return {
      message:
        'This changed at the same moment somewhere else, so nothing was saved. Please reload and try again.',
      path: formatted.path,
      extensions: { code: 'CONFLICT' },
    };
  }
  logger.error(describeForLog(original));
  return {
    message: 'Something went wrong on our side. Please try again.',
    path: formatted.path,
    extensions: development
      ? { ...formatted.extensions, code: 'INTERNAL_SERVER_ERROR' }
      : { code: 'INTERNAL_SERVER_ERROR' },
  };
}
