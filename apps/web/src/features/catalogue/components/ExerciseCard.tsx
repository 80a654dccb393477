import { Badge, Button, Card, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconClock, IconSend } from '@tabler/icons-react';
import type { CatalogueExerciseCardFieldsFragment } from '../../../gql/graphql';
import { describeRule } from '../../../shared/schedule-labels';
import { intimacyLabel } from '../lib/labels';

export function ExerciseCard({
  exercise: e,
  onOpen,
  onAssign,
}: {
  exercise: CatalogueExerciseCardFieldsFragment;
  onOpen: () => void;
  onAssign: () => void;
}) {
  return (
    <Card withBorder padding="md" data-testid="exercise-card" h="100%">
      <Stack gap="xs" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <UnstyledButton onClick={onOpen} style={{ minWidth: 0 }}>
            <Text fw={650} fz="md" c="hearth.9">
              {e.title}
            </Text>
          </UnstyledButton>
          {e.archived ? (
            <Badge color="gray" variant="outline" size="sm" style={{ flexShrink: 0 }}>
              Archived
            </Badge>
          ) : (
            !e.builtIn && (
              <Badge color="clay" variant="light" size="sm" style={{ flexShrink: 0 }}>
                Clinic's own
              </Badge>
            )
          )}
        </Group>
        <Text size="sm" c="dimmed" lineClamp={3}>
          {e.summary || 'No summary.'}
        </Text>
        <Group gap={4}>
          {e.intimacyTypes.map((t) => (
            <Badge key={t} variant="light" color="hearth" size="sm">
              {intimacyLabel(t)}
            </Badge>
          ))}
        </Group>
        <Group gap="md" mt="auto" pt={4}>
          <Group gap={4} wrap="nowrap">
            <IconClock size={14} color="var(--mantine-color-dimmed)" aria-hidden />
            <Text size="xs" c="dimmed">
              {e.estimatedMinutes} min
            </Text>
          </Group>
          <Text size="xs" c="dimmed">
            {describeRule(e.suggestedSchedule)} ·{' '}
            {e.suggestedAudience === 'TOGETHER' ? 'together' : 'each partner'}
          </Text>
        </Group>
        <Group gap="xs" justify="flex-end">
          <Button size="xs" variant="default" onClick={onOpen} aria-label={`Details of ${e.title}`}>
            Details
          </Button>
          {!e.archived && (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconSend size={14} aria-hidden />}
              onClick={onAssign}
              aria-label={`Assign ${e.title} to a couple`}
            >
              Assign to…
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
