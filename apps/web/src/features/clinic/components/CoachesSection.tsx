import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useViewer } from '../../../shared/auth/auth-context';
import type { ClinicCoachesQuery, InvitationLinkFieldsFragment } from '../../../gql/graphql';
import { ListSkeleton } from '../../../shared/components/PageStates';
import { QueryState, RefreshErrorAlert } from '../../../shared/components/QueryState';
import { SectionCard } from '../../../shared/components/SectionCard';
import { MemberStatusBadge } from '../../../shared/components/StatusBadge';
import { errorMessage } from '../../../shared/errors';
import { plural } from '../../../shared/format';
import { InvitationLinkModal } from '../../../shared/couples/components/InvitationLinkModal';
import { clinicCoachesQuery, inviteCoachMutation } from '../graphql/clinic';
import { DeactivateCoachModal, type CoachToDeactivate } from './DeactivateCoachModal';
import { InviteCoachModal } from './InviteCoachModal';

type Coach = ClinicCoachesQuery['clinicCoaches'][number];

export function CoachesSection() {
  const viewer = useViewer();
  const query = useQuery(clinicCoachesQuery, { fetchPolicy: 'cache-and-network' });
  const { data } = query;
  const [inviting, { open: openInvite, close: closeInvite }] = useDisclosure(false);
  const [toDeactivate, setToDeactivate] = useState<CoachToDeactivate | null>(null);

  const coaches = data?.clinicCoaches ?? [];
  let body;
  if (coaches.length === 0)
    body = (
      <Text c="dimmed" size="sm">
        No coaches yet. Invite the first one: they will add couples and assign homework.
      </Text>
    );
  else
    body = (
      <Table.ScrollContainer minWidth={520} type="native">
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Coach</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Caseload</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {coaches.map((coach) => (
              <Table.Tr key={coach.id} data-testid="coach-row">
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {coach.displayName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {coach.email}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <MemberStatusBadge status={coach.status} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{plural(coach.activeCouples, 'couple')}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    {coach.status !== 'ACTIVE' && <ReinviteButton coach={coach} />}
                    {coach.status !== 'DEACTIVATED' && coach.email !== viewer.email && (
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="gray"
                        onClick={() => setToDeactivate(coach)}
                        aria-label={`Deactivate ${coach.displayName}`}
                      >
                        Deactivate
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <SectionCard
      id="coaches"
      title="Coaches"
      description="Who works with couples here, and how many each coaches."
      actions={
        <Button
          size="xs"
          variant="light"
          leftSection={<IconUserPlus size={14} aria-hidden />}
          onClick={openInvite}
        >
          Invite coach
        </Button>
      }
    >
      <Stack gap="sm">
        <RefreshErrorAlert query={query} />
        <QueryState
          query={query}
          errorTitle="Coaches didn't load"
          loader={<ListSkeleton rows={2} />}
        >
          {() => body}
        </QueryState>
      </Stack>
      <InviteCoachModal opened={inviting} onClose={closeInvite} />
      <DeactivateCoachModal coach={toDeactivate} onClose={() => setToDeactivate(null)} />
    </SectionCard>
  );
}

/** A fresh link for a coach who hasn't joined (or was deactivated and is coming back). */
function ReinviteButton({ coach }: { coach: Coach }) {
  const [invite, { loading }] = useMutation(inviteCoachMutation, {
    refetchQueries: [clinicCoachesQuery],
  });
  const [link, setLink] = useState<InvitationLinkFieldsFragment | null>(null);
  const label = coach.status === 'DEACTIVATED' ? 'Invite again' : 'New invite link';

  const onClick = async () => {
    try {
      const { data } = await invite({
        variables: { input: { displayName: coach.displayName, email: coach.email } },
      });
      if (data) setLink(data.inviteCoach);
    } catch (error) {
      notifications.show({ color: 'red', title: 'No new link', message: errorMessage(error) });
    }
  };

  return (
    <>
      <Button
        size="compact-sm"
        variant="subtle"
        loading={loading}
        onClick={() => void onClick()}
        aria-label={`${label} for ${coach.displayName}`}
      >
        {label}
      </Button>
      <InvitationLinkModal
        link={link}
        title={`Invitation for ${coach.displayName}`}
        note={`Send this link to ${coach.displayName}. Any earlier link no longer works.`}
        onClose={() => setLink(null)}
      />
    </>
  );
}
