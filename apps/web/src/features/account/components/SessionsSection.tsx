import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconDeviceDesktop,
  IconDeviceMobile,
  IconDeviceTablet,
  IconWorld,
} from '@tabler/icons-react';
import { ListSkeleton } from '../../../shared/components/PageStates';
import { QueryState } from '../../../shared/components/QueryState';
import { SectionCard } from '../../../shared/components/SectionCard';
import { errorMessage } from '../../../shared/errors';
import { formatDateTime } from '../../../shared/format';
import type { DeviceType, MySessionsQuery } from '../../../gql/graphql';
import {
  mySessionsQuery,
  revokeOtherSessionsMutation,
  revokeSessionMutation,
} from '../graphql/account';

type Session = MySessionsQuery['mySessions'][number];

const ICONS: Record<DeviceType, typeof IconWorld> = {
  DESKTOP: IconDeviceDesktop,
  MOBILE: IconDeviceMobile,
  TABLET: IconDeviceTablet,
  UNKNOWN: IconWorld,
};

function describe(s: Session): string {
  if (s.browser && s.os) return `${s.browser} on ${s.os}`;
  return s.browser ?? s.os ?? 'Unknown browser';
}

export function SessionsSection() {
  const query = useQuery(mySessionsQuery, { fetchPolicy: 'cache-and-network' });
  const { data, refetch } = query;
  const [revoke, revoking] = useMutation(revokeSessionMutation);
  const [revokeOthers, revokingOthers] = useMutation(revokeOtherSessionsMutation);
  const sessions = data?.mySessions ?? [];
  const others = sessions.filter((s) => !s.current);

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      await refetch();
      notifications.show({ color: 'hearth', message: done });
    } catch (err) {
      notifications.show({ color: 'red', title: "Couldn't sign out", message: errorMessage(err) });
    }
  };

  return (
    <SectionCard
      id="sessions"
      title="Your sessions"
      description="Browsers where you are signed in. Sign out any you don't recognise."
      actions={
        others.length > 0 && (
          <Button
            variant="light"
            color="red"
            size="xs"
            loading={revokingOthers.loading}
            onClick={() => void run(() => revokeOthers(), 'Signed out everywhere else.')}
          >
            Sign out all other sessions
          </Button>
        )
      }
    >
      <QueryState query={query} loader={<ListSkeleton rows={2} height={64} />}>
        {() => (
          <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {sessions.map((s) => {
              const Icon = ICONS[s.deviceType];
              return (
                <Paper component="li" key={s.id} withBorder p="sm" data-testid="session-row">
                  <Group justify="space-between" wrap="nowrap" gap="sm">
                    <Group gap="sm" wrap="nowrap" miw={0}>
                      <ThemeIcon variant="light" color="gray" size="lg" aria-hidden>
                        <Icon size={20} />
                      </ThemeIcon>
                      <Stack gap={0} miw={0}>
                        <Group gap="xs">
                          <Text fw={500} size="sm">
                            {describe(s)}
                          </Text>
                          {s.current && (
                            <Badge size="sm" variant="light" color="hearth">
                              This device
                            </Badge>
                          )}
                        </Group>
                        <Text size="xs" c="dimmed">
                          Signed in {formatDateTime(s.signedInAt)} · last active{' '}
                          {formatDateTime(s.lastSeenAt)}
                        </Text>
                      </Stack>
                    </Group>
                    {!s.current && (
                      <Button
                        variant="default"
                        size="xs"
                        loading={revoking.loading && revoking.called}
                        aria-label={`Sign out ${describe(s)}`}
                        style={{ flex: 'none' }}
                        onClick={() =>
                          void run(() => revoke({ variables: { id: s.id } }), 'Session signed out.')
                        }
                      >
                        Sign out
                      </Button>
                    )}
                  </Group>
                </Paper>
              );
            })}
            {others.length === 0 && (
              <Text size="sm" c="dimmed">
                You aren't signed in anywhere else.
              </Text>
            )}
          </Stack>
        )}
      </QueryState>
    </SectionCard>
  );
}
