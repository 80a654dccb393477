import { useQuery } from '@apollo/client/react';
import { addDays } from '@hearth/domain';
import {
  Anchor,
  Avatar,
  Badge,
  Button,
  Container,
  EmptyState,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import dayjs from 'dayjs';
import {
  IconChartLine,
  IconCircleCheckFilled,
  IconClipboardHeart,
  IconEye,
  IconHeartHandshake,
  IconNotebook,
  IconPencil,
} from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useViewer } from '../../../app/auth/auth-context';
import type { OurHomeQuery } from '../../../gql/graphql';
import { QueryErrorAlert } from '../../../shared/components/PageStates';
import { isDone } from '../components/TaskStateBadge';
import { TaskRow, type HomeTask } from '../components/TaskRow';
import { ourHomeQuery } from '../graphql/our-couple';
import { deviceToday, formatDay, weekEnd } from '../lib/dates';
import { pruneDrafts } from '../lib/drafts';
import { firstName, initials, otherPartner } from '../lib/partners';
import classes from './OurHomeworkPage.module.css';

type OurCouple = NonNullable<OurHomeQuery['ourCouple']>;

/** How long the home page mentions a change of coach. */
const COACH_CHANGE_DAYS = 60;

/** Done tasks listed on the home page; the rest are in the history. */
const RECENT_DONE = 4;

/** The client's home: phone-first, one column — check in, today's homework, the week. */
export default function OurHomeworkPage() {
  useDocumentTitle('Our homework · Hearth');
  const viewer = useViewer();
  useEffect(() => pruneDrafts(viewer.id), [viewer.id]);
  // Overdue reaches back 7 days and "coming up" to the end of next week; a day more on each
  // side covers a phone whose clock is in another time zone than the couple's.
  const [range] = useState(() => {
    const today = deviceToday();
    return { from: addDays(today, -9), to: addDays(today, 15) };
  });
  const { data, loading, error, refetch } = useQuery(ourHomeQuery, {
    variables: range,
    fetchPolicy: 'cache-and-network',
  });

  let body;
  if (!data && loading) {
    body = (
      <Stack gap="md" aria-busy="true" aria-label="Loading your homework">
        <Skeleton height={132} radius="lg" />
        <Skeleton height={72} radius="md" />
        <Skeleton height={72} radius="md" />
        <Skeleton height={160} radius="lg" />
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
    <Container size={data?.ourCouple ? 1040 : 640} px="md" py="lg">
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
  const { today, weekStart } = couple;
  const end = weekEnd(weekStart);
  const tasks = couple.tasks;
  const todays = tasks.filter((t) => t.dueDate === today);
  const overdue = tasks.filter((t) => t.state === 'OVERDUE');
  const thisWeek = tasks.filter((t) => t.dueDate > today && t.dueDate <= end);
  const nextWeek = tasks.filter((t) => t.dueDate > end && t.dueDate <= addDays(end, 7));
  const recentDone = tasks
    .filter((t) => t.dueDate < today && isDone(t.state))
    .sort((a, b) => (a.dueDate < b.dueDate ? 1 : -1))
    .slice(0, RECENT_DONE);
  const nothingAssigned = tasks.length === 0;
  const coachFirstName = firstName(couple.coach.displayName);
  const closed = couple.status === 'CLOSED';

  return (
    <div className={classes.layout}>
      <Stack gap="md" className={classes.prompts}>
        {!closed && <CheckinCard couple={couple} />}
        {couple.csi4Due && !closed && <Csi4Card />}
        {couple.status === 'PAUSED' && (
          <Text size="sm" c="dimmed">
            Your coach has paused homework for now. You can still check in each day.
          </Text>
        )}
      </Stack>

      <Stack gap="lg" className={classes.tasks}>
        {nothingAssigned ? (
          <Paper withBorder p="lg" component="section" aria-labelledby="this-week">
            <Title order={2} fz="lg" id="this-week" mb="sm">
              This week
            </Title>
            <EmptyState size="sm" icon={<IconNotebook size={24} />} variant="light">
              <EmptyState.Title order={3}>Your coach hasn't assigned homework yet</EmptyState.Title>
              <EmptyState.Description>
                When {coachFirstName} gives you an exercise, it will show up here with what to do
                and when.
              </EmptyState.Description>
            </EmptyState>
          </Paper>
        ) : (
          <>
            <TaskSection
              id="today"
              title="Today"
              description={formatDay(today)}
              tasks={todays}
              today={today}
              empty={
                thisWeek.length > 0
                  ? `Nothing due today. Next up: ${thisWeek[0]!.assignment.exercise.title}, ${formatDay(thisWeek[0]!.dueDate)}.`
                  : 'Nothing due today. Enjoy the day together.'
              }
            />
            {overdue.length > 0 && (
              <TaskSection
                id="overdue"
                title="Overdue"
                description="From the last few days: you can still catch up."
                tasks={overdue}
                today={today}
              />
            )}
            <TaskSection
              id="this-week"
              title="This week"
              description={`Until ${formatDay(end)}`}
              tasks={thisWeek}
              today={today}
              empty={
                nextWeek.length > 0
                  ? 'Nothing else this week. Next week is below.'
                  : 'Nothing else this week.'
              }
            />
            {nextWeek.length > 0 && (
              <TaskSection
                id="next-week"
                title="Next week"
                tasks={nextWeek}
                today={today}
                limit={3}
                description="You can start these up to six days early."
              />
            )}
            {recentDone.length > 0 && (
              <TaskSection
                id="done"
                title="Done"
                description="Recently finished, with your coach's replies."
                tasks={recentDone}
                today={today}
              />
            )}
          </>
        )}
      </Stack>

      <Stack gap="md" className={classes.more}>
        <Button
          component={Link}
          to="/home/history"
          variant="default"
          size="md"
          leftSection={<IconChartLine size={18} aria-hidden />}
          fullWidth
        >
          See our history
        </Button>
        <Button
          component={Link}
          to="/home/readers"
          variant="default"
          size="md"
          leftSection={<IconEye size={18} aria-hidden />}
          fullWidth
        >
          Who has seen our entries
        </Button>
        <CoupleCard couple={couple} viewerEmail={viewerEmail} />
      </Stack>
    </div>
  );
}

function TaskSection({
  id,
  title,
  description,
  tasks,
  today,
  empty,
  limit,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  tasks: HomeTask[];
  today: string;
  empty?: string;
  /** Show this many until asked for the rest (keeps a long list from burying the page). */
  limit?: number;
}) {
  const headingId = `${id}-heading`;
  const [expanded, setExpanded] = useState(false);
  const shown = limit && !expanded ? tasks.slice(0, limit) : tasks;
  return (
    <section aria-labelledby={headingId}>
      <Group justify="space-between" align="baseline" mb={8} gap="xs">
        <Title order={2} fz="lg" id={headingId}>
          {title}
        </Title>
        {description && (
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        )}
      </Group>
      {tasks.length === 0 ? (
        <Text size="sm" c="dimmed" px={2}>
          {empty}
        </Text>
      ) : (
        <Stack gap={8}>
          {shown.map((t) => (
            <TaskRow key={t.id} task={t} today={today} />
          ))}
          {shown.length < tasks.length && (
            <Button variant="subtle" onClick={() => setExpanded(true)}>
              Show {tasks.length - shown.length} more
            </Button>
          )}
        </Stack>
      )}
    </section>
  );
}

function CheckinCard({ couple }: { couple: OurCouple }) {
  const done = couple.myCheckinToday;
  if (done) {
    return (
      <Paper withBorder p="md" component="section" aria-labelledby="checkin-heading">
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <IconCircleCheckFilled size={28} color="var(--mantine-color-hearth-7)" aria-hidden />
            <div style={{ minWidth: 0 }}>
              <Title order={2} fz="md" id="checkin-heading">
                Checked in today ✓
              </Title>
              <Text size="xs" c="dimmed">
                Saved at {dayjs(done.updatedAt).format('HH:mm')}
              </Text>
            </div>
          </Group>
          <Button
            component={Link}
            to="/home/check-in"
            variant="light"
            size="sm"
            leftSection={<IconPencil size={16} aria-hidden />}
            style={{ flexShrink: 0 }}
          >
            Edit
          </Button>
        </Group>
      </Paper>
    );
  }
  return (
    <Paper
      p="lg"
      component="section"
      aria-labelledby="checkin-heading"
      bg="hearth.8"
      c="white"
      data-testid="checkin-card"
    >
      <Stack gap="sm">
        <div>
          <Title order={2} fz="xl" id="checkin-heading">
            How are you two today?
          </Title>
          <Text size="sm" c="hearth.0" mt={4}>
            Seven quick taps, about 20 seconds. Your coach sees how things change over the weeks.
          </Text>
        </div>
        <Button component={Link} to="/home/check-in" size="lg" variant="white" fullWidth>
          Check in now
        </Button>
      </Stack>
    </Paper>
  );
}

function Csi4Card() {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="csi4-heading">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon size={40} radius="xl" variant="light" color="clay" aria-hidden>
          <IconClipboardHeart size={22} />
        </ThemeIcon>
        <Stack gap="sm" style={{ flex: 1, minWidth: 0 }}>
          <div>
            <Title order={2} fz="lg" id="csi4-heading">
              Four questions for you
            </Title>
            <Text size="sm" c="dimmed" mt={2}>
              A short questionnaire about your relationship, about a minute. Only you and your coach
              see your answers.
            </Text>
          </div>
          <Button component={Link} to="/home/csi4" variant="light" color="clay" size="md">
            Answer the questionnaire
          </Button>
        </Stack>
      </Group>
    </Paper>
  );
}

function CoupleCard({ couple, viewerEmail }: { couple: OurCouple; viewerEmail: string }) {
  const partner = otherPartner(couple, viewerEmail);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="our-couple">
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="sm">
        <Title order={2} fz="md" id="our-couple">
          {couple.label}
        </Title>
        {couple.status !== 'ACTIVE' && (
          <Badge color={couple.status === 'PAUSED' ? 'yellow' : 'gray'} variant="light">
            {couple.status === 'PAUSED' ? 'Paused' : 'Closed'}
          </Badge>
        )}
      </Group>
      <Group gap="lg" wrap="wrap">
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
      </Group>
      {couple.coachSince && dayjs().diff(couple.coachSince, 'day') <= COACH_CHANGE_DAYS && (
        <Text size="sm" mt="sm" data-testid="coach-since">
          Your coach is now {firstName(couple.coach.displayName)}, since{' '}
          {dayjs(couple.coachSince).format('D MMM')}.
        </Text>
      )}
      {couple.status === 'CLOSED' && (
        <Text size="sm" c="dimmed" mt="sm">
          This couple's work is closed. Your history stays here for you to read.{' '}
          <Anchor component={Link} to="/home/history" size="sm">
            See our history
          </Anchor>
        </Text>
      )}
    </Paper>
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
    <Group gap="xs" wrap="nowrap">
      <Avatar color={color} radius="xl" size="md" aria-hidden>
        {initials(name)}
      </Avatar>
      <div>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.04em' }}>
          {role}
        </Text>
        <Text fw={500} size="sm" data-testid={testId}>
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
