import { Anchor, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useNavigate } from 'react-router';
import { useAuth, useViewer } from '../../../shared/auth/auth-context';
import { Wordmark } from '../../../shared/components/Wordmark';
import { EnrolTwoFactor } from '../components/EnrolTwoFactor';

/**
 * Where staff land when their clinic requires two-factor and they have none: nothing else
 * opens until it is set up (the API refuses everything else too).
 */
export default function TwoFactorSetupPage() {
  useDocumentTitle('Set up two-factor sign-in · Hearth');
  const viewer = useViewer();
  const { signOut, refresh } = useAuth();
  const navigate = useNavigate();

  return (
    <Center mih="100dvh" px="md" py="xl">
      <Stack w="100%" maw={520} gap="lg">
        <Center>
          <Wordmark size="lg" />
        </Center>
        <Paper withBorder shadow="xs" p={{ base: 'lg', sm: 'xl' }}>
          <Stack gap="md">
            <div>
              <Title order={1} fz={24}>
                Set up two-factor sign-in
              </Title>
              <Text c="dimmed" size="sm" mt={4}>
                {viewer.clinic.name} asks coaches and admins to sign in with a code from their phone
                as well as a password. It takes about a minute.
              </Text>
            </div>
            <EnrolTwoFactor
              onDone={() => {
                void refresh().then(() => navigate('/', { replace: true }));
              }}
            />
          </Stack>
        </Paper>
        <Text ta="center" size="sm" c="dimmed">
          Not now?{' '}
          <Anchor component="button" type="button" size="sm" onClick={() => void signOut()}>
            Sign out
          </Anchor>
        </Text>
      </Stack>
    </Center>
  );
}
