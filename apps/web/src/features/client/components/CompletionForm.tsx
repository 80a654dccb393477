import { useMutation } from '@apollo/client/react';
import { CHECKIN_ITEMS } from '@hearth/domain';
import { Alert, Button, Divider, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconArrowRight, IconHistory } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ClientCompletionFieldsFragment } from '../../../gql/graphql';
import { movedTaskOf } from '../../../shared/errors';
import { draftKey, writeDraft } from '../../../shared/forms/drafts';
import { useDraftedSubmit } from '../../../shared/forms/useDraftedSubmit';
import { formatDate, formatDateTime } from '../../../shared/format';
import { completeTaskMutation } from '../graphql/task';
import {
  answerRename,
  toInput,
  updateCacheAfterCompletion,
  valuesFrom,
  type CompletionValues,
  type Task,
} from '../lib/completion';
import { QUESTION_LABEL_STYLES } from '../lib/forms';
import { NotSavedAlert } from './NotSavedAlert';
import { SaveStatus } from './SaveStatus';
import { taskPath } from './TaskRow';
import { numberOptions, ScaleField, type ScaleOption } from './ScaleField';
import { VisibilityField } from './VisibilityField';

const CLOSENESS = CHECKIN_ITEMS.find((i) => i.id === 'closeness')!;
const CLOSENESS_OPTIONS = numberOptions(1, 7);
const HELPFULNESS_OPTIONS = numberOptions(1, 5);
const SCALE_1_5 = numberOptions(1, 5);
const YES_NO: ScaleOption[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

export function CompletionForm({
  task,
  viewerId,
  partnerName,
  completion,
  onSaved,
  onCancel,
}: {
  task: Task;
  viewerId: string;
  partnerName: string;
  /** The completion being edited (same day only). */
  completion?: ClientCompletionFieldsFragment | null;
  onSaved: () => void;
  onCancel?: () => void;
}) {
  const prompts = task.assignment.exercise.reflectionPrompts;
  const [completeTask] = useMutation(completeTaskMutation);
  // The coach moved this task to another day: the answers go with it, as its draft.
  const [movedTo, setMovedTo] = useState<{ taskId: string; dueDate: string } | null>(null);
  const { form, submit, status, formError, restoredAt, startAgain } = useDraftedSubmit<
    CompletionValues,
    unknown
  >({
    draftKey: draftKey(viewerId, 'task', task.id),
    operationName: 'CompleteTask',
    valuesFrom: (draft) => valuesFrom(prompts, completion, draft),
    validate: {
      helpfulness: (v) => (v ? null : 'Choose how helpful it was, from 1 to 5.'),
      closenessBefore: (v) => (v ? null : 'Choose how close you felt before, from 1 to 7.'),
      closenessAfter: (v) => (v ? null : 'Choose how close you felt after, from 1 to 7.'),
    },
    send: async (values) => {
      try {
        return await completeTask({
          variables: { input: toInput(task.id, prompts, values).input },
          update: (cache, { data }) => {
            if (data?.completeTask) updateCacheAfterCompletion(cache, data.completeTask);
          },
        });
      } catch (error) {
        const moved = movedTaskOf(error);
        if (moved) writeDraft(draftKey(viewerId, 'task', moved.taskId), values);
        setMovedTo(moved);
        throw error;
      }
    },
    onSaved: () => onSaved(),
    errorFields: (values) => ({
      known: [
        ...prompts.map((_, i) => `answers.${i}.value`),
        'helpfulness',
        'closenessBefore',
        'closenessAfter',
        'visibility',
      ],
      rename: answerRename(toInput(task.id, prompts, values).promptIndexOfSent),
    }),
  });

  const busy = status.busy;
  return (
    <form onSubmit={submit} noValidate aria-labelledby="reflection-heading">
      <Stack gap="lg">
        <div>
          <Title order={2} fz="lg" id="reflection-heading">
            {completion ? 'Edit your reflection' : 'Your reflection'}
          </Title>
          <Text size="sm" c="dimmed">
            A few words once you've done it. What you type is kept on this phone until it's saved.
          </Text>
        </div>

        {restoredAt && (
          <Alert
            color="hearth"
            variant="light"
            icon={<IconHistory aria-hidden />}
            title="We kept what you typed"
          >
            <Stack gap="xs" align="flex-start">
              <Text size="sm">From {formatDateTime(new Date(restoredAt).toISOString())}.</Text>
              <Button size="xs" variant="white" onClick={startAgain}>
                Start again
              </Button>
            </Stack>
          </Alert>
        )}

        {prompts.map((prompt, i) => {
          const path = `answers.${i}.value`;
          const error = form.errors[path];
          if (prompt.kind === 'TEXT') {
            return (
              <Textarea
                key={prompt.id}
                label={prompt.label}
                autosize
                minRows={3}
                maxRows={10}
                size="md"
                styles={QUESTION_LABEL_STYLES}
                {...form.getInputProps(path)}
              />
            );
          }
          return (
            <ScaleField
              key={prompt.id}
              label={prompt.label}
              options={prompt.kind === 'SCALE_1_5' ? SCALE_1_5 : YES_NO}
              lowAnchor={prompt.kind === 'SCALE_1_5' ? 'Not at all' : undefined}
              highAnchor={prompt.kind === 'SCALE_1_5' ? 'Very much' : undefined}
              value={form.values.answers[i]?.value || null}
              onChange={(v) => form.setFieldValue(path, v)}
              error={error}
            />
          );
        })}

        <Divider />

        <ScaleField
          label="How helpful was this exercise?"
          options={HELPFULNESS_OPTIONS}
          lowAnchor="Not at all"
          highAnchor="Very helpful"
          value={form.values.helpfulness}
          onChange={(v) => form.setFieldValue('helpfulness', v)}
          error={form.errors.helpfulness}
        />
        <ScaleField
          label={`Just before, how close did you feel to ${partnerName}?`}
          options={CLOSENESS_OPTIONS}
          lowAnchor={CLOSENESS.lowAnchor}
          highAnchor={CLOSENESS.highAnchor}
          value={form.values.closenessBefore}
          onChange={(v) => form.setFieldValue('closenessBefore', v)}
          error={form.errors.closenessBefore}
        />
        <ScaleField
          label={`Just after, how close did you feel to ${partnerName}?`}
          options={CLOSENESS_OPTIONS}
          lowAnchor={CLOSENESS.lowAnchor}
          highAnchor={CLOSENESS.highAnchor}
          value={form.values.closenessAfter}
          onChange={(v) => form.setFieldValue('closenessAfter', v)}
          error={form.errors.closenessAfter}
        />

        <VisibilityField
          value={form.values.visibility}
          onChange={(v) => form.setFieldValue('visibility', v)}
          partnerName={partnerName}
          error={form.errors.visibility as string | undefined}
        />

        {formError && (
          <NotSavedAlert
            error={formError}
            onRetry={() => submit()}
            action={
              movedTo && (
                <Button
                  component={Link}
                  to={taskPath({ id: movedTo.taskId, dueDate: movedTo.dueDate })}
                  size="xs"
                  variant="white"
                  color="red"
                  rightSection={<IconArrowRight size={14} aria-hidden />}
                >
                  Go to {formatDate(movedTo.dueDate)}
                </Button>
              )
            }
          />
        )}

        <Stack gap="xs">
          <Group gap="sm" grow wrap="nowrap">
            {onCancel && (
              <Button variant="default" size="lg" onClick={onCancel} disabled={busy}>
                Cancel
              </Button>
            )}
            <Button type="submit" size="lg" loading={busy}>
              {completion ? 'Save changes' : 'Mark as done'}
            </Button>
          </Group>
          <SaveStatus state={status.state} />
        </Stack>
      </Stack>
    </form>
  );
}
