/**
 * Validation of an exercise a coach or clinic writes (custom exercises). The built-in
 * catalogue is held to the same rules by its spec, so built-ins and custom exercises can
 * never drift apart in shape.
 */
import type { FieldError } from '../errors';
import { SCHEDULE_KINDS, validateRuleDetails, type ScheduleRule } from '../schedules';
import { ACTIVITIES, INTIMACY_TYPES, PROMPT_KINDS } from './exercise';

export const EXERCISE_LIMITS = {
  titleMin: 3,
  titleMax: 120,
  summaryMax: 200,
  whyItHelpsMax: 2000,
  stepsMax: 5000,
  minutesMin: 1,
  /** Four hours: homework between sessions, not a weekend retreat. */
  minutesMax: 240,
  promptsMin: 1,
  promptsMax: 10,
  promptIdMax: 40,
  promptLabelMin: 3,
  promptLabelMax: 300,
} as const;

/**
 * Everything optional and unknown: the draft comes from a form or a request, and each
 * problem should come back as a field error, not as a type error somewhere else.
 */
export interface ExerciseDraft {
  title?: unknown;
  summary?: unknown;
  activity?: unknown;
  intimacyTypes?: unknown;
  whyItHelps?: unknown;
  steps?: unknown;
  estimatedMinutes?: unknown;
  reflectionPrompts?: unknown;
  suggestedSchedule?: unknown;
  suggestedAudience?: unknown;
}

const PROMPT_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const L = EXERCISE_LIMITS;

/** Length in characters as a person counts them (an emoji is one). */
const length = (s: string) => [...s.trim()].length;

export function validateExerciseDraft(draft: ExerciseDraft): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field, message });

  if (typeof draft.title !== 'string' || length(draft.title) < L.titleMin) {
    add('title', `Give the exercise a title of at least ${L.titleMin} characters.`);
  } else if (length(draft.title) > L.titleMax) {
    add('title', `Keep the title to ${L.titleMax} characters or fewer.`);
  }

  if (draft.summary !== undefined) {
    if (typeof draft.summary !== 'string' || /[\r\n]/.test(draft.summary)) {
      add('summary', 'The summary is a single line.');
    } else if (length(draft.summary) > L.summaryMax) {
      add('summary', `Keep the summary to ${L.summaryMax} characters or fewer.`);
    }
  }

  if (draft.activity !== undefined && !ACTIVITIES.some((a) => a.key === draft.activity)) {
    add('activity', 'Choose one of the listed activities.');
  }

  const types = draft.intimacyTypes;
  if (!Array.isArray(types) || types.length === 0) {
    add('intimacyTypes', 'Choose at least one type of intimacy.');
  } else {
    types.forEach((t: unknown, i) => {
      if (!(INTIMACY_TYPES as readonly unknown[]).includes(t)) {
        add(`intimacyTypes.${i}`, 'Unknown type of intimacy.');
      } else if (types.indexOf(t) !== i) {
        add(`intimacyTypes.${i}`, 'Each type only once.');
      }
    });
  }

  if (typeof draft.whyItHelps !== 'string' || length(draft.whyItHelps) === 0) {
    add('whyItHelps', 'Say why this exercise helps.');
  } else if (length(draft.whyItHelps) > L.whyItHelpsMax) {
    add('whyItHelps', `Keep this to ${L.whyItHelpsMax} characters or fewer.`);
  }

  if (typeof draft.steps !== 'string' || length(draft.steps) === 0) {
    add('steps', 'Describe the steps.');
  } else if (length(draft.steps) > L.stepsMax) {
    add('steps', `Keep the steps to ${L.stepsMax} characters or fewer.`);
  }

  const minutes = draft.estimatedMinutes;
  if (
    typeof minutes !== 'number' ||
    !Number.isInteger(minutes) ||
    minutes < L.minutesMin ||
    minutes > L.minutesMax
  ) {
    add('estimatedMinutes', `Use whole minutes from ${L.minutesMin} to ${L.minutesMax}.`);
  }

  errors.push(...validatePrompts(draft.reflectionPrompts));

  if (draft.suggestedSchedule !== undefined) {
    const rule = draft.suggestedSchedule as ScheduleRule | null;
    if (typeof rule !== 'object' || rule === null || !SCHEDULE_KINDS.includes(rule.kind)) {
      add('suggestedSchedule.kind', 'Choose once, daily, N times a week or weekly.');
    } else {
      for (const e of validateRuleDetails(rule)) add(`suggestedSchedule.${e.field}`, e.message);
    }
  }

  if (
    draft.suggestedAudience !== undefined &&
    draft.suggestedAudience !== 'EACH' &&
    draft.suggestedAudience !== 'TOGETHER'
  ) {
    add('suggestedAudience', 'Choose each partner or together.');
  }
  return errors;
}

function validatePrompts(prompts: unknown): FieldError[] {
  const errors: FieldError[] = [];
  if (!Array.isArray(prompts) || prompts.length < L.promptsMin) {
    return [{ field: 'reflectionPrompts', message: 'Add at least one reflection prompt.' }];
  }
  if (prompts.length > L.promptsMax) {
    errors.push({
      field: 'reflectionPrompts',
      message: `Use at most ${L.promptsMax} reflection prompts.`,
    });
  }
  const seen = new Set<string>();
  prompts.forEach((p: unknown, i) => {
    const at = `reflectionPrompts.${i}`;
    if (typeof p !== 'object' || p === null) {
      errors.push({ field: at, message: 'Each prompt needs an id, a kind and a label.' });
      return;
    }
    const { id, kind, label } = p as Record<string, unknown>;
    if (typeof id !== 'string' || !PROMPT_ID_PATTERN.test(id) || id.length > L.promptIdMax) {
      errors.push({ field: `${at}.id`, message: 'Use lower-case letters, digits and dashes.' });
    } else if (seen.has(id)) {
      errors.push({ field: `${at}.id`, message: 'Each prompt id only once.' });
    } else {
      seen.add(id);
    }
    if (!(PROMPT_KINDS as readonly unknown[]).includes(kind)) {
      errors.push({ field: `${at}.kind`, message: 'Choose text, a 1–5 scale or yes/no.' });
    }
    if (
      typeof label !== 'string' ||
      length(label) < L.promptLabelMin ||
      length(label) > L.promptLabelMax
    ) {
      errors.push({
        field: `${at}.label`,
        message: `Write the prompt in ${L.promptLabelMin}–${L.promptLabelMax} characters.`,
      });
    }
  });
  return errors;
}
