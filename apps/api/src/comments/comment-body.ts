import { applyDecorators } from '@nestjs/common';
import { IsString, registerDecorator } from 'class-validator';
import { textLength } from '@hearth/domain';
import { Multiline } from '../common/text';

/** One rule for every comment, whatever entry it is on. */
export const COMMENT_MAX_LENGTH = 2000;

/**
 * What is wrong with a comment's body, or null: blank once trimmed, or longer than
 * COMMENT_MAX_LENGTH characters counted as libs/domain counts them (code points).
 */
export function commentBodyProblem(body: string): string | null {
  const text = body.trim();
  if (text.length === 0) return 'Write a comment.';
  if (textLength(text) > COMMENT_MAX_LENGTH) {
    return `Keep the comment to ${COMMENT_MAX_LENGTH} characters or fewer.`;
  }
  return null;
}

/** The input field of a comment's body: several lines, and the comment rule. */
export function CommentBody(): PropertyDecorator {
  return applyDecorators(Multiline(), IsString(), ((
    object: object,
    propertyName: string | symbol,
  ) =>
    registerDecorator({
      name: 'isCommentBody',
      target: object.constructor,
      propertyName: String(propertyName),
      options: {
        message: ({ value }: { value: unknown }) =>
          typeof value === 'string' ? (commentBodyProblem(value) ?? '') : 'Write a comment.',
      },
      validator: {
        validate: (v: unknown) => typeof v === 'string' && commentBodyProblem(v) === null,
      },
    })) as PropertyDecorator);
}
