import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { registerDecorator, type ValidationOptions } from 'class-validator';
import { addDays, isLocalDate } from '@hearth/domain';

/**
 * The canonical IANA name of a time zone (`america/new_york` → `America/New_York`, links such
 * as `US/Eastern` → `America/New_York`), or null when it is not one. Offsets like `+05:00`
 * are not zones (they do not follow daylight saving) and are refused.
 */
export function canonicalTimeZone(tz: string): string | null {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(tz)) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: tz }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

export function isValidTimeZone(tz: string): boolean {
  return canonicalTimeZone(tz) !== null;
}

/** An IANA time zone name that this server knows, e.g. Europe/London, stored canonically. */
export function IsTimeZone(options?: ValidationOptions) {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? (canonicalTimeZone(value) ?? value) : value,
    ),
    ((object: object, propertyName: string | symbol) =>
      registerDecorator({
        name: 'isTimeZone',
        target: object.constructor,
        propertyName: String(propertyName),
        options: { message: 'Choose a time zone such as Europe/London.', ...options },
        validator: { validate: (v: unknown) => typeof v === 'string' && isValidTimeZone(v) },
      })) as PropertyDecorator,
  );
}

/** Bounds of a date field, as days from today (UTC) or fixed dates. */
export interface DateRange {
  notBefore?: string;
  /** At most this many days after today. */
  maxDaysAhead?: number;
}

const UTC_TODAY = () => new Date().toISOString().slice(0, 10);

/**
 * The one check of a date a client sends: a real calendar day written YYYY-MM-DD (libs/domain
 * isLocalDate: 2026-02-30 and 0000-01-01 are not), optionally within a range. Returns why not,
 * or null.
 */
export function localDateProblem(value: unknown, range: DateRange = {}): string | null {
  if (!isLocalDate(value)) return 'Use a date like 2026-03-14.';
  if (range.notBefore && value < range.notBefore)
    return `Choose a date from ${range.notBefore} on.`;
  if (range.maxDaysAhead !== undefined && value > addDays(UTC_TODAY(), range.maxDaysAhead))
    return 'That date is too far in the future.';
  return null;
}

/** A calendar date written YYYY-MM-DD that exists (and is within the range). */
export function IsLocalDate(range: DateRange = {}, options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isLocalDate',
      target: object.constructor,
      propertyName,
      options: options ?? {},
      validator: {
        validate: (v: unknown) => localDateProblem(v, range) === null,
        defaultMessage: (args) => localDateProblem(args?.value, range) ?? 'Use a real date.',
      },
    });
}

/** Intake dates: not before 1990 (records are not that old), at most a year ahead. */
export const INTAKE_DATES: DateRange = { notBefore: '1990-01-01', maxDaysAhead: 366 };
