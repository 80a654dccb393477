import { useQuery } from '@apollo/client/react';
import { addDays, daysBetween, isLocalDate } from '@hearth/domain';
import {
  Badge,
  Button,
  EmptyState,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import {
  IconCircleCheckFilled,
  IconClock,
  IconPencil,
  IconSearch,
  IconUser,
  IconUsers,
} from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useViewer } from '../../../shared/auth/auth-context';
import type { AudienceKind, OurTaskQuery } from '../../../gql/graphql';
import { QueryState } from '../../../shared/components/QueryState';
import { formatDate } from '../../../shared/format';
import { ClientPage } from '../components/ClientPage';
import { CompletionForm } from '../components/CompletionForm';
import { CompletionView } from '../components/CompletionView';
import { ExerciseDetails } from '../components/ExerciseDetails';
import { SaveStatus } from '../components/SaveStatus';
import { TaskStateBadge } from '../components/TaskStateBadge';
import { ourTaskQuery } from '../graphql/task';
import classes from './TaskPage.module.css';
import { deviceToday, dueLabel } from '../lib/dates';
import { firstName, otherPartner, viewerSlot } from '../lib/partners';

type Couple = NonNullable<OurTaskQuery['ourCouple']>;
type Task = Couple['tasks'][number];

/** The API accepts a completion up to this many days before the due date. */
const EARLY_DAYS = 6;

/** The largest window `tasks(from, to)` accepts, centred on today, when no date was linked. */
function taskWindow(due: string | null): { from: string; to: string } {
  if (due && isLocalDate(due)) return { from: due, to: due };
  const today = deviceToday();
  return { from: addDays(today, -46), to: addDays(today, 46) };
}

function whoDoesIt(task: Task): { label: string; icon: typeof IconUser } {
  const audience: AudienceKind = task.assignment.audience;
  if (task.partner === null || audience === 'TOGETHER')
    return { label: 'Together', icon: IconUsers };
  if (audience === 'EACH') return { label: 'Each of you, on your own', icon: IconUser };
  return { label: 'Just you', icon: IconUser };
}

/** One exercise: what to do, then the reflection (or the saved one, with coach replies). */
export default function TaskPage() {
  const { taskId } = useParams();
  const [params] = useSearchParams();
  // Follows the link's date: moving from one task to another (a moved task) asks again.
  const due = params.get('due');
  const range = useMemo(() => taskWindow(due), [due]);
  const query = useQuery(ourTaskQuery, {
    variables: range,
    fetchPolicy: 'cache-and-network',
  });
  const couple = query.data?.ourCouple;
  const task = couple?.tasks.find((t) => t.id === taskId);
  useDocumentTitle(`${task?.assignment.exercise.title ?? 'Exercise'} · Hearth`);

  if (couple && task) return <TaskContent couple={couple} task={task} />;
  return (
    <ClientPage
      title={!query.data && query.loading ? <Skeleton height={32} width="70%" /> : 'Exercise'}
    >
      <QueryState
        query={query}
        errorTitle="This exercise didn't load"
        loader={
          <Stack gap="md" aria-busy="true" aria-label="Loading the exercise">
            <Skeleton height={20} width="50%" />
            <Skeleton height={96} radius="md" />
            <Skeleton height={180} radius="md" />
          </Stack>
        }
      >
        {() => (
          <Paper withBorder p="lg">
            <EmptyState icon={<IconSearch size={28} />} variant="light">
              <EmptyState.Title order={2}>We couldn't find this exercise</EmptyState.Title>
              <EmptyState.Description>
                It may have been changed by your coach. Your homework page has everything that's
                current.
              </EmptyState.Description>
              <Button component={Link} to="/home" mt="md">
                Go to our homework
              </Button>
            </EmptyState>
          </Paper>
        )}
      </QueryState>
    </ClientPage>
  );
}

function TaskContent({ couple, task }: { couple: Couple; task: Task }) {
  const viewer = useViewer();
  const [editing, setEditing] = useState(false);
  const [justSaved, setJustSaved] = useState(false);
  const { exercise } = task.assignment;
  const who = whoDoesIt(task);
  const partner = otherPartner(couple, viewer.email);
  const partnerName = firstName(partner.displayName);
  const completion = task.completion;
  const mine = completion?.partner === viewerSlot(couple, viewer.email);
  const tooEarly = daysBetween(couple.today, task.dueDate) > EARLY_DAYS;

  let completionArea;
  if (completion && !editing) {
    completionArea = (
      <Stack gap="md">
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="xs" wrap="nowrap" miw={0}>
            <IconCircleCheckFilled size={26} color="var(--mantine-color-hearth-7)" aria-hidden />
            <Title order={2} fz="lg" id="reflection-heading">
              {mine ? 'Done' : `Done by ${partnerName}`}
            </Title>
          </Group>
          {completion.editable && (
            <Button
              variant="light"
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={() => {
                setJustSaved(false);
                setEditing(true);
              }}
            >
              Edit
            </Button>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {mine ? 'You' : partnerName} recorded this on {formatDate(completion.completedOn)}.
          {completion.editable && ' You can change it until the end of the day.'}
        </Text>
        {justSaved && <SaveStatus state="saved" />}
        <CompletionView completion={completion} prompts={exercise.reflectionPrompts} />
        {completion.comments.length === 0 && (
          <Text size="sm" c="dimmed">
            Your coach will read it and may reply here.
          </Text>
        )}
      </Stack>
    );
  } else if (tooEarly) {
    completionArea = (
      <Text c="dimmed">
        You can record this one from {formatDate(addDays(task.dueDate, -EARLY_DAYS))}.
      </Text>
    );
  } else {
    completionArea = (
      <CompletionForm
        key={task.id}
        task={task}
        viewerId={viewer.id}
        partnerName={partnerName}
        completion={editing ? completion : null}
        onCancel={editing ? () => setEditing(false) : undefined}
        onSaved={() => {
          setEditing(false);
          setJustSaved(true);
          window.scrollTo({ top: 0 });
        }}
      />
    );
  }

  // Once done, what comes back is the reflection and the coach's reply: show it first.
  const resultFirst = !!completion && !editing;
  return (
    <ClientPage title={exercise.title} description={exercise.summary} wide>
      <Group gap="xs">
        <TaskStateBadge state={task.state} />
        {task.state !== 'DUE' && (
          <Badge variant="outline" color="gray">
            {dueLabel(task.dueDate, couple.today)}
          </Badge>
        )}
        <Badge variant="outline" color="gray" leftSection={<IconClock size={12} aria-hidden />}>
          {exercise.estimatedMinutes} min
        </Badge>
        <Badge variant="outline" color="clay" leftSection={<who.icon size={12} aria-hidden />}>
          {who.label}
        </Badge>
      </Group>
      <div className={classes.layout} data-result-first={resultFirst || undefined}>
        <div className={classes.details}>
          <ExerciseDetails task={task} coachName={couple.coach.displayName} />
        </div>
        <Paper
          withBorder
          p={{ base: 'md', sm: 'lg' }}
          component="section"
          aria-labelledby="reflection-heading"
          className={classes.reflection}
        >
          {completionArea}
        </Paper>
      </div>
    </ClientPage>
  );
}
