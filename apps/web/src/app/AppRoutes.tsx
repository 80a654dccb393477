import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { FullPageLoader } from '../shared/components/PageStates';
import { PublicOnly, RequireAuth, RequireRole } from './auth/guards';
import { HomeRedirect } from './HomeRedirect';
import { NotFoundPage } from './NotFoundPage';

// Every page is its own chunk: someone signing in downloads the sign-in page and nothing
// of the coach's or the clinic's screens (nor @mantine/dates).
const SignInPage = lazy(() => import('../features/auth/pages/SignInPage'));
const AcceptInvitationPage = lazy(() => import('../features/auth/pages/AcceptInvitationPage'));
const AppLayout = lazy(() => import('./shell/AppLayout'));
const MaybeShellLayout = lazy(() => import('./shell/MaybeShellLayout'));
const MyCouplesPage = lazy(() => import('../features/coach/pages/MyCouplesPage'));
const ClinicPage = lazy(() => import('../features/clinic/pages/ClinicPage'));
const OurHomeworkPage = lazy(() => import('../features/client/pages/OurHomeworkPage'));

export function AppRoutes() {
  return (
    <Suspense fallback={<FullPageLoader label="Loading" />}>
      <Routes>
        <Route
          path="/login"
          element={
            <PublicOnly>
              <SignInPage />
            </PublicOnly>
          }
        />
        <Route path="/invite/:token" element={<AcceptInvitationPage />} />
        <Route
          element={
            <RequireAuth>
              <AppLayout />
            </RequireAuth>
          }
        >
          <Route index element={<HomeRedirect />} />
          <Route
            path="couples"
            element={
              <RequireRole role="COACH">
                <MyCouplesPage />
              </RequireRole>
            }
          />
          <Route
            path="clinic"
            element={
              <RequireRole role="CLINIC_ADMIN">
                <ClinicPage />
              </RequireRole>
            }
          />
          <Route
            path="home"
            element={
              <RequireRole role="CLIENT">
                <OurHomeworkPage />
              </RequireRole>
            }
          />
        </Route>
        <Route element={<MaybeShellLayout />}>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
