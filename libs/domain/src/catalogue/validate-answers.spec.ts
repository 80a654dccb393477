import type { ReflectionPrompt } from './exercise';
import { ANSWER_TEXT_MAX_LENGTH, validateAnswers } from './validate-answers';

const PROMPTS: ReflectionPrompt[] = [
  { id: 'what-went-well', kind: 'TEXT', label: 'What went well?' },
  { id: 'how-close', kind: 'SCALE_1_5', label: 'How close did you feel?' },
  { id: 'again', kind: 'YES_NO', label: 'Would you do it again?' },
];

describe('validateAnswers', () => {
  it('accepts answers to the prompts, in their kinds, and no answers at all', () => {
    expect(validateAnswers([], PROMPTS)).toEqual([]);
    expect(
      validateAnswers(
        [
          { promptId: 'what-went-well', text: 'We laughed.' },
          { promptId: 'how-close', scale: 5 },
          { promptId: 'again', yes: true },
        ],
        PROMPTS,
      ),
    ).toEqual([]);
  });

  it('refuses answers to questions the exercise does not ask, and repeated ones', () => {
    expect(
      validateAnswers(
        [
          { promptId: 'made-up', text: 'x' },
          { promptId: 'again', yes: true },
          { promptId: 'again', yes: false },
        ],
        PROMPTS,
      ),
    ).toEqual([
      { field: 'answers.0.promptId', message: 'This question is not part of the exercise.' },
      { field: 'answers.2.promptId', message: 'Answer each question once.' },
    ]);
  });

  it('counts text in characters (code points): an emoji is one', () => {
    const emoji = '💬'.repeat(ANSWER_TEXT_MAX_LENGTH);
    expect(validateAnswers([{ promptId: 'what-went-well', text: emoji }], PROMPTS)).toEqual([]);
    expect(validateAnswers([{ promptId: 'what-went-well', text: `${emoji}!` }], PROMPTS)).toEqual([
      { field: 'answers.0.text', message: 'Keep answers to 4000 characters or fewer.' },
    ]);
  });

  it('wants a whole number from 1 to 5 on a scale', () => {
    for (const scale of [0, 6, 2.5]) {
      expect(validateAnswers([{ promptId: 'how-close', scale }], PROMPTS)).toEqual([
        { field: 'answers.0.scale', message: 'Choose 1 to 5.' },
      ]);
    }
    expect(validateAnswers([{ promptId: 'how-close', scale: null }], PROMPTS)).toEqual([]);
  });
});
