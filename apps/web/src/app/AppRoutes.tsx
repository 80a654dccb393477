import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { FullPageLoader } from '../shared/components/PageStates';
import { PublicOnly, RequireAuth, RequireRole } from './auth/guards';
import { HomeRedirect } from './HomeRedirect';
import { NotFoundPage } from '../shared/components/NotFoundPage';

// Every page is its own chunk: someone signing in downloads the sign-in page and nothing
// of the coach's or the clinic's screens (nor @mantine/dates).
const SignInPage = lazy(() => import('../features/auth/pages/SignInPage'));
const AcceptInvitationPage = lazy(() => import('../features/auth/pages/AcceptInvitationPage'));
const ForgotPasswordPage = lazy(() => import('../features/auth/pages/ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('../features/auth/pages/ResetPasswordPage'));
const AppLayout = lazy(() => import('./shell/AppLayout'));
const MaybeShellLayout = lazy(() => import('./shell/MaybeShellLayout'));
const MyCouplesPage = lazy(() => import('../features/coach/pages/MyCouplesPage'));
const CouplePage = lazy(() => import('../features/coach/pages/CouplePage'));
const CatalogueRoute = lazy(() => import('./routes/CatalogueRoute'));
const ClinicPage = lazy(() => import('../features/clinic/pages/ClinicPage'));
const ProgressPage = lazy(() => import('../features/dashboard/pages/ProgressPage'));
const OurHomeworkPage = lazy(() => import('../features/client/pages/OurHomeworkPage'));
const TaskPage = lazy(() => import('../features/client/pages/TaskPage'));
const CheckinPage = lazy(() => import('../features/client/pages/CheckinPage'));
const Csi4Page = lazy(() => import('../features/client/pages/Csi4Page'));
const HistoryPage = lazy(() => import('../features/client/pages/HistoryPage'));
const EntryReadersPage = lazy(() => import('../features/client/pages/EntryReadersPage'));
const ActivityPage = lazy(() => import('../features/activity/pages/ActivityPage'));
const AccountSecurityPage = lazy(() => import('../features/account/pages/AccountSecurityPage'));
const TwoFactorSetupPage = lazy(() => import('../features/account/pages/TwoFactorSetupPage'));

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
          path="/forgot-password"
          element={
            <PublicOnly>
              <ForgotPasswordPage />
            </PublicOnly>
          }
        />
        <Route path="/reset-password/:token" element={<ResetPasswordPage />} />
        <Route
          path="/account/two-factor-setup"
          element={
            <RequireAuth>
              <TwoFactorSetupPage />
            </RequireAuth>
          }
        />
        <Route
          element={
            <RequireAuth>
              <AppLayout />
            </RequireAuth>
          }
        >
          <Route index element={<HomeRedirect />} />
          <Route path="account/security" element={<AccountSecurityPage />} />
          <Route
            path="couples"
            element={
              <RequireRole role="COACH">
                <MyCouplesPage />
              </RequireRole>
            }
          />
          <Route
            path="couples/:coupleId/:tab?"
            element={
              <RequireRole role="COACH">
                <CouplePage />
              </RequireRole>
            }
          />
          <Route
            path="catalogue"
            element={
              <RequireRole role="COACH">
                <CatalogueRoute />
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
            path="clinic/progress"
            element={
              <RequireRole role="CLINIC_ADMIN">
                <ProgressPage />
              </RequireRole>
            }
          />
          <Route
            path="clinic/activity"
            element={
              <RequireRole role="CLINIC_ADMIN">
                <ActivityPage />
              </RequireRole>
            }
          />
          <Route
            path="home/readers"
            element={
              <RequireRole role="CLIENT">
                <EntryReadersPage />
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
          <Route
            path="home/tasks/:taskId"
            element={
              <RequireRole role="CLIENT">
                <TaskPage />
              </RequireRole>
            }
          />
          <Route
            path="home/check-in"
            element={
              <RequireRole role="CLIENT">
                <CheckinPage />
              </RequireRole>
            }
          />
          <Route
            path="home/csi4"
            element={
              <RequireRole role="CLIENT">
                <Csi4Page />
              </RequireRole>
            }
          />
          <Route
            path="home/history"
            element={
              <RequireRole role="CLIENT">
                <HistoryPage />
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
