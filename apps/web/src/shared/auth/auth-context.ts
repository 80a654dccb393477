import { createContext, useContext } from 'react';
import type { MeQuery, Role } from '../../gql/graphql';

export type Viewer = NonNullable<MeQuery['me']>;

export interface AuthState {
  /** The signed-in person, or null when signed out. */
  viewer: Viewer | null;
  /** Replaces the viewer after a sign-in or an accepted invitation (a new identity). */
  signedIn: (viewer: Viewer) => void;
  /** Ends the session and forgets everything cached for this person. */
  signOut: () => Promise<void>;
  /** Reads the viewer again (e.g. after two-factor was set up). */
  refresh: () => Promise<void>;
}

export const AuthContext = createContext<AuthState | null>(null);

export function useAuth(): AuthState {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth must be used inside <AuthProvider>.');
  return auth;
}

/** The signed-in viewer; for components that only render behind <RequireAuth>. */
export function useViewer(): Viewer {
  const { viewer } = useAuth();
  if (!viewer) throw new Error('useViewer must be used behind <RequireAuth>.');
  return viewer;
}

export function hasRole(viewer: Viewer | null, role: Role): boolean {
  return viewer?.roles.includes(role) ?? false;
}

/**
 * Where a person lands at `/`: their day-to-day page. Someone who is both coach and admin
 * starts with their couples (the daily work) and switches to the clinic in the header.
 */
export function homePath(viewer: Viewer): string | null {
  if (hasRole(viewer, 'COACH')) return '/couples';
  if (hasRole(viewer, 'CLINIC_ADMIN')) return '/clinic';
  if (hasRole(viewer, 'CLIENT')) return '/home';
  return null;
}
