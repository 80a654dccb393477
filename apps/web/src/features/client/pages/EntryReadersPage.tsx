import { useQuery } from '@apollo/client/react';
import {
  EmptyState,
  Group,
  Paper,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconEye } from '@tabler/icons-react';
import { useState } from 'react';
import type { OurEntryReadersQuery, Role } from '../../../gql/graphql';
import { QueryState, RefreshErrorAlert } from '../../../shared/components/QueryState';
import { plural } from '../../../shared/format';
import { ClientPage } from '../components/ClientPage';
import { ourEntryReadersQuery } from '../graphql/readers';
import { formatLongDay } from '../lib/dates';

type ReaderDay = OurEntryReadersQuery['ourEntryReaders'][number];

const ROLE_NAMES: Record<Role, string> = {
  COACH: 'coach',
  CLINIC_ADMIN: 'clinic admin',
  CLIENT: 'client',
};

/**
 * Who has seen our entries: the coach's (and anyone else's) reads of the couple, by day.
 * The partners' own reads are never listed, so nothing here tells one partner what the
 * other does.
 */
export default function EntryReadersPage() {
  useDocumentTitle('Who has seen our entries · Hearth');
  const [days, setDays] = useState('30');
  const query = useQuery(ourEntryReadersQuery, {
    variables: { days: Number(days) },
    fetchPolicy: 'cache-and-network',
  });

  const body = (
    <QueryState
      query={query}
      errorTitle="This didn't load"
      loader={
        <Stack gap="sm" aria-busy="true" aria-label="Loading who has seen your entries">
          <Skeleton height={64} radius="md" />
          <Skeleton height={64} radius="md" />
        </Stack>
      }
    >
      {(data) =>
        !data.ourCouple ? (
          <Text c="dimmed">You're not part of a couple here yet.</Text>
        ) : data.ourEntryReaders.length === 0 ? (
          <Paper withBorder p="lg">
            <EmptyState icon={<IconEye size={24} />} variant="light" size="sm">
              <EmptyState.Title order={2}>
                Nobody has opened your entries in this time
              </EmptyState.Title>
              <EmptyState.Description>
                When your coach opens your couple's page, it shows up here the same day.
              </EmptyState.Description>
            </EmptyState>
          </Paper>
        ) : (
          <ReaderDays rows={data.ourEntryReaders} />
        )
      }
    </QueryState>
  );

  return (
    <ClientPage
      title="Who has seen our entries"
      description="Each time someone at the clinic opens your couple's check-ins, reflections or questionnaires, Hearth notes it. Your own and your partner's visits are not listed."
    >
      <SegmentedControl
        w="fit-content"
        value={days}
        onChange={setDays}
        aria-label="Period"
        data={[
          { value: '7', label: '7 days' },
          { value: '30', label: '30 days' },
          { value: '90', label: '90 days' },
        ]}
      />
      <RefreshErrorAlert query={query} />
      {body}
    </ClientPage>
  );
}

function ReaderDays({ rows }: { rows: ReaderDay[] }) {
  const byDay = new Map<string, ReaderDay[]>();
  for (const r of rows) byDay.set(r.day, [...(byDay.get(r.day) ?? []), r]);
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {[...byDay.entries()].map(([day, readers]) => (
        <Paper component="li" withBorder p="md" key={day} data-testid="reader-day">
          <Title order={2} fz="md" mb={6}>
            {formatLongDay(day)}
          </Title>
          <Stack gap={4}>
            {readers.map((r) => (
              <Group key={`${r.readerName}-${r.readerRole}`} justify="space-between" gap="xs">
                <Text size="sm">
                  <Text span fw={600}>
                    {r.readerName}
                  </Text>{' '}
                  <Text span c="dimmed">
                    ({ROLE_NAMES[r.readerRole]})
                  </Text>
                </Text>
                <Text size="sm" c="dimmed">
                  opened your entries {plural(r.reads, 'time')}
                </Text>
              </Group>
            ))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
