import { useQuery } from '@apollo/client/react';
import { Button, Container, EmptyState, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { IconPlus, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { ListSkeleton } from '../../../shared/components/PageStates';
import { QueryState, RefreshErrorAlert } from '../../../shared/components/QueryState';
import { PageHeader } from '../../../shared/components/PageHeader';
import { plural } from '../../../shared/format';
import { AddCoupleModal } from '../../../shared/couples/components/AddCoupleModal';
import { CoachMoves } from '../components/CoachMoves';
import { CoupleList } from '../components/CoupleList';
import { myCouplesQuery } from '../graphql/my-couples';
import { byAttention } from '../lib/attention';

type Filter = 'open' | 'closed';

export default function MyCouplesPage() {
  useDocumentTitle('My couples · Hearth');
  const query = useQuery(myCouplesQuery, { fetchPolicy: 'cache-and-network' });
  const { data } = query;
  const [adding, { open: openAdd, close: closeAdd }] = useDisclosure(false);
  const [filter, setFilter] = useState<Filter>('open');

  const couples = byAttention(data?.myCouples ?? []);
  const open = couples.filter((c) => c.status !== 'CLOSED');
  const flagged = open.filter((c) => c.flags.some((f) => f.severity !== 'LOW')).length;
  const closed = couples.filter((c) => c.status === 'CLOSED');
  const waiting = open.reduce(
    (n, c) => n + [c.partnerA, c.partnerB].filter((p) => p.status === 'INVITED').length,
    0,
  );
  const shown = filter === 'open' || closed.length === 0 ? open : closed;

  const addButton = (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={openAdd}>
      Add couple
    </Button>
  );

  let body;
  if (couples.length === 0) {
    body = (
      <Paper withBorder p="xl">
        <EmptyState icon={<IconUsers size={28} />} variant="light">
          <EmptyState.Title order={2}>No couples yet</EmptyState.Title>
          <EmptyState.Description>
            Add a couple to invite both partners. Once they join, you can assign homework between
            sessions.
          </EmptyState.Description>
          <EmptyState.Actions>{addButton}</EmptyState.Actions>
        </EmptyState>
      </Paper>
    );
  } else {
    body = (
      <Stack gap="md">
        {closed.length > 0 && (
          <SegmentedControl
            w="fit-content"
            value={filter}
            onChange={(v) => setFilter(v as Filter)}
            data={[
              { value: 'open', label: `Current (${open.length})` },
              { value: 'closed', label: `Closed (${closed.length})` },
            ]}
            aria-label="Which couples to show"
          />
        )}
        {shown.length === 0 ? (
          <Paper withBorder p="xl">
            <Text c="dimmed" ta="center">
              No current couples. Closed couples are under “Closed”.
            </Text>
          </Paper>
        ) : (
          <CoupleList couples={shown} />
        )}
      </Stack>
    );
  }

  return (
    <Container size="xl" py="xl">
      <PageHeader
        title="My couples"
        description={
          data && couples.length > 0
            ? [
                plural(open.length, 'current couple'),
                flagged ? `${flagged} need${flagged === 1 ? 's' : ''} attention` : null,
                waiting ? `${plural(waiting, 'partner')} still to join` : null,
              ]
                .filter(Boolean)
                .join(' · ')
            : 'Your caseload'
        }
        actions={couples.length > 0 ? addButton : undefined}
      />
      <RefreshErrorAlert query={query} />
      <CoachMoves />
      <QueryState
        query={query}
        errorTitle="Your couples didn't load"
        loader={<ListSkeleton rows={4} height={72} />}
      >
        {() => body}
      </QueryState>
      <AddCoupleModal opened={adding} onClose={closeAdd} refetchQueries={[myCouplesQuery]} />
    </Container>
  );
}
