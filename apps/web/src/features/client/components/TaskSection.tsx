import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { TaskRow, type HomeTask } from './TaskRow';

/** One heading of the client's homework (Today, Overdue, This week…) and its tasks. */
export function TaskSection({
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
