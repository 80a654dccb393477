import type { ReflectionPrompt } from '@hearth/domain';
import type { ReflectionAnswer } from './completion.entity';
import type { ReflectionAnswerInput } from './dto/homework.inputs';

/** The answers as stored: each keeps only the part of its prompt's kind, text trimmed. */
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
