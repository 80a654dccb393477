import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { RetryLink } from '@apollo/client/link/retry';
import { announceRetry } from '../shared/retry-notices';

/**
 * Mutations the API makes idempotent (an upsert keyed by task, or by partner and day), so
 * sending one again after a dropped connection can never record something twice. Only these
 * are retried: repeating any other mutation blindly could act twice.
 */
export const RETRYABLE_MUTATIONS: ReadonlySet<string> = new Set([
  'CompleteTask',
  'FileCheckin',
  'FileCsi4',
]);

/** About a minute of trying (1 s, 2 s, 4 s, 8 s, then every 15 s) before giving up. */
const MAX_ATTEMPTS = 7;

/**
 * Network trouble, not an answer: no response at all, or a gateway/server error while the
 * API restarts. A GraphQL error (bad input, not allowed) is an answer and is never retried.
 */
function isTransient(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return false;
  if (ServerError.is(error)) return error.statusCode >= 500;
  return true;
}

export const retryLink = new RetryLink({
  delay: { initial: 1000, max: 15_000, jitter: true },
  attempts: (attempt, operation, error) => {
    const name = operation.operationName ?? '';
    if (!RETRYABLE_MUTATIONS.has(name) || !isTransient(error)) return false;
    const willRetry = attempt < MAX_ATTEMPTS;
    announceRetry({ operationName: name, attempt, willRetry });
    return willRetry;
  },
});
