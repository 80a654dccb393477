import { useQuery } from '@apollo/client/react';
import {
  Avatar,
  Badge,
  Container,
  EmptyState,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconHeartHandshake, IconNotebook } from '@tabler/icons-react';
import { useViewer } from '../../../app/auth/auth-context';
import type { OurCoupleQuery } from '../../../gql/graphql';
import { QueryErrorAlert } from '../../../shared/components/PageStates';
import { ourCoupleQuery } from '../graphql/our-couple';

type OurCouple = NonNullable<OurCoupleQuery['ourCouple']>;

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('');
}

/** The client's home: phone-first, one column, the couple and (soon) this week's homework. */
export default function OurHomeworkPage() {
  useDocumentTitle('Our homework · Hearth');
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(ourCoupleQuery, {
    fetchPolicy: 'cache-and-network',
  });

  let body;
  if (!data && loading) {
    body = (
      <Stack gap="md" aria-busy="true">
        <Skeleton height={112} radius="lg" />
        <Skeleton height={220} radius="lg" />
      </Stack>
    );
  } else if (!data && error) {
    body = (
      <QueryErrorAlert
        title="Your homework didn't load"
        error={error}
        onRetry={() => void refetch()}
      />
    );
  } else if (!data?.ourCouple) {
    body = (
      <Paper withBorder p="lg">
        <EmptyState icon={<IconHeartHandshake size={28} />} variant="light">
          <EmptyState.Title order={2}>You're not part of a couple here yet</EmptyState.Title>
          <EmptyState.Description>
            When your coach adds you and your partner, your homework will appear on this page.
          </EmptyState.Description>
        </EmptyState>
      </Paper>
    );
  } else {
    body = <CoupleHome couple={data.ourCouple} viewerEmail={viewer.email} />;
  }

  return (
    <Container size={640} px="md" py="lg">
      <Stack gap="lg">
        <div>
          <Text size="sm" c="dimmed">
            Hello, {viewer.displayName}
          </Text>
          <Title order={1} fz={28}>
            Our homework
          </Title>
        </div>
        {body}
      </Stack>
    </Container>
  );
}

function CoupleHome({ couple, viewerEmail }: { couple: OurCouple; viewerEmail: string }) {
  const partner = couple.partnerA.email === viewerEmail ? couple.partnerB : couple.partnerA;
  const coachFirstName = couple.coach.displayName.split(' ')[0];
  return (
    <Stack gap="md">
      <Paper withBorder p="lg" component="section" aria-labelledby="our-couple">
        <Stack gap="md">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <div>
              <Title order={2} fz="xl" id="our-couple">
                {couple.label}
              </Title>
              <Text size="sm" c="dimmed" mt={2}>
                {couple.status === 'ACTIVE'
                  ? 'Working together between sessions'
                  : couple.status === 'PAUSED'
                    ? 'Homework is paused for now'
                    : 'This couple is closed'}
              </Text>
            </div>
            {couple.status !== 'ACTIVE' && (
              <Badge color={couple.status === 'PAUSED' ? 'yellow' : 'gray'} variant="light">
                {couple.status === 'PAUSED' ? 'Paused' : 'Closed'}
              </Badge>
            )}
          </Group>
          <Stack gap="sm">
            <Person
              role="Your coach"
              name={couple.coach.displayName}
              color="hearth"
              testId="coach-name"
            />
            <Person
              role="Your partner"
              name={partner.displayName}
              color="clay"
              note={partner.status === 'INVITED' ? "hasn't joined Hearth yet" : undefined}
              testId="partner-name"
            />
          </Stack>
        </Stack>
      </Paper>

      <Paper withBorder p="lg" component="section" aria-labelledby="this-week">
        <Title order={2} fz="lg" id="this-week" mb="sm">
          This week
        </Title>
        <EmptyState size="sm" icon={<IconNotebook size={24} />} variant="light">
          <EmptyState.Title order={3}>Your coach hasn't assigned homework yet</EmptyState.Title>
          <EmptyState.Description>
            When {coachFirstName} gives you an exercise, it will show up here with what to do and
            when.
          </EmptyState.Description>
        </EmptyState>
      </Paper>
    </Stack>
  );
}

function Person({
  role,
  name,
  color,
  note,
  testId,
}: {
  role: string;
  name: string;
  color: string;
  note?: string;
  testId: string;
}) {
  return (
    <Group gap="sm" wrap="nowrap">
      <Avatar color={color} radius="xl" aria-hidden>
        {initials(name)}
      </Avatar>
      <div>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.04em' }}>
          {role}
        </Text>
        <Text fw={500} data-testid={testId}>
          {name}
          {note && (
            <Text span size="sm" c="dimmed" fw={400}>
              {' '}
              · {note}
            </Text>
          )}
        </Text>
      </div>
    </Group>
  );
}
