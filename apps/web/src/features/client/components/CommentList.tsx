import { Avatar, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ClientCommentFieldsFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../shared/format';
import { initials } from '../lib/partners';

/** The coach's replies under an entry, oldest first. */
export function CommentList({ comments }: { comments: readonly ClientCommentFieldsFragment[] }) {
  if (comments.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="coach-comments">
      <Title order={3} fz="sm">
        {comments.length === 1 ? 'Reply from your coach' : 'Replies from your coach'}
      </Title>
      {comments.map((c) => (
        <Paper key={c.id} p="sm" radius="md" bg="hearth.0" data-testid="coach-comment">
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <Avatar size="sm" radius="xl" color="hearth" aria-hidden>
              {initials(c.author.displayName)}
            </Avatar>
            <div style={{ minWidth: 0 }}>
              <Text size="xs" c="dimmed">
                <Text span fw={600} c="dark" size="xs">
                  {c.author.displayName}
                </Text>{' '}
                · {formatDateTime(c.createdAt)}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {c.body}
              </Text>
            </div>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
