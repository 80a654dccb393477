import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { addDays, todayIn } from '@hearth/domain';

/**
 * Helpers for the schema-driven sweeps: they read the committed schema.gql, so a field added
 * to the API is swept without anyone remembering to add it to a test.
 */
export const schema = buildSchema(readFileSync(join(__dirname, '../../schema.gql'), 'utf8'));

export type RecordKind =
  | 'couple'
  | 'assignment'
  | 'task'
  | 'completion'
  | 'checkin'
  | 'exercise'
  | 'exerciseKey'
  | 'coach'
  /** A person (user id), as the Activity page filters by. */
  | 'person'
  | 'session'
  | 'clinic';

export const RECORD_KINDS: RecordKind[] = [
  'couple',
  'assignment',
  'task',
  'completion',
  'checkin',
  'exercise',
  'exerciseKey',
  'coach',
  'person',
  'session',
  'clinic',
];

/**
 * Which kind of record an ID names. By the argument's name first for a field (`id` means
 * different things on different fields), then by the name alone. A schema ID this table
 * cannot classify fails the sweeps with its location, so a new field forces a decision.
 */
const ID_BY_FIELD: Record<string, RecordKind> = {
  'Query.assignment.id': 'assignment',
  'Query.couple.id': 'couple',
  'Query.exercise.id': 'exercise',
  'Mutation.updateAssignment.id': 'assignment',
  'Mutation.endAssignment.id': 'assignment',
  'Mutation.pauseAssignment.id': 'assignment',
  'Mutation.resumeAssignment.id': 'assignment',
  'Mutation.deleteAssignment.id': 'assignment',
  'Mutation.deactivateCoach.id': 'coach',
  'Mutation.markCompletionReviewed.id': 'completion',
  'Mutation.commentOnCompletion.input.entryId': 'completion',
  'Query.clinicActivity.filter.personId': 'person',
  'Mutation.revokeSession.id': 'session',
  'Mutation.switchClinic.clinicId': 'clinic',
};
const ID_BY_NAME: Record<string, RecordKind> = {
  coupleId: 'couple',
  taskId: 'task',
  exerciseId: 'exercise',
  checkinId: 'checkin',
  coachId: 'coach',
};

/**
 * Records named by a String rather than an ID (a custom exercise's key, stable across its
 * versions). Listed by hand: a String is not known to name a record.
 */
const STRING_IDS: Record<string, RecordKind> = {
  'Mutation.archiveExercise.key': 'exerciseKey',
  'Mutation.updateExercise.key': 'exerciseKey',
};

export type Root = 'Query' | 'Mutation';

/** Where an ID goes in a root field's arguments, e.g. ['input', 'coupleId']. */
export interface IdSlot {
  root: Root;
  field: string;
  path: string[];
  kind: RecordKind;
}

export function rootFields(root: Root): GraphQLField<unknown, unknown>[] {
  const type = root === 'Query' ? schema.getQueryType() : schema.getMutationType();
  return Object.values(type!.getFields());
}

function walkIds(
  root: Root,
  field: string,
  type: GraphQLInputType,
  path: string[],
  out: IdSlot[],
  unclassified: string[],
  seen: Set<string>,
): void {
  const named = getNamedType(type);
  const stringId = STRING_IDS[`${root}.${field}.${path.join('.')}`];
  if (stringId) {
    out.push({ root, field, path, kind: stringId });
  } else if (isScalarType(named) && named.name === 'ID') {
    const where = `${root}.${field}.${path.join('.')}`;
    const kind = ID_BY_FIELD[where] ?? ID_BY_NAME[path[path.length - 1]!];
    if (kind) out.push({ root, field, path, kind });
    else unclassified.push(where);
  } else if (isInputObjectType(named) && !seen.has(named.name)) {
    const inner = new Set(seen).add(named.name);
    for (const f of Object.values(named.getFields()))
      walkIds(root, field, f.type, [...path, f.name], out, unclassified, inner);
  }
}

/** Every ID a root field takes, as an argument or inside an input (recursively). */
export function idSlots(): { slots: IdSlot[]; unclassified: string[] } {
  const slots: IdSlot[] = [];
  const unclassified: string[] = [];
  for (const root of ['Query', 'Mutation'] as const)
    for (const f of rootFields(root))
      for (const a of f.args)
        walkIds(root, f.name, a.type, [a.name], slots, unclassified, new Set());
  return { slots, unclassified };
}

export interface SampleContext {
  /** Ids to put in ID slots that are not the one under test. */
  ids: Partial<Record<RecordKind, string>>;
  today?: string;
}

let serial = 0;
const today = () => todayIn('America/New_York', new Date());

/** Whole values for input types whose fields depend on each other. */
function sampleInputObject(name: string, ctx: SampleContext): Record<string, unknown> | undefined {
  const d = ctx.today ?? today();
  switch (name) {
    case 'ScheduleInput':
      return { kind: 'ONCE', dueDate: addDays(d, 3) };
    case 'ScheduleRuleInput':
      return { kind: 'DAILY' };
    case 'DashboardPeriodInput':
      return { preset: 'LAST_4_WEEKS' };
    case 'ReflectionPromptInput':
      return { kind: 'TEXT', label: 'What did you notice?' };
    default:
      return undefined;
  }
}

function sampleList(itemType: string): unknown[] | undefined {
  switch (itemType) {
    case 'CheckinRatingInput':
      return ['closeness', 'understood', 'sharing', 'affection', 'fun', 'conflict', 'stress'].map(
        (item) => ({ item, value: 4 }),
      );
    case 'Csi4AnswerInput':
      return ['happiness', 'warm', 'rewarding', 'satisfied'].map((item) => ({ item, value: 3 }));
    default:
      return undefined;
  }
}

const STRINGS: Record<string, (d: string) => string> = {
  email: () => `sweep-${++serial}@example.org`,
  password: () => 'hearth-demo',
  newPassword: () => 'a new sweep password',
  currentPassword: () => 'hearth-demo',
  displayName: () => 'Sweep Person',
  label: () => 'Sweep couple',
  title: () => 'Sweep exercise',
  from: (d) => addDays(d, -60),
  to: (d) => addDays(d, 30),
  date: (d) => d,
  dueDate: (d) => addDays(d, 3),
  startDate: (d) => d,
  endDate: (d) => addDays(d, 6),
  intakeDate: (d) => d,
  timeZone: () => 'America/New_York',
  token: () => 'sweep-token-that-matches-nothing',
  item: () => 'closeness',
  promptId: () => 'p1',
  key: () => '00000000-0000-4000-8000-00000000aaaa',
  name: () => 'Sweep Clinic',
  body: () => 'A sweep comment.',
};
const INTS: Record<string, number> = {
  value: 4,
  everyWeeks: 4,
  helpfulness: 3,
  closenessBefore: 4,
  closenessAfter: 5,
  estimatedMinutes: 10,
  smallCellK: 11,
  timesPerWeek: 2,
  days: 60,
  limit: 50,
};

/** A valid value of a type, so that a call gets past validation to the access check. */
export function sampleValue(
  type: GraphQLInputType,
  name: string,
  ctx: SampleContext,
  kindOf?: (name: string) => RecordKind | undefined,
): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    const itemName = getNamedType(inner).name;
    return sampleList(itemName) ?? [sampleValue(inner.ofType, name, ctx, kindOf)];
  }
  const d = ctx.today ?? today();
  if (isInputObjectType(inner)) {
    const whole = sampleInputObject(inner.name, ctx);
    if (whole) return whole;
    const out: Record<string, unknown> = {};
    for (const f of Object.values(inner.getFields())) {
      if (!isRequired(f)) continue;
      out[f.name] = sampleValue(f.type, f.name, ctx, kindOf);
    }
    return out;
  }
  if (isEnumType(inner)) {
    const preferred: Record<string, string> = {
      Visibility: 'PRIVATE',
      PartnerSlot: 'A',
      AudienceKind: 'EACH',
      CoupleStatus: 'ACTIVE',
      DashboardPreset: 'LAST_4_WEEKS',
    };
    return preferred[inner.name] ?? inner.getValues()[0]!.value;
  }
  switch (inner.name) {
    case 'ID': {
      const kind = kindOf?.(name) ?? ID_BY_NAME[name];
      return (kind && ctx.ids[kind]) ?? '00000000-0000-4000-8000-000000000000';
    }
    case 'Int':
      return INTS[name] ?? 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return name === 'reviewed' || name === 'archived';
    default:
      return (STRINGS[name] ?? (() => 'Sweep text'))(d);
  }
}

export function isRequired(f: GraphQLArgument | GraphQLInputField): boolean {
  return isNonNullType(f.type) && f.defaultValue === undefined;
}

/**
 * Sets a value at a path inside a root field's arguments (list items by index), creating
 * what is missing on the way with valid samples of its type, so only that value is bad.
 */
export function setTypedPath(
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  path: string[],
  value: unknown,
  ctx: SampleContext,
): void {
  let type: GraphQLInputType = field.args.find((a) => a.name === path[0])!.type;
  let holder: Record<string, unknown> | unknown[] = args;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const last = i === path.length - 1;
    const slot = holder as Record<string, unknown>;
    if (last) {
      slot[key] = value;
      return;
    }
    const inner: GraphQLInputType = isNonNullType(type) ? type.ofType : type;
    if (slot[key] === undefined || slot[key] === null) slot[key] = sampleValue(inner, key, ctx);
    if (isListType(inner)) {
      type = inner.ofType;
      const list = slot[key] as unknown[];
      const index = path[i + 1]!;
      if (i + 1 < path.length - 1 && list[Number(index)] === undefined)
        list[Number(index)] = sampleValue(type, key, ctx);
      holder = list;
      i++;
      if (i === path.length - 1) {
        list[Number(index)] = value;
        return;
      }
      const element: GraphQLInputType = isNonNullType(type) ? type.ofType : type;
      type = (element as GraphQLInputObjectType).getFields()[path[i + 1]!]!.type;
      holder = list[Number(index)] as Record<string, unknown>;
      continue;
    }
    type = (inner as GraphQLInputObjectType).getFields()[path[i + 1]!]!.type;
    holder = slot[key] as Record<string, unknown>;
  }
}

/** Sets a value at a path inside an arguments object, creating the objects on the way. */
export function setPath(args: Record<string, unknown>, path: string[], value: unknown): void {
  let at: Record<string, unknown> = args;
  for (const key of path.slice(0, -1)) {
    if (!at[key] || typeof at[key] !== 'object') at[key] = {};
    at = at[key] as Record<string, unknown>;
  }
  at[path[path.length - 1]!] = value;
}

/** Required arguments of a root field filled with valid samples (ids from the context). */
export function sampleArgs(
  root: Root,
  field: GraphQLField<unknown, unknown>,
  ctx: SampleContext,
): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const a of field.args) {
    if (!isRequired(a)) continue;
    args[a.name] = sampleValue(a.type, a.name, ctx, (n) =>
      n === a.name ? (ID_BY_FIELD[`${root}.${field.name}.${n}`] ?? ID_BY_NAME[n]) : ID_BY_NAME[n],
    );
  }
  for (const [where, kind] of Object.entries(STRING_IDS)) {
    const [r, f, name] = where.split('.');
    if (r === root && f === field.name && ctx.ids[kind]) args[name!] = ctx.ids[kind];
  }
  // Nested ids named by field (e.g. commentOnCompletion.input.entryId).
  for (const [where, kind] of Object.entries(ID_BY_FIELD)) {
    const [r, f, ...path] = where.split('.');
    if (r === root && f === field.name && path.length > 1 && args[path[0]!] !== undefined) {
      setPath(args, path, ctx.ids[kind] ?? '00000000-0000-4000-8000-000000000000');
    }
  }
  return args;
}

/** One operation calling one root field with variables for its arguments. */
export function operation(
  root: Root,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
): string {
  const used = field.args.filter((a) => args[a.name] !== undefined);
  const defs = used.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection = isObjectType(named) ? ' { __typename }' : '';
  return `${root === 'Query' ? 'query' : 'mutation'}${defs ? `(${defs})` : ''} { ${field.name}${
    call ? `(${call})` : ''
  }${selection} }`;
}

/** A selection tree for reading everything of a type, to a bounded depth. */
export interface SelectionNode {
  name: string;
  args: string;
  children: SelectionNode[] | null;
}

export function selectionTree(
  type: GraphQLObjectType,
  depth: number,
  argsFor: (field: GraphQLField<unknown, unknown>) => string | null,
): SelectionNode[] {
  const nodes: SelectionNode[] = [];
  for (const f of Object.values(type.getFields())) {
    const args = argsFor(f);
    if (args === null) continue;
    const named = getNamedType(f.type);
    if (isObjectType(named)) {
      if (depth <= 0) continue;
      nodes.push({ name: f.name, args, children: selectionTree(named, depth - 1, argsFor) });
    } else {
      nodes.push({ name: f.name, args, children: null });
    }
  }
  return nodes;
}

export function printSelection(nodes: SelectionNode[]): string {
  return nodes
    .map(
      (n) =>
        `${n.name}${n.args}${n.children ? ` { __typename ${printSelection(n.children)} }` : ''}`,
    )
    .join(' ');
}

/** Removes the node at a response path (list indices ignored); true when one was removed. */
export function removeAt(nodes: SelectionNode[], path: (string | number)[]): boolean {
  const names = path.filter((p): p is string => typeof p === 'string');
  let level: SelectionNode[] | null = nodes;
  for (let i = 0; i < names.length && level; i++) {
    const index: number = level.findIndex((n) => n.name === names[i]);
    if (index < 0) return false;
    if (i === names.length - 1) {
      level.splice(index, 1);
      return true;
    }
    level = level[index]!.children;
  }
  return false;
}
