import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Divider,
  Drawer,
  Group,
  List,
  Skeleton,
  Stack,
  Text,
  Title,
  Typography,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  IconArchive,
  IconArchiveOff,
  IconBook2,
  IconClock,
  IconPencil,
  IconSend,
} from '@tabler/icons-react';
import Markdown from 'react-markdown';
import type { CatalogueExerciseDetailFieldsFragment } from '../../../gql/graphql';
import { QueryState } from '../../../shared/components/QueryState';
import { errorMessage } from '../../../shared/errors';
import { describeRule } from '../../../shared/schedule-labels';
import { archiveExerciseMutation, catalogueExerciseQuery } from '../graphql/exercises';
import { intimacyLabel, PROMPT_KIND_LABEL } from '../lib/labels';

/** One exercise in full: why it helps, the steps, the reflection prompts and the source. */
export function ExerciseDrawer({
  exerciseId,
  onClose,
  onAssign,
  onEdit,
}: {
  exerciseId: string | null;
  onClose: () => void;
  onAssign: (id: string) => void;
  onEdit: (exercise: CatalogueExerciseDetailFieldsFragment) => void;
}) {
  const phone = useMediaQuery('(max-width: 47.99em)');
  return (
    <Drawer
      opened={exerciseId !== null}
      onClose={onClose}
      position="right"
      size={phone ? '100%' : 560}
      title={<Text fw={600}>Exercise</Text>}
    >
      {exerciseId && <ExerciseDetail id={exerciseId} onAssign={onAssign} onEdit={onEdit} />}
    </Drawer>
  );
}

function ExerciseDetail({
  id,
  onAssign,
  onEdit,
}: {
  id: string;
  onAssign: (id: string) => void;
  onEdit: (exercise: CatalogueExerciseDetailFieldsFragment) => void;
}) {
  const query = useQuery(catalogueExerciseQuery, { variables: { id } });
  return (
    <QueryState
      query={query}
      errorTitle="This exercise didn't load"
      loader={
        <Stack gap="md" aria-busy="true">
          <Skeleton height={32} width="70%" />
          <Skeleton height={80} />
          <Skeleton height={200} />
        </Stack>
      }
    >
      {(data) => <ExerciseDetailView e={data.exercise} onAssign={onAssign} onEdit={onEdit} />}
    </QueryState>
  );
}

function ExerciseDetailView({
  e,
  onAssign,
  onEdit,
}: {
  e: CatalogueExerciseDetailFieldsFragment;
  onAssign: (id: string) => void;
  onEdit: (exercise: CatalogueExerciseDetailFieldsFragment) => void;
}) {
  const [archive, { loading: archiving }] = useMutation(archiveExerciseMutation);

  const toggleArchive = async () => {
    try {
      await archive({
        variables: { key: e.key, archived: !e.archived },
        refetchQueries: ['CatalogueExercises'],
      });
      notifications.show({
        color: 'teal',
        message: e.archived
          ? `“${e.title}” is back in the catalogue.`
          : `“${e.title}” is archived: it can't be assigned any more; current assignments go on.`,
      });
    } catch (err) {
      notifications.show({
        color: 'red',
        title: `Couldn't ${e.archived ? 'restore' : 'archive'} “${e.title}”`,
        message: errorMessage(err),
      });
    }
  };

  return (
    <Stack gap="lg" data-testid="exercise-detail">
      <Stack gap="xs">
        <Title order={2} fz={24}>
          {e.title}
        </Title>
        {e.summary && <Text c="dimmed">{e.summary}</Text>}
        <Group gap={6}>
          {e.builtIn ? (
            <Badge color="gray" variant="light">
              Built-in
            </Badge>
          ) : (
            <Badge color="clay" variant="light">
              Clinic's own · version {e.version}
            </Badge>
          )}
          {e.archived && (
            <Badge color="gray" variant="outline">
              Archived
            </Badge>
          )}
          {e.intimacyTypes.map((t) => (
            <Badge key={t} color="hearth" variant="light">
              {intimacyLabel(t)}
            </Badge>
          ))}
        </Group>
        <Group gap="lg">
          <Group gap={4}>
            <IconClock size={16} color="var(--mantine-color-dimmed)" aria-hidden />
            <Text size="sm">About {e.estimatedMinutes} minutes</Text>
          </Group>
          <Text size="sm">
            Suggested: {describeRule(e.suggestedSchedule).toLowerCase()},{' '}
            {e.suggestedAudience === 'TOGETHER' ? 'together' : 'each partner on their own'}
          </Text>
        </Group>
        <Group gap="xs" mt="xs">
          {!e.archived && (
            <Button leftSection={<IconSend size={16} aria-hidden />} onClick={() => onAssign(e.id)}>
              Assign to…
            </Button>
          )}
          {!e.builtIn && e.isLatest && (
            <>
              <Button
                variant="default"
                leftSection={<IconPencil size={16} aria-hidden />}
                onClick={() => onEdit(e)}
              >
                Edit
              </Button>
              <Button
                variant="subtle"
                color={e.archived ? 'teal' : 'gray'}
                leftSection={
                  e.archived ? (
                    <IconArchiveOff size={16} aria-hidden />
                  ) : (
                    <IconArchive size={16} aria-hidden />
                  )
                }
                loading={archiving}
                onClick={() => void toggleArchive()}
              >
                {e.archived ? 'Restore' : 'Archive'}
              </Button>
            </>
          )}
        </Group>
        {!e.isLatest && (
          <Alert color="blue" variant="light">
            This is an earlier version, kept by the assignments that use it.
          </Alert>
        )}
      </Stack>
      <Divider />
      <section aria-labelledby="why-it-helps">
        <Title order={3} fz="md" id="why-it-helps" mb={6}>
          Why it helps
        </Title>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {e.whyItHelps}
        </Text>
      </section>
      <section aria-labelledby="steps">
        <Title order={3} fz="md" id="steps" mb={6}>
          Steps
        </Title>
        <Typography fz="sm">
          <Markdown>{e.steps}</Markdown>
        </Typography>
      </section>
      <section aria-labelledby="prompts">
        <Title order={3} fz="md" id="prompts" mb={6}>
          Reflection prompts
        </Title>
        <Text size="xs" c="dimmed" mb={6}>
          What each partner answers after doing it.
        </Text>
        <List type="ordered" spacing={6} size="sm">
          {e.reflectionPrompts.map((p) => (
            <List.Item key={p.id}>
              {p.label}{' '}
              <Text span size="xs" c="dimmed">
                ({PROMPT_KIND_LABEL[p.kind]})
              </Text>
            </List.Item>
          ))}
        </List>
      </section>
      {e.source && (
        <section aria-labelledby="source">
          <Group gap={6} mb={6}>
            <IconBook2 size={16} aria-hidden />
            <Title order={3} fz="md" id="source">
              Source
            </Title>
          </Group>
          <Text size="sm">
            {e.source.url ? (
              <Anchor href={e.source.url} target="_blank" rel="noreferrer">
                {e.source.title}
              </Anchor>
            ) : (
              <Text span fs="italic">
                {e.source.title}
              </Text>
            )}
            , {e.source.publisher}.
          </Text>
          <Text size="xs" c="dimmed" mt={4}>
            {e.source.note}
          </Text>
        </section>
      )}
    </Stack>
  );
}
