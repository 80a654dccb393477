import { Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconChevronRight, IconMessageCircle } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { OurHomeQuery } from '../../../gql/graphql';
import { plural } from '../../../shared/format';
import { relativeDay } from '../lib/dates';
import { TaskStateBadge } from './TaskStateBadge';
import classes from './TaskRow.module.css';

export type HomeTask = NonNullable<OurHomeQuery['ourCouple']>['tasks'][number];

export function taskPath(task: { id: string; dueDate: string }): string {
  return `/home/tasks/${task.id}?due=${task.dueDate}`;
}

/** One task as a whole-row link: a thumb-sized target with what, when, and its state. */
export function TaskRow({ task, today }: { task: HomeTask; today: string }) {
  const comments = task.completion?.comments.length ?? 0;
  return (
    <UnstyledButton
      component={Link}
      to={taskPath(task)}
      className={classes.row}
      data-testid="task-row"
      data-state={task.state}
    >
      <Group gap="sm" wrap="nowrap" justify="space-between">
        <Stack gap={2} miw={0}>
          <Text fw={600} className={classes.title}>
            {task.assignment.exercise.title}
          </Text>
          <Text size="sm" c="dimmed">
            {relativeDay(task.dueDate, today)} · {task.assignment.exercise.estimatedMinutes} min ·{' '}
            {task.partner ? 'You' : 'Together'}
          </Text>
          {comments > 0 && (
            <Group gap={4} wrap="nowrap">
              <IconMessageCircle size={14} color="var(--mantine-color-hearth-7)" aria-hidden />
              <Text size="xs" c="hearth.9" fw={500}>
                {plural(comments, 'comment')} from your coach
              </Text>
            </Group>
          )}
        </Stack>
        <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
          <TaskStateBadge state={task.state} />
          <IconChevronRight size={18} color="var(--mantine-color-gray-5)" aria-hidden />
        </Group>
      </Group>
    </UnstyledButton>
  );
}
