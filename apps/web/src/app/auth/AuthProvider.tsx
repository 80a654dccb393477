import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useMemo, type ReactNode } from 'react';
import { logoutMutation, meQuery } from '../../features/auth/graphql/auth';
import { FullPageError, FullPageLoader } from '../../shared/components/PageStates';
import { AuthContext, type AuthState, type Viewer } from '../../shared/auth/auth-context';

/**
 * Who is signed in comes from the `me` query, kept in the Apollo cache like any other data.
 * Nothing is rendered until it is known, so no page ever flashes for the wrong person.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(meQuery);
  const [logout] = useMutation(logoutMutation);

  const signedIn = useCallback(
    (viewer: Viewer) => {
      // A new identity: forget every cached answer given to the previous one (root fields
      // other than `me`, then whatever is no longer reachable), so no page can show it.
      client.cache.batch({
        update(cache) {
          for (const id of ['ROOT_QUERY', 'ROOT_MUTATION']) {
            cache.modify({
              id,
              fields: (value, { fieldName, DELETE }) => (fieldName === 'me' ? value : DELETE),
            });
          }
          cache.writeQuery({ query: meQuery, data: { me: viewer } });
        },
      });
      client.cache.gc();
    },
    [client],
  );

  const signOut = useCallback(async () => {
    await logout();
    // A full page load guarantees no cached record of this person survives in memory.
    window.location.assign('/login');
  }, [logout]);

  const refresh = useCallback(async () => {
    await refetch();
  }, [refetch]);

  const value = useMemo<AuthState>(
    () => ({ viewer: data?.me ?? null, signedIn, signOut, refresh }),
    [data, signedIn, signOut, refresh],
  );

  if (loading && !data) return <FullPageLoader label="Opening Hearth" />;
  if (error && !data) {
    return (
      <FullPageError
        title="Hearth isn't reachable"
        message="We couldn't check whether you're signed in. Check your connection and try again."
        onRetry={() => void refetch()}
      />
    );
  }
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
