import type { ApolloCache, Reference } from '@apollo/client';
import type {
  ClientCompletionFieldsFragment,
  CompleteTaskInput,
  OurTaskQuery,
  ReflectionAnswerInput,
  TaskState,
  Visibility,
} from '../../../gql/graphql';

export type Task = NonNullable<OurTaskQuery['ourCouple']>['tasks'][number];
export type Prompt = Task['assignment']['exercise']['reflectionPrompts'][number];

interface AnswerValue {
  promptId: string;
  /** TEXT: the text; SCALE_1_5: "1"–"5"; YES_NO: "yes" / "no"; "" when unanswered. */
  value: string;
}

export type CompletionValues = {
  answers: AnswerValue[];
  helpfulness: string | null;
  closenessBefore: string | null;
  closenessAfter: string | null;
  visibility: Visibility;
};

function answerValue(answer: ClientCompletionFieldsFragment['answers'][number] | undefined) {
  if (!answer) return '';
  if (answer.text != null) return answer.text;
  if (answer.scale != null) return String(answer.scale);
  if (answer.yes != null) return answer.yes ? 'yes' : 'no';
  return '';
}

export function valuesFrom(
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
export function toInput(
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

/** The API's paths of a sent answer (`answers.0.text`) onto the prompt's field in the form. */
export function answerRename(promptIndexOfSent: readonly number[]): Record<string, string> {
  const rename: Record<string, string> = {};
  promptIndexOfSent.forEach((promptIndex, sent) => {
    for (const key of ['text', 'scale', 'yes', 'promptId']) {
      rename[`answers.${sent}.${key}`] = `answers.${promptIndex}.value`;
    }
  });
  return rename;
}

/** Done by the end of the due day is DONE, after it LATE (as the API decides on reload). */
export function stateAfterCompletion(state: TaskState): TaskState {
  if (state === 'OVERDUE' || state === 'MISSED') return 'LATE';
  if (state === 'DUE' || state === 'UPCOMING') return 'DONE';
  return state;
}

export function updateCacheAfterCompletion(
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
