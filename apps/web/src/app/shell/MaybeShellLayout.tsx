import { Outlet } from 'react-router';
import { useAuth } from '../../shared/auth/auth-context';
import AppLayout from './AppLayout';

/** Pages open to everyone (the 404): inside the shell for a signed-in person, bare otherwise. */
export default function MaybeShellLayout() {
  const { viewer } = useAuth();
  return viewer ? <AppLayout /> : <Outlet />;
}
