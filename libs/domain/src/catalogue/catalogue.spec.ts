import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BUILT_IN_EXERCISES, findBuiltInExercise } from './built-in-exercises';
import { ACTIVITIES, INTIMACY_TYPES, type Exercise } from './exercise';
import { validateExerciseDraft, type ExerciseDraft } from './validate-exercise';

const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '');

describe('BUILT_IN_EXERCISES', () => {
  it('has at least 10 exercises with unique kebab-case slugs', () => {
    expect(BUILT_IN_EXERCISES.length).toBeGreaterThanOrEqual(10);
    const slugs = BUILT_IN_EXERCISES.map((e) => e.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('covers all seven activities of the article', () => {
    const covered = new Set(BUILT_IN_EXERCISES.map((e) => e.activity));
    expect([...covered].sort()).toEqual(ACTIVITIES.map((a) => a.key).sort());
    expect(ACTIVITIES).toHaveLength(7);
  });

  it.each(BUILT_IN_EXERCISES.map((e) => [e.slug, e] as const))(
    '%s passes the same validation as a custom exercise',
    (_slug, exercise) => {
      expect(validateExerciseDraft(exercise)).toEqual([]);
    },
  );

  it.each(BUILT_IN_EXERCISES.map((e) => [e.slug, e] as const))(
    '%s meets the catalogue’s own standard',
    (_slug, e: Exercise) => {
      expect(e.title.trim()).not.toBe('');
      expect(e.summary).not.toMatch(/\n/);
      expect(e.summary.length).toBeGreaterThan(10);
      expect(e.intimacyTypes.length).toBeGreaterThan(0);
      for (const t of e.intimacyTypes) expect(INTIMACY_TYPES).toContain(t);

      const why = sentences(e.whyItHelps);
      expect(why.length).toBeGreaterThanOrEqual(2);
      expect(why.length).toBeLessThanOrEqual(4);

      // A markdown numbered list: lines "1. …", "2. …" in order, 3 to 7 of them.
      const lines = e.steps.split('\n');
      expect(lines.length).toBeGreaterThanOrEqual(3);
      expect(lines.length).toBeLessThanOrEqual(7);
      lines.forEach((line, i) => expect(line).toMatch(new RegExp(`^${i + 1}\\. \\S`)));

      expect(e.reflectionPrompts.length).toBeGreaterThanOrEqual(2);
      expect(e.reflectionPrompts.length).toBeLessThanOrEqual(4);
      expect(e.reflectionPrompts.some((p) => p.kind === 'TEXT')).toBe(true);

      expect(['EACH', 'TOGETHER']).toContain(e.suggestedAudience);
      expect(e.source.title).not.toBe('');
      expect(e.source.publisher).not.toBe('');
      expect(e.source.note).toMatch(/^Adapted from /);
    },
  );

  it('finds exercises by slug', () => {
    expect(findBuiltInExercise('curious-questions')?.activity).toBe('LEARN_ABOUT_PARTNER');
    expect(findBuiltInExercise('no-such-exercise')).toBeUndefined();
  });
});

/**
 * The catalogue must be in our own words. Any run of 7 words shared with the seed article
 * (after lower-casing and dropping punctuation) counts as copying. The article lives in the
 * shared folder beside the repository; HEARTH_SEED_FILE may point elsewhere.
 */
const seedPath =
  process.env.HEARTH_SEED_FILE ??
  resolve(__dirname, '../../../../../shared/seed/emotional-intimacy-activities.txt');
const describeWithSeed = existsSync(seedPath) ? describe : describe.skip;

describeWithSeed('own words (compared with the seed article)', () => {
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/[’']/g, '')
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
  const shingles = (text: string, n: number) => {
    const w = words(text);
    const out = new Set<string>();
    for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
    return out;
  };
  const seed = shingles(readFileSync(seedPath, 'utf8'), 7);

  it('the check itself catches a copied sentence', () => {
    const copied = readFileSync(seedPath, 'utf8').split('\n')[0] ?? '';
    expect([...shingles(copied, 7)].some((s) => seed.has(s))).toBe(true);
  });

  it.each(BUILT_IN_EXERCISES.map((e) => [e.slug, e] as const))(
    '%s shares no 7-word run with the article',
    (_slug, e) => {
      const text = [
        e.title,
        e.summary,
        e.whyItHelps,
        e.steps,
        ...e.reflectionPrompts.map((p) => p.label),
      ].join('\n');
      expect([...shingles(text, 7)].filter((s) => seed.has(s))).toEqual([]);
    },
  );
});

describe('validateExerciseDraft', () => {
  const good: ExerciseDraft = {
    title: 'Gratitude walk',
    intimacyTypes: ['EMOTIONAL'],
    whyItHelps: 'Naming what you appreciate in each other builds warmth.',
    steps: '1. Walk for 20 minutes.\n2. Take turns naming one thing you appreciate.',
    estimatedMinutes: 20,
    reflectionPrompts: [{ id: 'noticed', kind: 'TEXT', label: 'What did you appreciate?' }],
  };
  const fields = (draft: ExerciseDraft) => validateExerciseDraft(draft).map((e) => e.field);

  it('accepts a minimal custom exercise', () => {
    expect(validateExerciseDraft(good)).toEqual([]);
  });

  it('bounds the title at 3 and 120 characters', () => {
    expect(fields({ ...good, title: 'Hi' })).toEqual(['title']);
    expect(fields({ ...good, title: '   Hi   ' })).toEqual(['title']);
    expect(fields({ ...good, title: 'Hug' })).toEqual([]);
    expect(fields({ ...good, title: 'a'.repeat(120) })).toEqual([]);
    expect(fields({ ...good, title: 'a'.repeat(121) })).toEqual(['title']);
    expect(fields({ ...good, title: undefined })).toEqual(['title']);
  });

  it('needs at least one known, unrepeated intimacy type', () => {
    expect(fields({ ...good, intimacyTypes: [] })).toEqual(['intimacyTypes']);
    expect(fields({ ...good, intimacyTypes: ['EMOTIONAL', 'SPIRITUAL'] })).toEqual([
      'intimacyTypes.1',
    ]);
    expect(fields({ ...good, intimacyTypes: ['EMOTIONAL', 'EMOTIONAL'] })).toEqual([
      'intimacyTypes.1',
    ]);
  });

  it('needs steps and a reason, and minutes from 1 to 240', () => {
    expect(fields({ ...good, steps: '  ' })).toEqual(['steps']);
    expect(fields({ ...good, whyItHelps: '' })).toEqual(['whyItHelps']);
    expect(fields({ ...good, estimatedMinutes: 0 })).toEqual(['estimatedMinutes']);
    expect(fields({ ...good, estimatedMinutes: 1 })).toEqual([]);
    expect(fields({ ...good, estimatedMinutes: 240 })).toEqual([]);
    expect(fields({ ...good, estimatedMinutes: 241 })).toEqual(['estimatedMinutes']);
    expect(fields({ ...good, estimatedMinutes: 12.5 })).toEqual(['estimatedMinutes']);
  });

  it('needs 1–10 prompts with unique, well-formed ids, known kinds and labels', () => {
    const prompt = (id: string) => ({ id, kind: 'YES_NO', label: 'Did it help?' });
    expect(fields({ ...good, reflectionPrompts: [] })).toEqual(['reflectionPrompts']);
    expect(
      fields({ ...good, reflectionPrompts: Array.from({ length: 10 }, (_, i) => prompt(`p${i}`)) }),
    ).toEqual([]);
    expect(
      fields({ ...good, reflectionPrompts: Array.from({ length: 11 }, (_, i) => prompt(`p${i}`)) }),
    ).toEqual(['reflectionPrompts']);
    expect(
      fields({
        ...good,
        reflectionPrompts: [
          prompt('same'),
          prompt('same'),
          { id: 'Bad Id', kind: 'ESSAY', label: 'x' },
          null,
        ],
      }),
    ).toEqual([
      'reflectionPrompts.1.id',
      'reflectionPrompts.2.id',
      'reflectionPrompts.2.kind',
      'reflectionPrompts.2.label',
      'reflectionPrompts.3',
    ]);
  });

  it('checks the optional summary, activity, schedule and audience when given', () => {
    expect(
      fields({
        ...good,
        summary: 'two\nlines',
        activity: 'DANCE',
        suggestedSchedule: { kind: 'N_PER_WEEK', timesPerWeek: 9 },
        suggestedAudience: 'ONE',
      }),
    ).toEqual(['summary', 'activity', 'suggestedSchedule.timesPerWeek', 'suggestedAudience']);
    expect(fields({ ...good, suggestedSchedule: { kind: 'YEARLY' } })).toEqual([
      'suggestedSchedule.kind',
    ]);
    expect(
      fields({
        ...good,
        activity: 'LAUGH_TOGETHER',
        suggestedSchedule: { kind: 'WEEKLY', weekdays: ['SAT'] },
        suggestedAudience: 'EACH',
      }),
    ).toEqual([]);
  });
});
