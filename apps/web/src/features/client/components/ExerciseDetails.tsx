import { Anchor, Avatar, Group, Paper, Stack, Text, Title, Typography } from '@mantine/core';
import ReactMarkdown from 'react-markdown';
import type { OurTaskQuery } from '../../../gql/graphql';
import { firstName, initials } from '../lib/partners';

type Task = NonNullable<OurTaskQuery['ourCouple']>['tasks'][number];

/** What to do and why: the coach's note first (it is personal), then the exercise. */
export function ExerciseDetails({ task, coachName }: { task: Task; coachName: string }) {
  const { assignment } = task;
  const { exercise } = assignment;
  return (
    <Stack gap="lg">
      {assignment.note.trim() && (
        <Paper p="md" radius="md" bg="clay.0" component="section" aria-label="Note from your coach">
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <Avatar color="hearth" radius="xl" aria-hidden>
              {initials(coachName)}
            </Avatar>
            <div style={{ minWidth: 0 }}>
              <Text
                size="xs"
                c="dimmed"
                fw={600}
                tt="uppercase"
                style={{ letterSpacing: '0.04em' }}
              >
                {firstName(coachName)}'s note
              </Text>
              <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {assignment.note}
              </Text>
            </div>
          </Group>
        </Paper>
      )}

      <section aria-labelledby="why-heading">
        <Title order={2} fz="lg" id="why-heading" mb={6}>
          Why it helps
        </Title>
        <Text>{exercise.whyItHelps}</Text>
      </section>

      <section aria-labelledby="steps-heading">
        <Title order={2} fz="lg" id="steps-heading" mb={6}>
          Steps
        </Title>
        <Typography>
          {/* Raw HTML is never rendered (react-markdown's default); coaches write plain lists. */}
          <ReactMarkdown disallowedElements={['img']} unwrapDisallowed>
            {exercise.steps}
          </ReactMarkdown>
        </Typography>
      </section>

      {exercise.source && (
        <Text size="xs" c="dimmed">
          {exercise.source.note} Source:{' '}
          {exercise.source.url ? (
            <Anchor href={exercise.source.url} target="_blank" rel="noreferrer" size="xs">
              {exercise.source.title}
            </Anchor>
          ) : (
            <em>{exercise.source.title}</em>
          )}
          , {exercise.source.publisher}.
        </Text>
      )}
    </Stack>
  );
}
