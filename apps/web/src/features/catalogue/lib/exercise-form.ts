import type {
  CatalogueExerciseDetailFieldsFragment,
  ExerciseInput,
  PromptKind,
  ScheduleKind,
  SuggestedAudience,
} from '../../../gql/graphql';
import { WEEKDAY_OPTIONS } from '../../../shared/schedule-labels';

/*
 * The exercise form's state, apart from the dialog: the values a new exercise starts with
 * or an existing one is edited from, the input sent to the API, and where the API's field
 * errors land on the form.
 */

export interface PromptValue {
  /** Kept across versions so answers stay matched; empty for new prompts. */
  id: string;
  /** React key only. */
  key: string;
  kind: PromptKind;
  label: string;
}

export interface ExerciseFormValues {
  title: string;
  summary: string;
  activity: string | null;
  intimacyTypes: string[];
  estimatedMinutes: number | string;
  whyItHelps: string;
  steps: string;
  suggestedAudience: SuggestedAudience;
  ruleKind: ScheduleKind;
  timesPerWeek: number | string;
  weekdays: string[];
  reflectionPrompts: PromptValue[];
}

let promptKeys = 0;
export const newPrompt = (kind: PromptKind = 'TEXT', label = ''): PromptValue => ({
  id: '',
  key: `p${++promptKeys}`,
  kind,
  label,
});

export function initialValues(e: CatalogueExerciseDetailFieldsFragment | null): ExerciseFormValues {
  if (!e) {
    return {
      title: '',
      summary: '',
      activity: null,
      intimacyTypes: [],
      estimatedMinutes: 15,
      whyItHelps: '',
      steps: '',
      suggestedAudience: 'EACH',
      ruleKind: 'N_PER_WEEK',
      timesPerWeek: 3,
      weekdays: [],
      reflectionPrompts: [newPrompt()],
    };
  }
  return {
    title: e.title,
    summary: e.summary,
    activity: e.activity ?? null,
    intimacyTypes: [...e.intimacyTypes],
    estimatedMinutes: e.estimatedMinutes,
    whyItHelps: e.whyItHelps,
    steps: e.steps,
    suggestedAudience: e.suggestedAudience,
    ruleKind: e.suggestedSchedule.kind,
    timesPerWeek: e.suggestedSchedule.timesPerWeek ?? 3,
    weekdays: [...(e.suggestedSchedule.weekdays ?? [])],
    reflectionPrompts: e.reflectionPrompts.map((p) => ({
      ...newPrompt(p.kind, p.label),
      id: p.id,
    })),
  };
}

export function toInput(v: ExerciseFormValues): ExerciseInput {
  const minutes = Number(v.estimatedMinutes);
  return {
    title: v.title.trim(),
    summary: v.summary.trim(),
    activity: v.activity || null,
    intimacyTypes: v.intimacyTypes as ExerciseInput['intimacyTypes'],
    estimatedMinutes: Number.isFinite(minutes) && v.estimatedMinutes !== '' ? minutes : 0,
    whyItHelps: v.whyItHelps,
    steps: v.steps,
    suggestedAudience: v.suggestedAudience,
    suggestedSchedule:
      v.ruleKind === 'N_PER_WEEK'
        ? { kind: v.ruleKind, timesPerWeek: Number(v.timesPerWeek) }
        : v.ruleKind === 'WEEKLY'
          ? {
              kind: v.ruleKind,
              weekdays: WEEKDAY_OPTIONS.map((d) => d.value).filter((d) => v.weekdays.includes(d)),
            }
          : { kind: v.ruleKind },
    reflectionPrompts: v.reflectionPrompts.map((p) => ({
      ...(p.id ? { id: p.id } : {}),
      kind: p.kind,
      label: p.label.trim(),
    })),
  };
}

/** The API's field paths that don't match the form's own. */
export function rename(prompts: number): Record<string, string> {
  const r: Record<string, string> = {
    'suggestedSchedule.kind': 'ruleKind',
    'suggestedSchedule.timesPerWeek': 'timesPerWeek',
    'suggestedSchedule.weekdays': 'weekdays',
  };
  for (let i = 0; i < 7; i++) r[`suggestedSchedule.weekdays.${i}`] = 'weekdays';
  for (let i = 0; i < 8; i++) r[`intimacyTypes.${i}`] = 'intimacyTypes';
  for (let i = 0; i < prompts; i++) {
    r[`reflectionPrompts.${i}`] = `reflectionPrompts.${i}.label`;
    r[`reflectionPrompts.${i}.id`] = `reflectionPrompts.${i}.label`;
  }
  return r;
}

export function knownFields(prompts: number): string[] {
  const fields = [
    'title',
    'summary',
    'activity',
    'intimacyTypes',
    'estimatedMinutes',
    'whyItHelps',
    'steps',
    'suggestedAudience',
    'ruleKind',
    'timesPerWeek',
    'weekdays',
    'reflectionPrompts',
  ];
  for (let i = 0; i < prompts; i++) {
    fields.push(`reflectionPrompts.${i}.label`, `reflectionPrompts.${i}.kind`);
  }
  return fields;
}
