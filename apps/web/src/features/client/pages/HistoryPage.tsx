import { useQuery } from '@apollo/client/react';
import { CHECKIN_ITEMS } from '@hearth/domain';
import {
  Badge,
  Button,
  EmptyState,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconClipboardHeart, IconMessageCircle, IconNotebook } from '@tabler/icons-react';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useViewer } from '../../../shared/auth/auth-context';
import type { ClientCheckinFieldsFragment, OurHistoryQuery } from '../../../gql/graphql';
import { QueryState } from '../../../shared/components/QueryState';
import { formatDate } from '../../../shared/format';
import { ClientPage } from '../components/ClientPage';
import { CommentList } from '../components/CommentList';
import { CompletionView } from '../components/CompletionView';
import { VisibilityBadge } from '../components/VisibilityBadge';
import { ourHistoryQuery } from '../graphql/history';
import { formatDay, formatLongDay } from '../lib/dates';
import { firstName, personOf, viewerSlot } from '../lib/partners';

// The chart library is the heaviest thing on the page: the lists show while it loads.
const ClosenessChart = lazy(() =>
  import('../components/ClosenessChart').then((m) => ({ default: m.ClosenessChart })),
);

type Couple = NonNullable<OurHistoryQuery['ourCouple']>;
type Reflection = Couple['completions'][number];

const PAGE = 10;

export default function HistoryPage() {
  useDocumentTitle('Our history · Hearth');
  const query = useQuery(ourHistoryQuery, { fetchPolicy: 'cache-and-network' });

  return (
    <ClientPage
      title="Our history"
      description="The last eight weeks: your entries, and what your partner chose to share."
    >
      <QueryState
        query={query}
        errorTitle="Your history didn't load"
        loader={
          <Stack gap="md" aria-busy="true" aria-label="Loading your history">
            <Skeleton height={260} radius="lg" />
            <Skeleton height={120} radius="md" />
            <Skeleton height={120} radius="md" />
          </Stack>
        }
      >
        {({ ourCouple }) =>
          ourCouple ? (
            <HistoryContent couple={ourCouple} />
          ) : (
            <Text c="dimmed">You're not part of a couple here yet.</Text>
          )
        }
      </QueryState>
    </ClientPage>
  );
}

function HistoryContent({ couple }: { couple: Couple }) {
  const viewer = useViewer();
  const slot = viewerSlot(couple, viewer.email);
  const nameOf = (partner: 'A' | 'B') =>
    partner === slot ? 'You' : firstName(personOf(couple, partner).displayName);
  const mySeries = couple.checkinSeries.partners.find((p) => p.partner === slot);
  const csi4 = couple.csi4History.find((h) => h.partner === slot)?.results ?? [];

  return (
    <Stack gap="lg">
      <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="trend">
        <Title order={2} fz="lg" id="trend">
          How close you've felt
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          From your daily check-ins, 1 to 7. A gap is a day without one.
        </Text>
        {mySeries ? (
          <Suspense fallback={<Skeleton height={220} radius="md" />}>
            <ClosenessChart series={mySeries} />
          </Suspense>
        ) : (
          <Text size="sm" c="dimmed">
            Your closeness will show here after your first check-ins.
          </Text>
        )}
      </Paper>

      <Tabs defaultValue="checkins" keepMounted={false}>
        <Tabs.List grow>
          <Tabs.Tab value="checkins">Check-ins</Tabs.Tab>
          <Tabs.Tab value="reflections">Reflections</Tabs.Tab>
          <Tabs.Tab value="csi4">Questionnaire</Tabs.Tab>
        </Tabs.List>

        <Tabs.Panel value="checkins" pt="md">
          <Paged
            items={couple.checkinFeed}
            empty={
              <Empty
                icon={<IconClipboardHeart size={24} />}
                title="No check-ins yet"
                text="Check in from your homework page: it takes about 20 seconds a day."
              />
            }
            render={(c) => <CheckinEntry key={c.id} checkin={c} who={nameOf(c.partner)} />}
            noun="check-ins"
          />
        </Tabs.Panel>

        <Tabs.Panel value="reflections" pt="md">
          <Paged
            items={couple.completions}
            empty={
              <Empty
                icon={<IconNotebook size={24} />}
                title="No reflections yet"
                text="When you finish an exercise, your reflection and your coach's replies show here."
              />
            }
            render={(r) => <ReflectionEntry key={r.id} reflection={r} who={nameOf(r.partner)} />}
            noun="reflections"
          />
        </Tabs.Panel>

        <Tabs.Panel value="csi4" pt="md">
          {csi4.length === 0 ? (
            <Empty
              icon={<IconClipboardHeart size={24} />}
              title="No questionnaires yet"
              text="Your coach asks four short questions every few weeks; they'll appear on your homework page when it's time."
            />
          ) : (
            <Paper withBorder p="md">
              <Text size="sm" c="dimmed" mb="xs">
                Only you and your coach see these.
              </Text>
              <Stack gap={6}>
                {[...csi4].reverse().map((r) => (
                  <Group key={r.id} justify="space-between" data-testid="csi4-result">
                    <Text size="sm">{formatDate(r.date)}</Text>
                    <Text size="sm" fw={600}>
                      {r.total} out of 21
                    </Text>
                  </Group>
                ))}
              </Stack>
            </Paper>
          )}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function Paged<T>({
  items,
  render,
  empty,
  noun,
}: {
  items: readonly T[];
  render: (item: T) => ReactNode;
  empty: ReactNode;
  noun: string;
}) {
  const [count, setCount] = useState(PAGE);
  if (items.length === 0) return <>{empty}</>;
  return (
    <Stack gap="sm">
      {items.slice(0, count).map(render)}
      {items.length > count && (
        <Button variant="default" onClick={() => setCount((c) => c + PAGE)}>
          Show more {noun} ({items.length - count} left)
        </Button>
      )}
    </Stack>
  );
}

function Empty({ icon, title, text }: { icon: ReactNode; title: string; text: string }) {
  return (
    <Paper withBorder p="lg">
      <EmptyState size="sm" icon={icon} variant="light">
        <EmptyState.Title order={3}>{title}</EmptyState.Title>
        <EmptyState.Description>{text}</EmptyState.Description>
      </EmptyState>
    </Paper>
  );
}

function EntryHeader({
  title,
  subtitle,
  badges,
}: {
  title: string;
  subtitle: string;
  badges: ReactNode;
}) {
  return (
    <Group justify="space-between" align="flex-start" gap="xs" mb="sm">
      <div style={{ minWidth: 0 }}>
        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
          {title}
        </Text>
        <Text size="sm" c="dimmed">
          {subtitle}
        </Text>
      </div>
      <Group gap={4}>{badges}</Group>
    </Group>
  );
}

function CheckinEntry({ checkin, who }: { checkin: ClientCheckinFieldsFragment; who: string }) {
  return (
    <Paper withBorder p="md" component="article" data-testid="history-checkin">
      <EntryHeader
        title={formatLongDay(checkin.date)}
        subtitle={who === 'You' ? 'Your check-in' : `${who}'s check-in`}
        badges={
          <>
            <VisibilityBadge visibility={checkin.visibility} />
            {checkin.late && (
              <Badge variant="light" color="gray">
                Filed late
              </Badge>
            )}
            {checkin.wantsToTalk && (
              <Badge
                variant="light"
                color="clay"
                leftSection={<IconMessageCircle size={12} aria-hidden />}
              >
                Wants to talk
              </Badge>
            )}
          </>
        }
      />
      <SimpleGrid cols={{ base: 4, sm: 7 }} spacing={6} verticalSpacing={6}>
        {CHECKIN_ITEMS.map((item) => (
          <div key={item.id}>
            <Text fw={600} size="sm">
              {checkin.ratings[item.id]}
            </Text>
            <Text size="xs" c="dimmed" lh={1.2}>
              {item.label}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      {checkin.note && (
        <Text mt="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {checkin.note}
        </Text>
      )}
      {checkin.comments.length > 0 && (
        <Stack mt="sm">
          <CommentList comments={checkin.comments} />
        </Stack>
      )}
    </Paper>
  );
}

function ReflectionEntry({ reflection, who }: { reflection: Reflection; who: string }) {
  return (
    <Paper withBorder p="md" component="article" data-testid="history-reflection">
      <EntryHeader
        title={reflection.exerciseTitle}
        subtitle={`${who === 'You' ? 'Your reflection' : `${who}'s reflection`} · ${formatDay(reflection.completedOn)}`}
        badges={null}
      />
      <CompletionView
        completion={reflection}
        prompts={reflection.assignment.exercise.reflectionPrompts}
      />
    </Paper>
  );
}
