import type { ReactNode } from 'react';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import type { Role } from '../../gql/graphql';
import { NotFoundContent } from '../../shared/components/NotFoundPage';
import { hasRole, useAuth } from '../../shared/auth/auth-context';

/**
 * Only same-site paths are accepted as a return address, so a crafted
 * `/login?next=https://evil.example` can't send someone elsewhere after signing in.
 */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}

export const TWO_FACTOR_SETUP_PATH = '/account/two-factor-setup';

/**
 * Signed-out people go to the sign-in page, and come back here afterwards. Staff whose
 * clinic requires two-factor and who have none yet go to set it up first (the API refuses
 * everything else for them anyway).
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { viewer } = useAuth();
  const location = useLocation();
  if (!viewer) {
    const here = `${location.pathname}${location.search}${location.hash}`;
    const search = here === '/' ? '' : `?next=${encodeURIComponent(here)}`;
    return <Navigate to={`/login${search}`} replace />;
  }
  if (viewer.mustEnrolTwoFactor && location.pathname !== TWO_FACTOR_SETUP_PATH) {
    return <Navigate to={TWO_FACTOR_SETUP_PATH} replace />;
  }
  return <>{children}</>;
}

/** The sign-in page is for signed-out people; anyone else goes where they were heading. */
export function PublicOnly({ children }: { children: ReactNode }) {
  const { viewer } = useAuth();
  const [params] = useSearchParams();
  if (viewer) return <Navigate to={safeNextPath(params.get('next'))} replace />;
  return <>{children}</>;
}

/**
 * Pages of another role look like a missing page (the API enforces access anyway; this
 * only keeps people from landing on a screen full of errors).
 */
export function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const { viewer } = useAuth();
  if (!hasRole(viewer, role)) return <NotFoundContent />;
  return <>{children}</>;
}
