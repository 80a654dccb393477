import { IntrinsicException } from '@nestjs/common';

/**
 * Errors the services throw. Each carries one of the codes clients can rely on; they are
 * turned into GraphQL errors in exactly one place (`format-error.ts`).
 */
export type AppErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'TWO_FACTOR_ENROLMENT_REQUIRED';

export interface FieldError {
  field: string;
  message: string;
}

// IntrinsicException: an expected outcome (wrong password, not found), so Nest does not log
// it as a crash with a stack trace; unexpected errors are still logged in format-error.ts.
export class AppError extends IntrinsicException {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
    /** For CONFLICT: what the client needs to recover (ids, dates; never entry content). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  static unauthenticated(message = 'Please sign in.'): AppError {
    return new AppError('UNAUTHENTICATED', message);
  }

  /** The clinic requires two-factor and this person has none yet: only enrolment is open. */
  static twoFactorEnrolmentRequired(): AppError {
    return new AppError(
      'TWO_FACTOR_ENROLMENT_REQUIRED',
      'Your clinic requires two-factor sign-in. Set it up to continue.',
    );
  }

  static forbidden(message = 'You do not have access to this.'): AppError {
    return new AppError('FORBIDDEN', message);
  }

  /**
   * Not found and not allowed look the same to the caller: nothing leaks whether a record
   * of another couple or clinic exists.
   */
  static notFound(what: string): AppError {
    return new AppError('NOT_FOUND', `${what} not found.`);
  }

  static badInput(fields: FieldError[]): AppError {
    const first = fields[0];
    const message = first ? `${first.field}: ${first.message}` : 'Please check the form.';
    return new AppError('BAD_USER_INPUT', message, fields);
  }

  static field(field: string, message: string): AppError {
    return AppError.badInput([{ field, message }]);
  }

  static conflict(message: string, details: Record<string, unknown> = {}): AppError {
    return new AppError('CONFLICT', message, [], details);
  }
}
