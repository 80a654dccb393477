import {
  ValidationPipe,
  type ArgumentMetadata,
  type Type,
  type ValidationError,
} from '@nestjs/common';
import { TypeMetadataStorage } from '@nestjs/graphql';
import { AppError, type FieldError } from './app-error';
import { cleanText, isCheckedByDomain, textKindOf } from './text';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

interface FieldShape {
  name: string;
  nullable: boolean;
  /** The class of a nested input, when the field is one (or a list of them). */
  nested?: InputClass;
}

/** An input, args or built-in class, as Nest hands it to pipes. */
type InputClass = Type<unknown>;

const shapes = new Map<InputClass, FieldShape[] | null>();

/** The GraphQL fields of an input or args class, as @nestjs/graphql declared them. */
const BUILT_INS = new Set<unknown>([String, Number, Boolean, Object, Array, Date]);

function shapeOf(target: InputClass): FieldShape[] | null {
  if (BUILT_INS.has(target)) return null;
  if (shapes.has(target)) return shapes.get(target)!;
  const meta =
    TypeMetadataStorage.getInputTypeMetadataByTarget(target) ??
    TypeMetadataStorage.getArgumentsMetadataByTarget(target);
  const shape =
    meta?.properties?.map((p) => {
      let type: unknown;
      try {
        type = p.typeFn();
      } catch {
        type = undefined;
      }
      return {
        name: p.name,
        nullable: Boolean(p.options.nullable) || p.options.defaultValue !== undefined,
        nested:
          typeof type === 'function' && shapeOf(type as InputClass)
            ? (type as InputClass)
            : undefined,
      };
    }) ?? null;
  shapes.set(target, shape);
  return shape;
}

interface Walk {
  problems: FieldError[];
  /** Required text fields that are blank after trimming (refused unless a rule said more). */
  blanks: string[];
}

function cleanValue(
  value: unknown,
  field: string,
  owner: InputClass | undefined,
  property: string,
  nullable: boolean,
  walk: Walk,
): unknown {
  if (typeof value !== 'string') return value;
  const result = cleanText(value, textKindOf(owner?.prototype as object | undefined, property));
  if (!result.ok) {
    walk.problems.push({ field, message: result.message });
    // Refused already: keep it from validators (some throw on lone surrogates).
    return '';
  }
  const prototype = owner?.prototype as object | undefined;
  if (result.value === '' && !nullable && !isCheckedByDomain(prototype, property))
    walk.blanks.push(field);
  return result.value;
}

/** Cleans every string of a plain input object in place of a copy, following its class. */
function cleanObject(
  value: Record<string, unknown>,
  target: InputClass,
  prefix: string,
  walk: Walk,
): Record<string, unknown> {
  const shape = shapeOf(target) ?? [];
  const byName = new Map(shape.map((f) => [f.name, f]));
  const out: Record<string, unknown> = { ...value };
  for (const [key, v] of Object.entries(value)) {
    const f = byName.get(key);
    const field = prefix ? `${prefix}.${key}` : key;
    const nullable = f?.nullable ?? true;
    if (Array.isArray(v)) {
      out[key] = v.map((item: unknown, i) =>
        f?.nested && item && typeof item === 'object'
          ? cleanObject(item as Record<string, unknown>, f.nested, `${field}.${i}`, walk)
          : cleanValue(item, `${field}.${i}`, target, key, false, walk),
      );
    } else if (f?.nested && v && typeof v === 'object') {
      out[key] = cleanObject(v as Record<string, unknown>, f.nested, field, walk);
    } else {
      out[key] = cleanValue(v, field, target, key, nullable, walk);
    }
  }
  return out;
}

/**
 * The one gate every GraphQL argument passes. First the text rules (text.ts) for every string,
 * found through the GraphQL declaration of the argument's class, so no field can forget
 * them; then class-validator. Failures of both become one BAD_USER_INPUT with a message per
 * field, before any resolver or database work.
 */
class HearthValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const walk: Walk = { problems: [], blanks: [] };
    let cleaned = value;
    const target = metadata.metatype;
    // Client input only: custom parameter decorators (the actor, the request) are ours.
    if (metadata.type === 'custom') return super.transform(value, metadata);
    if (typeof value === 'string') {
      cleaned = cleanValue(
        value,
        metadata.data ?? 'value',
        undefined,
        metadata.data ?? '',
        false,
        walk,
      );
    } else if (target && value && typeof value === 'object' && shapeOf(target)) {
      cleaned = cleanObject(value as Record<string, unknown>, target, '', walk);
    }
    let ruleErrors: FieldError[] = [];
    try {
      cleaned = await super.transform(cleaned, metadata);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'BAD_USER_INPUT') throw error;
      ruleErrors = error.fields;
    }
    const refused = new Set(walk.problems.map((p) => p.field));
    const fields: FieldError[] = [
      ...walk.problems,
      ...ruleErrors.filter((e) => !refused.has(e.field)),
    ];
    const named = new Set(fields.map((f) => f.field));
    for (const field of walk.blanks) {
      if (!named.has(field)) fields.push({ field, message: 'This cannot be blank.' });
    }
    if (fields.length > 0) throw AppError.badInput(fields);
    return cleaned;
  }
}

/** class-validator failures become BAD_USER_INPUT with one message per field. */
export function createValidationPipe(): ValidationPipe {
  return new HearthValidationPipe({
    transform: true,
    forbidUnknownValues: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => AppError.badInput(flatten(errors)),
  });
}
