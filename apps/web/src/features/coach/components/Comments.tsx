import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconMessageCircle } from '@tabler/icons-react';
import { useState } from 'react';
import type { CoachCommentFieldsFragment } from '../../../gql/graphql';
import { applyApiErrors } from '../../../shared/errors';
import { formatDateTime } from '../../../shared/format';

/** The coach's replies on an entry, oldest first. */
export function CommentThread({ comments }: { comments: readonly CoachCommentFieldsFragment[] }) {
  if (comments.length === 0) return null;
  return (
    <Stack gap={6} data-testid="comments">
      {comments.map((c) => (
        <div
          key={c.id}
          style={{
            borderLeft: '3px solid var(--mantine-color-hearth-3)',
            paddingLeft: 10,
          }}
        >
          <Text size="xs" c="dimmed">
            {c.author.displayName} · {formatDateTime(c.createdAt)}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {c.body}
          </Text>
        </div>
      ))}
    </Stack>
  );
}

/**
 * A reply box that opens from a "Comment" button. `send` throws the API's error; a
 * BAD_USER_INPUT on `body` lands on the field.
 */
export function CommentForm({
  send,
  label,
  hint,
  extraActions,
}: {
  send: (body: string) => Promise<void>;
  /** Accessible name of the button and box, e.g. "Comment on Alex's reflection". */
  label: string;
  hint?: string;
  extraActions?: React.ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    initialValues: { body: '' },
    validate: { body: (v) => (v.trim() ? null : 'Write a comment.') },
  });

  const submit = form.onSubmit(async ({ body }) => {
    setProblem(null);
    setBusy(true);
    try {
      await send(body.trim());
      form.reset();
      setOpen(false);
    } catch (error) {
      setProblem(applyApiErrors(form, error, ['body']));
    } finally {
      setBusy(false);
    }
  });

  if (!open) {
    return (
      <Group gap="xs">
        <Button
          size="xs"
          variant="light"
          leftSection={<IconMessageCircle size={14} aria-hidden />}
          onClick={() => setOpen(true)}
          aria-label={label}
        >
          Comment
        </Button>
        {extraActions}
      </Group>
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Textarea
          aria-label={label}
          placeholder="A short, warm reply…"
          description={hint}
          autosize
          minRows={2}
          maxRows={8}
          autoFocus
          {...form.getInputProps('body')}
        />
        {problem && (
          <Text size="xs" c="red" role="alert">
            {problem}
          </Text>
        )}
        <Group gap="xs">
          <Button size="xs" type="submit" loading={busy}>
            Send comment
          </Button>
          <Button
            size="xs"
            variant="default"
            onClick={() => {
              form.reset();
              setProblem(null);
              setOpen(false);
            }}
          >
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
