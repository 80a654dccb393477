/**
 * What an exercise is: the shared shape of built-in catalogue entries and clinics' custom
 * exercises, plus the vocabularies they draw from.
 */
import type { ScheduleRule } from '../schedules';

export const INTIMACY_TYPES = [
  'EMOTIONAL',
  'PHYSICAL_AFFECTION',
  'INTELLECTUAL',
  'EXPERIENTIAL',
  'SPIRITUAL_VALUES',
] as const;
export type IntimacyType = (typeof INTIMACY_TYPES)[number];

export const INTIMACY_TYPE_LABELS: Readonly<Record<IntimacyType, string>> = {
  EMOTIONAL: 'Emotional',
  PHYSICAL_AFFECTION: 'Physical affection',
  INTELLECTUAL: 'Intellectual',
  EXPERIENTIAL: 'Shared experiences',
  SPIRITUAL_VALUES: 'Values and meaning',
};

/** The seven activities of the seed article, in its order; every built-in belongs to one. */
export const ACTIVITIES = [
  { key: 'COMMUNICATE_OPENLY', label: 'Communicate openly' },
  { key: 'NEW_EXPERIENCES', label: 'Make new memories together' },
  { key: 'SHARE_STORIES', label: 'Share stories and memories' },
  { key: 'LAUGH_TOGETHER', label: 'Laugh together' },
  { key: 'AFFECTION', label: 'Be affectionate' },
  { key: 'LEARN_ABOUT_PARTNER', label: 'Learn something new about each other' },
  { key: 'RESPECT_BOUNDARIES', label: 'Respect individuality and boundaries' },
] as const;
export type ActivityKey = (typeof ACTIVITIES)[number]['key'];

export const PROMPT_KINDS = ['TEXT', 'SCALE_1_5', 'YES_NO'] as const;
export type PromptKind = (typeof PROMPT_KINDS)[number];

export interface ReflectionPrompt {
  /** Stable within the exercise (answers are stored by it), kebab-case. */
  id: string;
  kind: PromptKind;
  label: string;
}

/** Who an exercise is suggested for; a coach may still assign it to one named partner. */
export type SuggestedAudience = 'EACH' | 'TOGETHER';

export interface ExerciseSource {
  title: string;
  publisher: string;
  url?: string;
  /** How our text relates to the source ("Adapted from …, in our own words"). */
  note: string;
  /** Works the source itself cites, as it cites them. */
  references?: { citation: string; url?: string }[];
}

export interface Exercise {
  /** Stable kebab-case identifier; never reused, even if an exercise is retired. */
  slug: string;
  title: string;
  activity: ActivityKey;
  intimacyTypes: IntimacyType[];
  /** One line for lists. */
  summary: string;
  /** Two to four sentences on why it builds intimacy, grounded in the source. */
  whyItHelps: string;
  /** Markdown numbered list of 3–7 steps. */
  steps: string;
  estimatedMinutes: number;
  suggestedSchedule: ScheduleRule;
  suggestedAudience: SuggestedAudience;
  reflectionPrompts: ReflectionPrompt[];
  source: ExerciseSource;
}
