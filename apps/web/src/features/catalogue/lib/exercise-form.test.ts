import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import type { CatalogueExerciseDetailFieldsFragment } from '../../../gql/graphql';
import { applyApiErrors } from '../../../shared/errors';
import { initialValues, knownFields, newPrompt, rename, toInput } from './exercise-form';

const existing: CatalogueExerciseDetailFieldsFragment = {
  id: 'ex-1',
  key: 'evening-walk',
  version: 2,
  title: 'Evening walk',
  summary: 'Twenty minutes outside, phones away.',
  builtIn: false,
  archived: false,
  isLatest: true,
  activity: null,
  estimatedMinutes: 20,
  intimacyTypes: ['EXPERIENTIAL'],
  suggestedAudience: 'TOGETHER',
  suggestedSchedule: { kind: 'WEEKLY', timesPerWeek: null, weekdays: ['SAT', 'TUE'] },
  whyItHelps: 'Side by side is easier than face to face.',
  steps: '1. Walk.\n2. Talk.',
  reflectionPrompts: [{ id: 'noticed', kind: 'TEXT', label: 'What did you notice?' }],
  source: null,
};

/** Collects what the form would show under each field. */
function fakeForm() {
  const errors: Record<string, string> = {};
  return { errors, setFieldError: (path: string, message: string) => (errors[path] = message) };
}

function badInput(fields: { field: string; message: string }[]) {
  return new CombinedGraphQLErrors({
    errors: [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields } }],
  });
}

describe('exercise form values', () => {
  it('starts a new exercise with one empty text prompt, 15 minutes, three times a week', () => {
    const v = initialValues(null);
    expect(v.title).toBe('');
    expect(v.estimatedMinutes).toBe(15);
    expect(v.ruleKind).toBe('N_PER_WEEK');
    expect(v.timesPerWeek).toBe(3);
    expect(v.reflectionPrompts).toHaveLength(1);
    expect(v.reflectionPrompts[0]).toMatchObject({ id: '', kind: 'TEXT', label: '' });
  });

  it('sends what the coach typed, trimmed, with the steps as written and days in week order', () => {
    const v = initialValues(existing);
    v.title = '  Evening walk together ';
    v.steps = '1. Walk.\n2. Talk.\n';
    v.weekdays = ['SUN', 'MON'];
    const input = toInput(v);
    expect(input.title).toBe('Evening walk together');
    expect(input.steps).toBe('1. Walk.\n2. Talk.\n');
    expect(input.suggestedSchedule).toEqual({ kind: 'WEEKLY', weekdays: ['MON', 'SUN'] });
  });

  it('sends a blank title as empty (for the API to refuse) and a blank duration as 0', () => {
    const v = initialValues(null);
    v.title = '   ';
    v.estimatedMinutes = '';
    const input = toInput(v);
    expect(input.title).toBe('');
    expect(input.estimatedMinutes).toBe(0);
    expect(input.suggestedSchedule).toEqual({ kind: 'N_PER_WEEK', timesPerWeek: 3 });
  });

  it('keeps the ids of existing prompts, so earlier answers stay matched, and none for new ones', () => {
    const v = initialValues(existing);
    v.reflectionPrompts.push(newPrompt('YES_NO', ' Would you do it again? '));
    expect(toInput(v).reflectionPrompts).toEqual([
      { id: 'noticed', kind: 'TEXT', label: 'What did you notice?' },
      { kind: 'YES_NO', label: 'Would you do it again?' },
    ]);
  });
});

describe("the API's field errors on the exercise form", () => {
  it('shows the blank-title message under Title, and day and prompt errors on their fields', () => {
    const form = fakeForm();
    const error = badInput([
      { field: 'title', message: 'Give the exercise a title of at least 3 characters.' },
      { field: 'suggestedSchedule.weekdays.1', message: 'Each day only once.' },
      { field: 'reflectionPrompts.1', message: 'Each prompt needs an id, a kind and a label.' },
    ]);
    const leftover = applyApiErrors(form, error, knownFields(2), rename(2));
    expect(leftover).toBeNull();
    expect(form.errors).toEqual({
      title: 'Give the exercise a title of at least 3 characters.',
      weekdays: 'Each day only once.',
      'reflectionPrompts.1.label': 'Each prompt needs an id, a kind and a label.',
    });
  });

  it('shows a message about a field the form lacks above the form', () => {
    const form = fakeForm();
    const error = badInput([{ field: 'source', message: 'Built-in exercises only.' }]);
    expect(applyApiErrors(form, error, knownFields(1), rename(1))).toBe('Built-in exercises only.');
    expect(form.errors).toEqual({});
  });
});
