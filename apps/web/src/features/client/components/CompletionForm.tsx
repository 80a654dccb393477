import { useMutation } from '@apollo/client/react';
import type { ApolloCache, Reference } from '@apollo/client';
import { CHECKIN_ITEMS } from '@hearth/domain';
import { Alert, Button, Divider, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconHistory } from '@tabler/icons-react';
import { useState } from 'react';
import type {
  ClientCompletionFieldsFragment,
  CompleteTaskInput,
  OurTaskQuery,
  ReflectionAnswerInput,
  TaskState,
  Visibility,
} from '../../../gql/graphql';
import { applyApiErrors, errorCode } from '../../../shared/errors';
import { formatDateTime } from '../../../shared/format';
import { completeTaskMutation } from '../graphql/task';
import { useDraft } from '../hooks/useDraft';
import { useSaveStatus } from '../hooks/useSaveStatus';
import { draftKey } from '../lib/drafts';
import { QUESTION_LABEL_STYLES, revealFirstError } from '../lib/forms';
import { numberOptions, ScaleField, type ScaleOption } from './ScaleField';
import { SaveStatus } from './SaveStatus';
import { VisibilityField } from './VisibilityField';
import { NotSavedAlert } from './NotSavedAlert';

type Task = NonNullable<OurTaskQuery['ourCouple']>['tasks'][number];
type Prompt = Task['assignment']['exercise']['reflectionPrompts'][number];

interface AnswerValue {
  promptId: string;
  /** TEXT: the text; SCALE_1_5: "1"–"5"; YES_NO: "yes" / "no"; "" when unanswered. */
  value: string;
}

export interface CompletionValues {
  answers: AnswerValue[];
  helpfulness: string | null;
  closenessBefore: string | null;
  closenessAfter: string | null;
  visibility: Visibility;
}

const CLOSENESS = CHECKIN_ITEMS.find((i) => i.id === 'closeness')!;
const CLOSENESS_OPTIONS = numberOptions(1, 7);
const HELPFULNESS_OPTIONS = numberOptions(1, 5);
const SCALE_1_5 = numberOptions(1, 5);
const YES_NO: ScaleOption[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

function answerValue(answer: ClientCompletionFieldsFragment['answers'][number] | undefined) {
  if (!answer) return '';
  if (answer.text != null) return answer.text;
  if (answer.scale != null) return String(answer.scale);
  if (answer.yes != null) return answer.yes ? 'yes' : 'no';
  return '';
}

function valuesFrom(
  prompts: readonly Prompt[],
  completion: ClientCompletionFieldsFragment | null | undefined,
  draft: Partial<CompletionValues> | undefined,
): CompletionValues {
  const fromCompletion = (id: string) =>
    answerValue(completion?.answers.find((a) => a.promptId === id));
  return {
    // Answers follow the exercise's prompts; a draft's answers are matched by prompt id.
    answers: prompts.map((p) => ({
      promptId: p.id,
      value: draft?.answers?.find((a) => a.promptId === p.id)?.value ?? fromCompletion(p.id),
    })),
    helpfulness: draft?.helpfulness ?? (completion ? String(completion.helpfulness) : null),
    closenessBefore:
      draft?.closenessBefore ?? (completion ? String(completion.closenessBefore) : null),
    closenessAfter:
      draft?.closenessAfter ?? (completion ? String(completion.closenessAfter) : null),
    visibility: draft?.visibility ?? completion?.visibility ?? 'PRIVATE',
  };
}

/** The input, and which prompt each sent answer belongs to (to place the API's errors). */
function toInput(
  taskId: string,
  prompts: readonly Prompt[],
  values: CompletionValues,
): { input: CompleteTaskInput; promptIndexOfSent: number[] } {
  const answers: ReflectionAnswerInput[] = [];
  const promptIndexOfSent: number[] = [];
  prompts.forEach((p, i) => {
    const value = values.answers[i]?.value.trim() ?? '';
    if (!value) return;
    const answer: ReflectionAnswerInput = { promptId: p.id };
    if (p.kind === 'TEXT') answer.text = value;
    else if (p.kind === 'SCALE_1_5') answer.scale = Number(value);
    else answer.yes = value === 'yes';
    answers.push(answer);
    promptIndexOfSent.push(i);
  });
  return {
    input: {
      taskId,
      answers,
      helpfulness: Number(values.helpfulness),
      closenessBefore: Number(values.closenessBefore),
      closenessAfter: Number(values.closenessAfter),
      visibility: values.visibility,
    },
    promptIndexOfSent,
  };
}

/** Done by the end of the due day is DONE, after it LATE (as the API decides on reload). */
function stateAfterCompletion(state: TaskState): TaskState {
  if (state === 'OVERDUE' || state === 'MISSED') return 'LATE';
  if (state === 'DUE' || state === 'UPCOMING') return 'DONE';
  return state;
}

function updateCacheAfterCompletion(
  cache: ApolloCache,
  completion: ClientCompletionFieldsFragment,
) {
  cache.modify({
    id: cache.identify({ __typename: 'Task', id: completion.taskId }),
    fields: {
      completion: (_existing, { toReference }) => toReference(completion) ?? null,
      state: (state: TaskState) => stateAfterCompletion(state),
    },
  });
  cache.modify({
    id: cache.identify({ __typename: 'Couple', id: completion.coupleId }),
    fields: {
      completions: (existing: readonly Reference[] = [], { readField, toReference }) => {
        if (existing.some((ref) => readField('id', ref) === completion.id)) return existing;
        const ref = toReference(completion);
        return ref ? [ref, ...existing] : existing;
      },
    },
  });
}

/** Why the submit failed, when it was not the person's input: offer to send it again. */
function isRetryable(error: unknown): boolean {
  const code = errorCode(error);
  return code === undefined || code === 'INTERNAL_SERVER_ERROR';
}

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
  const draft = useDraft<CompletionValues>(draftKey(viewerId, 'task', task.id));
  const [restoredAt, setRestoredAt] = useState(draft.restored?.savedAt ?? null);
  const [completeTask] = useMutation(completeTaskMutation);
  const status = useSaveStatus('CompleteTask');
  const [formError, setFormError] = useState<{ message: string; retry: boolean } | null>(null);

  const form = useForm<CompletionValues>({
    initialValues: valuesFrom(prompts, completion, draft.restored?.values),
    onValuesChange: draft.save,
    validate: {
      helpfulness: (v) => (v ? null : 'Choose how helpful it was, from 1 to 5.'),
      closenessBefore: (v) => (v ? null : 'Choose how close you felt before, from 1 to 7.'),
      closenessAfter: (v) => (v ? null : 'Choose how close you felt after, from 1 to 7.'),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    const { input, promptIndexOfSent } = toInput(task.id, prompts, values);
    try {
      await status.run(() =>
        completeTask({
          variables: { input },
          update: (cache, { data }) => {
            if (data?.completeTask) updateCacheAfterCompletion(cache, data.completeTask);
          },
        }),
      );
      draft.clear();
      onSaved();
    } catch (error) {
      const rename: Record<string, string> = {};
      promptIndexOfSent.forEach((promptIndex, sent) => {
        for (const key of ['text', 'scale', 'yes', 'promptId']) {
          rename[`answers.${sent}.${key}`] = `answers.${promptIndex}.value`;
        }
      });
      const known = [
        ...prompts.map((_, i) => `answers.${i}.value`),
        'helpfulness',
        'closenessBefore',
        'closenessAfter',
        'visibility',
      ];
      revealFirstError();
      const message = applyApiErrors(form, error, known, rename);
      if (message) setFormError({ message, retry: isRetryable(error) });
    }
  }, revealFirstError);

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
              <Button
                size="xs"
                variant="white"
                onClick={() => {
                  draft.discard(() => form.setValues(valuesFrom(prompts, completion, undefined)));
                  setRestoredAt(null);
                }}
              >
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

        {formError && <NotSavedAlert error={formError} onRetry={() => submit()} />}

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
