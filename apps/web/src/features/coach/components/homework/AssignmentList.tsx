import { useMutation } from '@apollo/client/react';
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Collapse,
  Group,
  Menu,
  Paper,
  Progress,
  Stack,
  Text,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  IconDots,
  IconPencil,
  IconPlayerPause,
  IconPlayerPlay,
  IconPlayerStop,
  IconTrash,
} from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { AssignmentStatus, CoachAssignmentFieldsFragment } from '../../../../gql/graphql';
import { errorMessage } from '../../../../shared/errors';
import {
  deleteAssignmentMutation,
  endAssignmentMutation,
  pauseAssignmentMutation,
  resumeAssignmentMutation,
} from '../../graphql/couple';
import { audienceText, type CouplePartners } from '../../lib/labels';
import { ConfirmModal, type ConfirmRequest } from '../../../../shared/components/ConfirmModal';
import { EditAssignmentModal } from './EditAssignmentModal';

type Assignment = CoachAssignmentFieldsFragment;

const STATUS: Record<AssignmentStatus, { label: string; color: string }> = {
  ACTIVE: { label: 'Active', color: 'teal' },
  PAUSED: { label: 'Paused', color: 'yellow' },
  ENDED: { label: 'Ended', color: 'gray' },
};

const REFETCH = ['CoachCoupleHomework', 'CoachCouple'];

export function AssignmentList({
  assignments,
  couple,
  today,
}: {
  assignments: readonly Assignment[];
  couple: CouplePartners;
  today: string;
}) {
  const [editing, setEditing] = useState<Assignment | null>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const [showEnded, { toggle: toggleEnded }] = useDisclosure(false);
  const current = assignments.filter((a) => a.status !== 'ENDED');
  const ended = assignments.filter((a) => a.status === 'ENDED');

  const card = (a: Assignment) => (
    <AssignmentCard
      key={a.id}
      assignment={a}
      couple={couple}
      onEdit={() => setEditing(a)}
      onConfirm={setConfirm}
    />
  );

  return (
    <Stack gap="sm">
      {current.length === 0 && (
        <Text size="sm" c="dimmed">
          No current homework.{ended.length > 0 ? ' Earlier assignments have ended.' : ''}
        </Text>
      )}
      {current.map(card)}
      {ended.length > 0 && (
        <>
          <Button
            variant="subtle"
            size="xs"
            color="gray"
            onClick={toggleEnded}
            w="fit-content"
            aria-expanded={showEnded}
          >
            {showEnded ? 'Hide' : 'Show'} ended ({ended.length})
          </Button>
          <Collapse expanded={showEnded}>
            <Stack gap="sm">{ended.map(card)}</Stack>
          </Collapse>
        </>
      )}
      <EditAssignmentModal assignment={editing} today={today} onClose={() => setEditing(null)} />
      <ConfirmModal request={confirm} onClose={() => setConfirm(null)} />
    </Stack>
  );
}

function AssignmentCard({
  assignment: a,
  couple,
  onEdit,
  onConfirm,
}: {
  assignment: Assignment;
  couple: CouplePartners;
  onEdit: () => void;
  onConfirm: (r: ConfirmRequest) => void;
}) {
  const [pause, pauseState] = useMutation(pauseAssignmentMutation);
  const [resume, resumeState] = useMutation(resumeAssignmentMutation);
  const [end] = useMutation(endAssignmentMutation);
  const [remove] = useMutation(deleteAssignmentMutation);
  const title = a.exercise.title;
  const { done, due, overdue, upcoming } = a.progress;
  const status = STATUS[a.status];

  const toggle = async () => {
    try {
      if (a.status === 'PAUSED') {
        await resume({ variables: { id: a.id }, refetchQueries: REFETCH });
        notifications.show({ color: 'teal', message: `“${title}” is running again.` });
      } else {
        await pause({ variables: { id: a.id }, refetchQueries: REFETCH });
        notifications.show({
          color: 'teal',
          message: `“${title}” is paused: no new tasks until you resume it.`,
        });
      }
    } catch (error) {
      notifications.show({
        color: 'red',
        title: `Couldn't change “${title}”`,
        message: errorMessage(error),
      });
    }
  };

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      data-testid="assignment"
      data-status={a.status}
      style={a.status === 'ENDED' ? { opacity: 0.75 } : undefined}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={4} miw={0} style={{ flex: 1 }}>
          <Group gap="xs">
            <Anchor
              component={Link}
              to={`/catalogue?exercise=${a.exercise.id}`}
              fw={600}
              c="var(--mantine-color-text)"
            >
              {title}
            </Anchor>
            <Badge color={status.color} variant="light" size="sm">
              {status.label}
            </Badge>
            {!a.exercise.isLatest && (
              <Badge color="gray" variant="outline" size="sm">
                Version {a.exercise.version}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {a.schedule.summary} · {audienceText(couple, a.audience, a.audiencePartner)} ·{' '}
            {a.exercise.estimatedMinutes} min
          </Text>
          {a.note && (
            <Text size="sm" fs="italic" style={{ whiteSpace: 'pre-wrap' }}>
              “{a.note}”
            </Text>
          )}
        </Stack>
        {a.status !== 'ENDED' && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Actions for ${title}`}
                loading={pauseState.loading || resumeState.loading}
              >
                <IconDots size={18} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconPencil size={14} />} onClick={onEdit}>
                Edit note or schedule
              </Menu.Item>
              <Menu.Item
                leftSection={
                  a.status === 'PAUSED' ? (
                    <IconPlayerPlay size={14} />
                  ) : (
                    <IconPlayerPause size={14} />
                  )
                }
                onClick={() => void toggle()}
              >
                {a.status === 'PAUSED' ? 'Resume' : 'Pause'}
              </Menu.Item>
              <Menu.Item
                leftSection={<IconPlayerStop size={14} />}
                onClick={() =>
                  onConfirm({
                    title: `End “${title}”?`,
                    body: 'No more tasks from today on. What has been done so far stays, with its reflections.',
                    confirmLabel: 'End assignment',
                    color: 'orange',
                    run: async () => {
                      await end({ variables: { id: a.id }, refetchQueries: REFETCH });
                      notifications.show({ color: 'teal', message: `“${title}” has ended.` });
                    },
                  })
                }
              >
                End
              </Menu.Item>
              {done === 0 && (
                <Menu.Item
                  color="red"
                  leftSection={<IconTrash size={14} />}
                  onClick={() =>
                    onConfirm({
                      title: `Delete “${title}”?`,
                      body: 'Nothing of it has been done yet, so it disappears completely, as if it was never assigned.',
                      confirmLabel: 'Delete',
                      run: async () => {
                        await remove({ variables: { id: a.id }, refetchQueries: REFETCH });
                        notifications.show({ color: 'teal', message: `“${title}” was deleted.` });
                      },
                    })
                  }
                >
                  Delete
                </Menu.Item>
              )}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      <Group gap="md" mt="sm" align="center" wrap="wrap">
        <Progress.Root size="lg" w={160} aria-hidden>
          <Progress.Section value={due ? (Math.min(done, due) / due) * 100 : 0} color="teal" />
          <Progress.Section value={due ? (overdue / due) * 100 : 0} color="orange" />
        </Progress.Root>
        <Text size="sm" data-testid="assignment-progress">
          {due === 0 ? (
            <>Nothing due yet</>
          ) : (
            <>
              <Text span fw={600}>
                {done}
              </Text>{' '}
              of {due} due done
            </>
          )}
          {overdue > 0 && (
            <Text span c="orange.8" fw={500}>
              {' '}
              · {overdue} overdue
            </Text>
          )}
          {upcoming > 0 && a.status !== 'ENDED' && <> · {upcoming} to come</>}
        </Text>
      </Group>
    </Paper>
  );
}
