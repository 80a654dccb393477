import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useViewer } from '../../../shared/auth/auth-context';
import { QueryState } from '../../../shared/components/QueryState';
import { SectionCard } from '../../../shared/components/SectionCard';
import { plural } from '../../../shared/format';
import {
  disableTwoFactorMutation,
  regenerateRecoveryCodesMutation,
  twoFactorStatusQuery,
} from '../graphql/account';
import { EnrolTwoFactor } from './EnrolTwoFactor';
import { ReauthModal } from './ReauthModal';
import { RecoveryCodes } from './RecoveryCodes';

export function TwoFactorSection() {
  const viewer = useViewer();
  const query = useQuery(twoFactorStatusQuery);
  const { data, refetch } = query;
  const [disable] = useMutation(disableTwoFactorMutation);
  const [regenerate] = useMutation(regenerateRecoveryCodesMutation);
  const [asking, setAsking] = useState<'disable' | 'regenerate' | null>(null);
  const [freshCodes, setFreshCodes] = useState<string[] | null>(null);
  const status = data?.me?.twoFactor;
  const required = viewer.clinic.requireTwoFactor;

  return (
    <SectionCard
      id="two-factor"
      title="Two-factor sign-in"
      description="A code from your phone as well as your password, so a guessed or leaked password is not enough."
      actions={
        status && (
          <Badge color={status.enabled ? 'hearth' : 'gray'} variant="light">
            {status.enabled ? 'On' : 'Off'}
          </Badge>
        )
      }
    >
      <QueryState
        query={query}
        loader={<Skeleton height={72} aria-label="Loading two-factor status" />}
      >
        {() =>
          freshCodes ? (
            <RecoveryCodes codes={freshCodes} onDone={() => setFreshCodes(null)} />
          ) : status?.enabled ? (
            <Stack gap="md">
              <Text size="sm">
                Signing in asks for a code from your authenticator app.{' '}
                {plural(status.recoveryCodesLeft, 'recovery code')} left.
              </Text>
              <Group gap="sm">
                <Button variant="light" onClick={() => setAsking('regenerate')}>
                  New recovery codes
                </Button>
                <Button
                  variant="subtle"
                  color="red"
                  disabled={required}
                  onClick={() => setAsking('disable')}
                >
                  Turn off
                </Button>
              </Group>
              {required && (
                <Text size="xs" c="dimmed">
                  {viewer.clinic.name} requires two-factor sign-in for coaches and admins.
                </Text>
              )}
            </Stack>
          ) : (
            <EnrolTwoFactor
              onDone={() => undefined}
              onConfirmed={(codes) => {
                setFreshCodes(codes);
                void refetch();
                notifications.show({ color: 'hearth', message: 'Two-factor sign-in is on.' });
              }}
            />
          )
        }
      </QueryState>
      <ReauthModal
        opened={asking === 'regenerate'}
        title="New recovery codes"
        description="Your current recovery codes will stop working."
        confirmLabel="Make new codes"
        onClose={() => setAsking(null)}
        onConfirm={async (password) => {
          const res = await regenerate({ variables: { password } });
          setAsking(null);
          if (res.data) setFreshCodes(res.data.regenerateRecoveryCodes.codes);
          void refetch();
        }}
      />
      <ReauthModal
        opened={asking === 'disable'}
        title="Turn off two-factor sign-in?"
        description="Signing in will need only your password again, and your recovery codes will stop working."
        confirmLabel="Turn off"
        danger
        onClose={() => setAsking(null)}
        onConfirm={async (password) => {
          await disable({ variables: { password } });
          setAsking(null);
          void refetch();
          notifications.show({ message: 'Two-factor sign-in is off.' });
        }}
      />
    </SectionCard>
  );
}
