import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { meQuery } from '../features/auth/graphql/auth';
import { retryLink } from './apollo-retry';

/** Operations where UNAUTHENTICATED is an answer to show, not a lost session. */
const SIGN_IN_OPERATIONS = new Set(['Login', 'CompleteTwoFactorSignIn', 'AcceptInvitation', 'Me']);

/**
 * When a session ends under us (expired, signed out elsewhere, coach deactivated), the API
 * answers UNAUTHENTICATED. Marking the viewer as signed out makes the router send the
 * person to the sign-in page, and back to where they were afterwards.
 */
const sessionLink = new ErrorLink(({ error, operation }) => {
  if (
    CombinedGraphQLErrors.is(error) &&
    !SIGN_IN_OPERATIONS.has(operation.operationName ?? '') &&
    error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')
  ) {
    operation.client.writeQuery({ query: meQuery, data: { me: null } });
  }
  // The clinic began requiring two-factor mid-session: reading `me` again makes the router
  // send the person to set it up.
  if (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.['code'] === 'TWO_FACTOR_ENROLMENT_REQUIRED')
  ) {
    void operation.client.query({ query: meQuery, fetchPolicy: 'network-only' });
  }
});

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    // Same origin: the session lives in an httpOnly cookie that the browser sends itself.
    // The retry link sits after the session link, so only the final outcome is judged there.
    link: ApolloLink.from([
      sessionLink,
      retryLink,
      new HttpLink({ uri: '/graphql', credentials: 'include' }),
    ]),
    cache: new InMemoryCache(),
  });
}
