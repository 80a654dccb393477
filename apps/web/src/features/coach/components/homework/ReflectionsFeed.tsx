import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, Paper, SegmentedControl, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowRight, IconCheck, IconNotebook } from '@tabler/icons-react';
import { useState } from 'react';
import type { CoachCompletionFieldsFragment } from '../../../../gql/graphql';
import { errorMessage } from '../../../../shared/errors';
import { formatDate } from '../../../../shared/format';
import { commentOnCompletionMutation, markCompletionReviewedMutation } from '../../graphql/couple';
import { PARTNER_COLOR, partnerName, VISIBILITY, type CouplePartners } from '../../lib/labels';
import { CommentForm, CommentThread } from '../Comments';

type Completion = CoachCompletionFieldsFragment;
type Filter = 'unreviewed' | 'all';

/** Partners' reflections, newest first; the ones not yet reviewed stand out. */
export function ReflectionsFeed({
  completions,
  couple,
}: {
  completions: readonly Completion[];
  couple: CouplePartners;
}) {
  const unreviewed = completions.filter((c) => !c.reviewedAt);
  const [filter, setFilter] = useState<Filter>(unreviewed.length > 0 ? 'unreviewed' : 'all');
  // What the coach reviews stays in view (marked reviewed) until they switch lists, so a
  // reflection doesn't jump away under the cursor the moment it is answered.
  const [pinned, setPinned] = useState<ReadonlySet<string>>(() => new Set());
  const shown =
    filter === 'unreviewed'
      ? completions.filter((c) => !c.reviewedAt || pinned.has(c.id))
      : completions;
  const pin = (id: string) => setPinned((p) => new Set(p).add(id));

  if (completions.length === 0) {
    return (
      <Group gap="sm" wrap="nowrap">
        <IconNotebook size={20} color="var(--mantine-color-gray-5)" aria-hidden />
        <Text size="sm" c="dimmed">
          No reflections yet. When a partner completes homework, what they wrote shows up here for
          you to read, comment on and mark reviewed.
        </Text>
      </Group>
    );
  }
  return (
    <Stack gap="sm">
      <SegmentedControl
        w="fit-content"
        size="xs"
        value={filter}
        onChange={(v) => {
          setFilter(v as Filter);
          setPinned(new Set());
        }}
        data={[
          { value: 'unreviewed', label: `To review (${unreviewed.length})` },
          { value: 'all', label: `All (${completions.length})` },
        ]}
        aria-label="Which reflections to show"
      />
      {shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          You're up to date: every reflection has been reviewed.
        </Text>
      ) : (
        shown.map((c) => (
          <Reflection key={c.id} completion={c} couple={couple} onReviewed={() => pin(c.id)} />
        ))
      )}
    </Stack>
  );
}

function Answer({
  label,
  answer,
}: {
  label: string;
  answer: Completion['answers'][number] | undefined;
}) {
  let value: string;
  if (!answer) value = '—';
  else if (answer.text != null) value = answer.text || '—';
  else if (answer.scale != null) value = `${answer.scale} / 5`;
  else if (answer.yes != null) value = answer.yes ? 'Yes' : 'No';
  else value = '—';
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {value}
      </Text>
    </div>
  );
}

function Reflection({
  completion: c,
  couple,
  onReviewed,
}: {
  completion: Completion;
  couple: CouplePartners;
  onReviewed: () => void;
}) {
  const [comment] = useMutation(commentOnCompletionMutation);
  const [markReviewed, { loading: marking }] = useMutation(markCompletionReviewedMutation);
  const name = partnerName(couple, c.partner);
  const reviewed = !!c.reviewedAt;
  const visibility = VISIBILITY[c.visibility];
  const prompts = c.assignment.exercise.reflectionPrompts;
  // Answers to prompts the exercise no longer lists (should not happen) are still shown.
  const extra = c.answers.filter((a) => !prompts.some((p) => p.id === a.promptId));

  const setReviewed = async (value: boolean) => {
    onReviewed();
    try {
      await markReviewed({
        variables: { id: c.id, reviewed: value },
        refetchQueries: ['CoachCouple'],
      });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: "Couldn't update the reflection",
        message: errorMessage(error),
      });
    }
  };

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      data-testid="reflection"
      data-reviewed={reviewed}
      bg={reviewed ? undefined : 'blue.0'}
      style={reviewed ? undefined : { borderLeft: '4px solid var(--mantine-color-blue-6)' }}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div>
            <Text fw={600}>{c.exerciseTitle}</Text>
            <Text size="sm" c="dimmed">
              <Text span c={`${PARTNER_COLOR[c.partner]}.8`} fw={600}>
                {name}
              </Text>{' '}
              · {formatDate(c.completedOn)}
              {c.completedOn > c.dueDate ? ` (due ${formatDate(c.dueDate)})` : ''}
            </Text>
          </div>
          <Group gap={6}>
            {!reviewed && (
              <Badge color="blue" variant="filled" size="sm">
                To review
              </Badge>
            )}
            <Tooltip label={visibility.hint} withArrow>
              <Badge color={visibility.color} variant="light" size="sm" tabIndex={0}>
                {visibility.label}
              </Badge>
            </Tooltip>
          </Group>
        </Group>
        <Stack gap={8}>
          {prompts.map((p) => (
            <Answer
              key={p.id}
              label={p.label}
              answer={c.answers.find((a) => a.promptId === p.id)}
            />
          ))}
          {extra.map((a) => (
            <Answer key={a.promptId} label={a.promptId} answer={a} />
          ))}
        </Stack>
        <Group gap="lg">
          <Text size="sm">
            <Text span c="dimmed">
              Helpful:
            </Text>{' '}
            {c.helpfulness} / 5
          </Text>
          <Text size="sm">
            <Text span c="dimmed">
              Closeness:
            </Text>{' '}
            {c.closenessBefore}{' '}
            <IconArrowRight size={12} aria-label="to" style={{ verticalAlign: 'middle' }} />{' '}
            {c.closenessAfter}
            <Text span c="dimmed" size="xs">
              {' '}
              (1–7)
            </Text>
          </Text>
        </Group>
        <CommentThread comments={c.comments} />
        <CommentForm
          label={`Comment on ${name}'s reflection on ${c.exerciseTitle}`}
          hint={
            c.visibility === 'SHARED'
              ? `${name} and their partner will see your comment. Sending it marks this reviewed.`
              : `Only ${name} will see your comment. Sending it marks this reviewed.`
          }
          send={async (body) => {
            onReviewed();
            await comment({
              variables: { input: { entryId: c.id, body } },
              refetchQueries: ['CoachCoupleHomework', 'CoachCouple'],
              awaitRefetchQueries: true,
            });
            notifications.show({ color: 'teal', message: `Comment sent to ${name}.` });
          }}
          extraActions={
            reviewed ? (
              <Button
                size="xs"
                variant="subtle"
                color="gray"
                loading={marking}
                onClick={() => void setReviewed(false)}
                leftSection={<IconCheck size={14} aria-hidden />}
              >
                Reviewed · undo
              </Button>
            ) : (
              <Button
                size="xs"
                variant="default"
                loading={marking}
                onClick={() => void setReviewed(true)}
                leftSection={<IconCheck size={14} aria-hidden />}
              >
                Mark reviewed
              </Button>
            )
          }
        />
      </Stack>
    </Paper>
  );
}
