import { useQuery } from '@apollo/client/react';
import {
  Badge,
  Button,
  Container,
  EmptyState,
  Pagination,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconDownload, IconListSearch } from '@tabler/icons-react';
import { useState } from 'react';
import type { AuditAction, ClinicActivityQuery } from '../../../gql/graphql';
import { ListSkeleton } from '../../../shared/components/PageStates';
import { QueryState, RefreshErrorAlert } from '../../../shared/components/QueryState';
import { PageHeader } from '../../../shared/components/PageHeader';
import { formatDateTime, plural } from '../../../shared/format';
import { activityCouplesQuery, clinicActivityQuery } from '../graphql/activity';
import {
  ACTION_LABELS,
  OUTCOME_LABELS,
  ROLE_LABELS,
  csvHref,
  targetLabel,
  toApiFilter,
  type ActivityFilterState,
} from '../lib/labels';

type ActivityEvent = ClinicActivityQuery['clinicActivity']['events'][number];

const PAGE_SIZE = 50;
const EMPTY: ActivityFilterState = {
  personId: null,
  coupleId: null,
  action: null,
  from: '',
  to: '',
};

/**
 * The clinic's audit trail for its admins: who opened or changed what, when and from where
 * (HIPAA §164.308(a)(1)(ii)(D), regular review of activity). Ids, names and actions only:
 * never what anyone wrote.
 */
export default function ActivityPage() {
  useDocumentTitle('Activity · Hearth');
  const [filter, setFilter] = useState<ActivityFilterState>(EMPTY);
  const [page, setPage] = useState(1);
  const query = useQuery(clinicActivityQuery, {
    variables: { filter: toApiFilter(filter), page, pageSize: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const couples = useQuery(activityCouplesQuery, { fetchPolicy: 'cache-first' });
  const shown = query.data ?? query.previousData;
  const activity = shown?.clinicActivity;
  const change = (patch: Partial<ActivityFilterState>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setPage(1);
  };
  const filtered = JSON.stringify(filter) !== JSON.stringify(EMPTY);

  let body;
  if (!activity || activity.events.length === 0)
    body = (
      <Paper withBorder p="xl">
        <EmptyState icon={<IconListSearch size={28} />} variant="light">
          <EmptyState.Title order={2}>
            {filtered ? 'Nothing matches these filters' : 'No activity yet'}
          </EmptyState.Title>
          <EmptyState.Description>
            {filtered
              ? 'Try a longer period or another person, couple or action.'
              : 'Every time someone opens or changes a couple’s records, it is listed here.'}
          </EmptyState.Description>
          {filtered && (
            <EmptyState.Actions>
              <Button variant="light" onClick={() => change(EMPTY)}>
                Clear filters
              </Button>
            </EmptyState.Actions>
          )}
        </EmptyState>
      </Paper>
    );
  else
    body = (
      <Stack gap="sm">
        <Text size="sm" c="dimmed" role="status">
          {plural(activity.total, 'event')}
          {activity.total > PAGE_SIZE
            ? `, page ${activity.page} of ${Math.ceil(activity.total / PAGE_SIZE)}`
            : ''}
        </Text>
        <Table.ScrollContainer minWidth={960} type="native">
          <Table verticalSpacing="xs" striped highlightOnHover aria-label="Activity">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={150}>When</Table.Th>
                <Table.Th>Person</Table.Th>
                <Table.Th w={130}>Action</Table.Th>
                <Table.Th>What</Table.Th>
                <Table.Th>Couple</Table.Th>
                <Table.Th w={90}>Outcome</Table.Th>
                <Table.Th w={120}>IP</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {activity.events.map((e) => (
                <EventRow key={e.seq} event={e} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {activity.total > PAGE_SIZE && (
          <Pagination
            total={Math.ceil(activity.total / PAGE_SIZE)}
            value={page}
            onChange={setPage}
            getControlProps={(control) => ({ 'aria-label': `${control} page` })}
            getItemProps={(n) => ({ 'aria-label': `Page ${n}` })}
          />
        )}
      </Stack>
    );

  return (
    <Container size="xl" py="xl">
      <PageHeader
        title="Activity"
        description="Who opened or changed what in the clinic, newest first. Never what anyone wrote."
        actions={
          <Button
            component="a"
            href={csvHref(filter)}
            download
            variant="light"
            leftSection={<IconDownload size={16} aria-hidden />}
          >
            Download CSV
          </Button>
        }
      />
      <Stack gap="md">
        <Paper withBorder p="md" component="section" aria-label="Filters">
          <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm">
            <Select
              label="Person"
              placeholder="Anyone"
              searchable
              clearable
              data={(shown?.clinicActivity.people ?? []).map((p) => ({
                value: p.userId,
                label: p.displayName,
              }))}
              value={filter.personId}
              onChange={(personId) => change({ personId })}
            />
            <Select
              label="Couple"
              placeholder="Any couple"
              searchable
              clearable
              data={(couples.data?.clinicRoster ?? []).map((c) => ({
                value: c.id,
                label: c.label,
              }))}
              value={filter.coupleId}
              onChange={(coupleId) => change({ coupleId })}
            />
            <Select
              label="Action"
              placeholder="Any action"
              clearable
              data={(Object.keys(ACTION_LABELS) as AuditAction[]).map((a) => ({
                value: a,
                label: ACTION_LABELS[a],
              }))}
              value={filter.action}
              onChange={(action) => change({ action: action as AuditAction | null })}
            />
            <TextInput
              type="date"
              label="From"
              value={filter.from}
              max={filter.to || undefined}
              onChange={(e) => change({ from: e.currentTarget.value })}
            />
            <TextInput
              type="date"
              label="To"
              value={filter.to}
              min={filter.from || undefined}
              onChange={(e) => change({ to: e.currentTarget.value })}
            />
          </SimpleGrid>
        </Paper>
        <RefreshErrorAlert query={query} keepPrevious />
        <QueryState
          query={query}
          keepPrevious
          errorTitle="The activity didn't load"
          loader={<ListSkeleton rows={6} height={44} />}
        >
          {() => body}
        </QueryState>
      </Stack>
    </Container>
  );
}

function EventRow({ event: e }: { event: ActivityEvent }) {
  return (
    <Table.Tr data-testid="activity-row">
      <Table.Td>
        <Text size="sm">{formatDateTime(e.occurredAt)}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={500}>
          {e.personName ?? 'Unknown'}
        </Text>
        {e.role && (
          <Text size="xs" c="dimmed">
            {ROLE_LABELS[e.role]}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{ACTION_LABELS[e.action]}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{targetLabel(e.targetType)}</Text>
        {e.summary && (
          <Text size="xs" c="dimmed">
            {e.summary}
          </Text>
        )}
        {e.reason && (
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            Reason: {e.reason}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{e.coupleLabel ?? '—'}</Text>
      </Table.Td>
      <Table.Td>
        {e.outcome === 'SUCCESS' ? (
          <Text size="sm">{OUTCOME_LABELS[e.outcome]}</Text>
        ) : (
          <Badge color={e.outcome === 'DENIED' ? 'red' : 'yellow'} variant="light">
            {OUTCOME_LABELS[e.outcome]}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" ff="monospace">
          {e.ip ?? '—'}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
