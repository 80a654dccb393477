import type { FieldError, ReflectionPrompt } from '@hearth/domain';
import type { ReflectionAnswer } from './completion.entity';
import type { ReflectionAnswerInput } from './dto/homework.inputs';

const TEXT_MAX = 4000;

/** Each answer must match a prompt of the assigned exercise version, in the prompt's kind. */
export function validateAnswers(
  answers: ReflectionAnswerInput[],
  prompts: ReflectionPrompt[],
): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  answers.forEach((a, i) => {
    const prompt = prompts.find((p) => p.id === a.promptId);
    const field = `answers.${i}`;
    if (!prompt)
      return errors.push({
        field: `${field}.promptId`,
        message: 'This question is not part of the exercise.',
      });
    if (seen.has(a.promptId))
      return errors.push({ field: `${field}.promptId`, message: 'Answer each question once.' });
    seen.add(a.promptId);
    if (prompt.kind === 'TEXT' && a.text != null && [...a.text].length > TEXT_MAX) {
      errors.push({
        field: `${field}.text`,
        message: `Keep answers to ${TEXT_MAX} characters or fewer.`,
      });
    }
    if (
      prompt.kind === 'SCALE_1_5' &&
      a.scale != null &&
      (!Number.isInteger(a.scale) || a.scale < 1 || a.scale > 5)
    ) {
      errors.push({ field: `${field}.scale`, message: 'Choose 1 to 5.' });
    }
    return undefined;
  });
  return errors;
}

export function normalizeAnswers(
  answers: ReflectionAnswerInput[],
  prompts: ReflectionPrompt[],
): ReflectionAnswer[] {
  return answers.map((a) => {
    const kind = prompts.find((p) => p.id === a.promptId)?.kind;
    return {
      promptId: a.promptId,
      text: kind === 'TEXT' ? (a.text?.trim() ?? null) : null,
      scale: kind === 'SCALE_1_5' ? (a.scale ?? null) : null,
      yes: kind === 'YES_NO' ? (a.yes ?? null) : null,
    };
  });
}
