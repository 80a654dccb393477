import 'reflect-metadata';

/**
 * The rules every piece of text from a client passes, whatever field it arrives in: applied
 * by the global validation pipe (validation.ts) to every string argument and every string
 * field of every input, so a new field gets them without anyone remembering to.
 *
 * - LINE (the default): names, labels, emails, ids, dates, search words. Trimmed; no control
 *   characters at all.
 * - MULTILINE (opt in with @Multiline()): notes, comments, reflections. Trimmed; line breaks
 *   (CRLF becomes LF) and tabs allowed, other control characters refused.
 * - SECRET (opt in with @Secret(), and any field named like a password): kept exactly as
 *   typed (not trimmed), so a password with spaces still signs in; no control characters.
 *
 * All kinds refuse NUL (PostgreSQL cannot store it in text or jsonb) and lone surrogates
 * (not text: half of an emoji, which breaks storage, validators and JSON).
 */
export type TextKind = 'LINE' | 'MULTILINE' | 'SECRET';

const KIND_KEY = Symbol('hearth:text-kind');

function kindDecorator(kind: TextKind): PropertyDecorator {
  return (target, property) => Reflect.defineMetadata(KIND_KEY, kind, target, property);
}

/** A field whose text may have several lines (notes, comments, reflections). */
export const Multiline = (): PropertyDecorator => kindDecorator('MULTILINE');

/** A field kept exactly as typed (passwords). */
export const Secret = (): PropertyDecorator => kindDecorator('SECRET');

const DOMAIN_CHECKED_KEY = Symbol('hearth:domain-checked');

/**
 * A required field whose emptiness a libs/domain validator judges with its own message
 * (e.g. validateExerciseDraft): the pipe still applies every text rule but does not refuse
 * it as blank, so the person gets all of the form's messages at once, not in two rounds.
 */
export const CheckedByDomain = (): PropertyDecorator => (target, property) =>
  Reflect.defineMetadata(DOMAIN_CHECKED_KEY, true, target, property);

export function isCheckedByDomain(target: object | undefined, property: string): boolean {
  return target ? Reflect.getMetadata(DOMAIN_CHECKED_KEY, target, property) === true : false;
}

/** Passwords are secrets by name too, also in inputs declared outside this module. */
const SECRET_NAME = /password/i;

export function textKindOf(target: object | undefined, property: string): TextKind {
  const declared: unknown = target
    ? Reflect.getMetadata(KIND_KEY, target as object, property)
    : undefined;
  if (declared === 'MULTILINE' || declared === 'SECRET') return declared;
  return SECRET_NAME.test(property) ? 'SECRET' : 'LINE';
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// eslint-disable-next-line no-control-regex
const CONTROL_LINE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;
// Tab and line feed are allowed in several lines; a CR is turned into LF before this runs.
// eslint-disable-next-line no-control-regex
const CONTROL_MULTILINE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029]/;

export type CleanText = { ok: true; value: string } | { ok: false; message: string };

/** The text as it will be stored, or why it cannot be. */
export function cleanText(raw: string, kind: TextKind): CleanText {
  if (raw.includes('\u0000'))
    return { ok: false, message: 'Remove the invisible NUL character from this text.' };
  if (LONE_SURROGATE.test(raw))
    return { ok: false, message: 'This text contains a broken character; please retype it.' };
  if (kind === 'SECRET') {
    return CONTROL_LINE.test(raw)
      ? { ok: false, message: 'Use a password without invisible control characters.' }
      : { ok: true, value: raw };
  }
  const value = kind === 'MULTILINE' ? raw.replace(/\r\n?/g, '\n').trim() : raw.trim();
  if ((kind === 'MULTILINE' ? CONTROL_MULTILINE : CONTROL_LINE).test(value)) {
    return {
      ok: false,
      message:
        kind === 'MULTILINE'
          ? 'Remove the invisible control characters from this text.'
          : 'Use one line without invisible control characters.',
    };
  }
  return { ok: true, value };
}

/**
 * Text safe for a log line: control characters, lone surrogates and line breaks written as
 * escapes, so input can never forge or garble log lines.
 */
export function forLog(value: string): string {
  return value.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001F\u007F-\u009F\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
