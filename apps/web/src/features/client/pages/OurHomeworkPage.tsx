import { useQuery } from '@apollo/client/react';
import { addDays } from '@hearth/domain';
import { Button, Container, EmptyState, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconChartLine, IconEye, IconHeartHandshake, IconNotebook } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useViewer } from '../../../shared/auth/auth-context';
import { QueryState } from '../../../shared/components/QueryState';
import { pruneDrafts } from '../../../shared/forms/drafts';
import { CheckinCard, CoupleCard, Csi4Card, type OurCouple } from '../components/OurHomeCards';
import { isDone } from '../components/TaskStateBadge';
import { TaskSection } from '../components/TaskSection';
import { ourHomeQuery } from '../graphql/our-couple';
import { deviceToday, formatDay, weekEnd } from '../lib/dates';
import { firstName } from '../lib/partners';
import classes from './OurHomeworkPage.module.css';

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
  const query = useQuery(ourHomeQuery, {
    variables: range,
    fetchPolicy: 'cache-and-network',
  });

  const data = query.data;

  const body = (
    <QueryState
      query={query}
      errorTitle="Your homework didn't load"
      loader={
        <Stack gap="md" aria-busy="true" aria-label="Loading your homework">
          <Skeleton height={132} radius="lg" />
          <Skeleton height={72} radius="md" />
          <Skeleton height={72} radius="md" />
          <Skeleton height={160} radius="lg" />
        </Stack>
      }
    >
      {({ ourCouple }) =>
        ourCouple ? (
          <CoupleHome couple={ourCouple} viewerEmail={viewer.email} />
        ) : (
          <Paper withBorder p="lg">
            <EmptyState icon={<IconHeartHandshake size={28} />} variant="light">
              <EmptyState.Title order={2}>You're not part of a couple here yet</EmptyState.Title>
              <EmptyState.Description>
                When your coach adds you and your partner, your homework will appear on this page.
              </EmptyState.Description>
            </EmptyState>
          </Paper>
        )
      }
    </QueryState>
  );

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
