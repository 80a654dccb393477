import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** The codes the API puts in `extensions.code` (see docs on the API's error mapping). */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'TWO_FACTOR_ENROLMENT_REQUIRED'
  | 'INTERNAL_SERVER_ERROR';

export interface FieldError {
  field: string;
  message: string;
}

const CONNECTION_MESSAGE = "We couldn't reach Hearth. Check your connection and try again.";

function isFieldError(value: unknown): value is FieldError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FieldError).field === 'string' &&
    typeof (value as FieldError).message === 'string'
  );
}

/** The code of the first GraphQL error, if the error came from the API. */
export function errorCode(error: unknown): ApiErrorCode | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.['code'];
  return typeof code === 'string' ? (code as ApiErrorCode) : undefined;
}

/** Where a task went when the coach moved it (a CONFLICT of completeTask), if it did. */
export function movedTaskOf(error: unknown): { taskId: string; dueDate: string } | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const moved = error.errors[0]?.extensions?.['movedTo'] as
    { taskId?: unknown; dueDate?: unknown } | null | undefined;
  return typeof moved?.taskId === 'string' && typeof moved.dueDate === 'string'
    ? { taskId: moved.taskId, dueDate: moved.dueDate }
    : null;
}

/** Per-field messages of a BAD_USER_INPUT error, e.g. `partnerA.email`. */
export function fieldErrors(error: unknown): FieldError[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((e) => {
    const fields = e.extensions?.['fields'];
    return Array.isArray(fields) ? fields.filter(isFieldError) : [];
  });
}

/** A sentence to show a person: the API's own message, or a calm one for network trouble. */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    if (first?.extensions?.['code'] === 'BAD_USER_INPUT' && fieldErrors(error).length > 0) {
      return 'Please check the highlighted fields.';
    }
    return first?.message ?? 'Something went wrong. Please try again.';
  }
  if (ServerError.is(error)) {
    return error.statusCode >= 500
      ? 'Hearth is having trouble right now. Please try again in a moment.'
      : CONNECTION_MESSAGE;
  }
  return CONNECTION_MESSAGE;
}

interface FormWithErrors {
  setFieldError: (path: string, message: string) => void;
}

/**
 * Puts the API's field-level messages onto a @mantine/form form. Returns the messages of
 * fields the form doesn't have (or the general message), to be shown above the form;
 * null when everything found a field.
 */
export function applyApiErrors(
  form: FormWithErrors,
  error: unknown,
  knownFields: readonly string[],
  rename: Readonly<Record<string, string>> = {},
): string | null {
  const fields = fieldErrors(error);
  if (fields.length === 0) return errorMessage(error);
  const leftover: string[] = [];
  for (const { field, message } of fields) {
    const path = rename[field] ?? field;
    if (knownFields.includes(path)) form.setFieldError(path, message);
    else leftover.push(message);
  }
  return leftover.length > 0 ? leftover.join(' ') : null;
}
