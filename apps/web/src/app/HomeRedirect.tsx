import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { Navigate } from 'react-router';
import { homePath, useAuth } from '../shared/auth/auth-context';

/** `/` is role-aware: coaches land on their couples, admins on the clinic, clients on homework. */
export function HomeRedirect() {
  const { viewer, signOut } = useAuth();
  const path = viewer ? homePath(viewer) : '/login';
  if (path) return <Navigate to={path} replace />;
  return (
    <Center py="xl">
      <Stack align="center" gap="sm" maw={420} ta="center">
        <Title order={1} fz={24}>
          Nothing to show yet
        </Title>
        <Text c="dimmed">
          Your account has no role in this clinic any more. If you think that is a mistake, ask your
          clinic.
        </Text>
        <Button variant="light" onClick={() => void signOut()}>
          Sign out
        </Button>
      </Stack>
    </Center>
  );
}
