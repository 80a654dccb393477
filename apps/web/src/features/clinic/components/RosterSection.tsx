import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Select, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type {
  ClinicCoachesQuery,
  ClinicRosterQuery,
  CoupleStatus,
  UpdateRosterCoupleInput,
} from '../../../gql/graphql';
import { ListSkeleton } from '../../../shared/components/PageStates';
import { QueryState, RefreshErrorAlert } from '../../../shared/components/QueryState';
import { SectionCard } from '../../../shared/components/SectionCard';
import { COUPLE_STATUS_LABELS } from '../../../shared/components/StatusBadge';
import { errorMessage } from '../../../shared/errors';
import { formatDate } from '../../../shared/format';
import {
  AddCoupleModal,
  type CoachOption,
} from '../../../shared/couples/components/AddCoupleModal';
import { PartnerLine } from '../../../shared/couples/components/PartnerLine';
import { ReassignCoupleModal, type Reassignment } from './ReassignCoupleModal';
import {
  clinicCoachesQuery,
  clinicRosterQuery,
  updateRosterCoupleMutation,
} from '../graphql/clinic';

type RosterCouple = ClinicRosterQuery['clinicRoster'][number];

const STATUS_OPTIONS = (['ACTIVE', 'PAUSED', 'CLOSED'] as const).map((s) => ({
  value: s,
  label: COUPLE_STATUS_LABELS[s],
}));

/** Names, coach and status of every couple: what an admin may see (no entries, no notes). */
export function RosterSection({ coaches }: { coaches: ClinicCoachesQuery['clinicCoaches'] }) {
  const query = useQuery(clinicRosterQuery, { fetchPolicy: 'cache-and-network' });
  const { data } = query;
  const [adding, { open: openAdd, close: closeAdd }] = useDisclosure(false);
  const [reassigning, setReassigning] = useState<Reassignment | null>(null);
  const activeCoaches = useMemo<CoachOption[]>(
    () =>
      coaches
        .filter((c) => c.status === 'ACTIVE')
        .map((c) => ({ value: c.id, label: c.displayName })),
    [coaches],
  );

  const roster = data?.clinicRoster ?? [];
  let body;
  if (roster.length === 0)
    body = (
      <Text c="dimmed" size="sm">
        No couples yet. Add one here, or let a coach add couples to their own caseload.
      </Text>
    );
  else
    body = (
      <Table.ScrollContainer minWidth={900} type="native">
        <Table verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="22%">Couple</Table.Th>
              <Table.Th>Partners</Table.Th>
              <Table.Th w={220}>Coach</Table.Th>
              <Table.Th w={150}>Status</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {roster.map((couple) => (
              <RosterRow
                key={couple.id}
                couple={couple}
                coachOptions={activeCoaches}
                onReassign={setReassigning}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <SectionCard
      id="roster"
      title="Couples"
      description={
        data
          ? `${roster.length} in the clinic. You see names, coach and status only; what couples write stays with them and their coach.`
          : 'Every couple in the clinic.'
      }
      actions={
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={openAdd}
        >
          Add couple
        </Button>
      }
    >
      <Stack gap="sm">
        <RefreshErrorAlert query={query} />
        <QueryState
          query={query}
          errorTitle="The roster didn't load"
          loader={<ListSkeleton rows={4} height={64} />}
        >
          {() => body}
        </QueryState>
      </Stack>
      <AddCoupleModal
        opened={adding}
        onClose={closeAdd}
        coaches={activeCoaches}
        refetchQueries={[clinicRosterQuery, clinicCoachesQuery]}
      />
      <ReassignCoupleModal change={reassigning} onClose={() => setReassigning(null)} />
    </SectionCard>
  );
}

function RosterRow({
  couple,
  coachOptions,
  onReassign,
}: {
  couple: RosterCouple;
  coachOptions: CoachOption[];
  onReassign: (change: Reassignment) => void;
}) {
  const [update, { loading }] = useMutation(updateRosterCoupleMutation, {
    // Caseload counts change with a reassignment or a closed couple.
    refetchQueries: [clinicCoachesQuery],
  });

  const options = coachOptions.some((o) => o.value === couple.coach.id)
    ? coachOptions
    : [
        { value: couple.coach.id, label: couple.coach.displayName, disabled: true },
        ...coachOptions,
      ];

  const save = async (input: UpdateRosterCoupleInput, done: string) => {
    try {
      await update({ variables: { coupleId: couple.id, input } });
      notifications.show({ color: 'hearth', message: `${couple.label}: ${done}.` });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: `Couldn't update ${couple.label}`,
        message: errorMessage(error),
      });
    }
  };

  return (
    <Table.Tr data-testid="roster-row">
      <Table.Td>
        <Text size="sm" fw={600}>
          {couple.label}
        </Text>
        <Text size="xs" c="dimmed">
          Since {formatDate(couple.intakeDate)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={6}>
          <PartnerLine person={couple.partnerA} coupleId={couple.id} slot="A" canInvite={false} />
          <PartnerLine person={couple.partnerB} coupleId={couple.id} slot="B" canInvite={false} />
        </Stack>
      </Table.Td>
      <Table.Td>
        <Select
          aria-label={`Coach of ${couple.label}`}
          size="xs"
          data={options}
          value={couple.coach.id}
          allowDeselect={false}
          disabled={loading}
          onChange={(coachId) => {
            if (!coachId || coachId === couple.coach.id) return;
            // A new coach needs a reason: asked for in a dialog, not saved from here.
            onReassign({
              coupleId: couple.id,
              coupleLabel: couple.label,
              fromName: couple.coach.displayName,
              toId: coachId,
              toName: options.find((o) => o.value === coachId)?.label ?? 'the new coach',
            });
          }}
        />
      </Table.Td>
      <Table.Td>
        <Select
          aria-label={`Status of ${couple.label}`}
          size="xs"
          data={STATUS_OPTIONS}
          value={couple.status}
          allowDeselect={false}
          disabled={loading}
          onChange={(status) => {
            if (!status || status === couple.status) return;
            void save(
              { status: status as CoupleStatus },
              `status is now ${COUPLE_STATUS_LABELS[status as CoupleStatus].toLowerCase()}`,
            );
          }}
        />
      </Table.Td>
    </Table.Tr>
  );
}
