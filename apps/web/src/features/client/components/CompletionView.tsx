import { Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ClientCompletionFieldsFragment } from '../../../gql/graphql';
import { CommentList } from './CommentList';
import { VisibilityBadge } from './VisibilityBadge';

interface PromptLike {
  id: string;
  label: string;
}

function answerText(answer: ClientCompletionFieldsFragment['answers'][number]): string | null {
  if (answer.text != null && answer.text.trim()) return answer.text;
  if (answer.scale != null) return `${answer.scale} out of 5`;
  if (answer.yes != null) return answer.yes ? 'Yes' : 'No';
  return null;
}

/** A reflection as it was saved: answers, the three ratings, who can read it, coach replies. */
export function CompletionView({
  completion,
  prompts,
  withComments = true,
}: {
  completion: ClientCompletionFieldsFragment;
  prompts: readonly PromptLike[];
  withComments?: boolean;
}) {
  const answered = completion.answers
    .map((a) => ({ answer: a, text: answerText(a) }))
    .filter((a): a is { answer: typeof a.answer; text: string } => a.text !== null);
  return (
    <Stack gap="md">
      {answered.length > 0 && (
        <Stack gap="sm">
          {answered.map(({ answer, text }) => (
            <div key={answer.promptId}>
              <Text size="sm" c="dimmed">
                {prompts.find((p) => p.id === answer.promptId)?.label ?? 'Answer'}
              </Text>
              <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{text}</Text>
            </div>
          ))}
        </Stack>
      )}
      <SimpleGrid cols={3} spacing="xs">
        <Figure label="Helpful" value={`${completion.helpfulness}/5`} />
        <Figure label="Close before" value={`${completion.closenessBefore}/7`} />
        <Figure label="Close after" value={`${completion.closenessAfter}/7`} />
      </SimpleGrid>
      <Group gap="xs">
        <VisibilityBadge visibility={completion.visibility} />
        <Text size="xs" c="dimmed">
          {completion.visibility === 'SHARED'
            ? 'Both of you and your coach can read this'
            : 'Only you and your coach can read this'}
        </Text>
      </Group>
      {withComments && <CommentList comments={completion.comments} />}
    </Stack>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
    </div>
  );
}
