import type { FieldError } from '../errors';
import { textLength } from '../text';
import type { ReflectionPrompt } from './exercise';

/** The longest answer to a TEXT prompt, in characters (code points). */
export const ANSWER_TEXT_MAX_LENGTH = 4000;

/** A partner's answer to one reflection prompt, as submitted. */
export interface ReflectionAnswerDraft {
  promptId: string;
  text?: string | null;
  scale?: number | null;
  yes?: boolean | null;
}

/**
 * Each answer must match a prompt of the assigned exercise version, once, in the prompt's
 * kind. Fields are named `answers.<index>.<promptId|text|scale>`.
 */
export function validateAnswers(
  answers: readonly ReflectionAnswerDraft[],
  prompts: readonly ReflectionPrompt[],
): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  answers.forEach((a, i) => {
    const prompt = prompts.find((p) => p.id === a.promptId);
    const field = `answers.${i}`;
    if (!prompt) {
      errors.push({
        field: `${field}.promptId`,
        message: 'This question is not part of the exercise.',
      });
      return;
    }
    if (seen.has(a.promptId)) {
      errors.push({ field: `${field}.promptId`, message: 'Answer each question once.' });
      return;
    }
    seen.add(a.promptId);
    if (prompt.kind === 'TEXT' && a.text != null && textLength(a.text) > ANSWER_TEXT_MAX_LENGTH) {
      errors.push({
        field: `${field}.text`,
        message: `Keep answers to ${ANSWER_TEXT_MAX_LENGTH} characters or fewer.`,
      });
    }
    if (
      prompt.kind === 'SCALE_1_5' &&
      a.scale != null &&
      (!Number.isInteger(a.scale) || a.scale < 1 || a.scale > 5)
    ) {
      errors.push({ field: `${field}.scale`, message: 'Choose 1 to 5.' });
    }
  });
  return errors;
}
