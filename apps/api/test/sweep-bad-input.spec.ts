import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';
import { addDays, todayIn } from '@hearth/domain';
import type TestAgent from 'supertest/lib/agent';
import {
  isRequired,
  operation,
  rootFields,
  sampleArgs,
  setTypedPath,
  type Root,
} from './support/schema-sweep';
import { buildSweepWorld, changedTables, snapshot, type SweepWorld } from './support/sweep-world';
import {
  coupleId,
  errorCode,
  fieldErrors,
  gql,
  startTestApp,
  type TestApp,
} from './support/test-app';

interface TextSlot {
  root: Root;
  field: string;
  path: string[];
  required: boolean;
}

/** Every String argument and String field of every input (recursively), from schema.gql. */
function textSlots(root: Root): TextSlot[] {
  const out: TextSlot[] = [];
  const walk = (
    field: string,
    type: GraphQLInputType,
    path: string[],
    required: boolean,
    seen: Set<string>,
  ) => {
    const named = getNamedType(type);
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isScalarType(named) && named.name === 'String') {
      out.push({ root, field, path: isListType(inner) ? [...path, '0'] : path, required });
    } else if (isInputObjectType(named) && !seen.has(named.name)) {
      for (const f of Object.values(named.getFields())) {
        const at = isListType(inner) ? [...path, '0', f.name] : [...path, f.name];
        walk(field, f.type, at, isNonNullType(f.type), new Set(seen).add(named.name));
      }
    }
  };
  for (const f of rootFields(root))
    for (const a of f.args) walk(f.name, a.type, [a.name], isRequired(a), new Set());
  return out;
}

const BAD: [string, string][] = [
  ['NUL', 'Tea\u0000time'],
  ['lone surrogate', 'Tea\ud800time'],
  ['control character', 'Tea\u0007time'],
  ['escape sequence', '\u001b[31mTea'],
];
const BLANK = '  \t ';
const SECRET = /password/i;

/**
 * Bad text in every text field of every mutation (and String argument of every query) answers
 * BAD_USER_INPUT naming the field, and writes nothing: the rules live in the one validation
 * pipe, so a field added later is covered too.
 */
describe('bad text in every text field of the schema', () => {
  let t: TestApp;
  let world: SweepWorld;
  beforeAll(async () => {
    t = await startTestApp();
    world = await buildSweepWorld(t);
  }, 60_000);
  afterAll(() => t.close());

  const slots = [...textSlots('Mutation'), ...textSlots('Query')];
  const byField = [...new Set(slots.map((s) => `${s.root}.${s.field}`))];

  it('finds the text fields', () => {
    expect(slots.length).toBeGreaterThan(40);
  });

  it.each(byField)(
    '%s refuses NUL, lone surrogates, control characters and blanks',
    async (where) => {
      const problems: string[] = [];
      const before = await snapshot(t.db);
      for (const slot of slots.filter((s) => `${s.root}.${s.field}` === where)) {
        const field = rootFields(slot.root).find((f) => f.name === slot.field)!;
        const values = [...BAD];
        // A required field may not be blank; passwords are taken exactly as typed.
        if (slot.required && !SECRET.test(slot.path.at(-1)!)) values.push(['blank', BLANK]);
        for (const [name, value] of values) {
          const args = sampleArgs(slot.root, field, { ids: world.own.maya });
          setTypedPath(field, args, slot.path, value, { ids: world.own.maya });
          const res = await gql(world.agents.maya, operation(slot.root, field, args), args);
          const expected = [slot.path.join('.'), slot.path.slice(1).join('.')];
          const fields = Object.keys(fieldErrors(res));
          if (errorCode(res) !== 'BAD_USER_INPUT' || !fields.some((f) => expected.includes(f)))
            problems.push(
              `${slot.path.join('.')} with ${name}: ${JSON.stringify(res).slice(0, 240)}`,
            );
        }
      }
      expect(problems).toEqual([]);
      expect(changedTables(before, await snapshot(t.db))).toEqual([]);
    },
  );
});

const CREATE_COUPLE = `mutation($input: CreateCoupleInput!) {
  createCouple(input: $input) { couple { id label timeZone intakeDate } } }`;

describe('dates, time zones, ids and text as stored', () => {
  let t: TestApp;
  let maya: TestAgent;
  beforeAll(async () => {
    t = await startTestApp();
    maya = await t.signIn('maya@riverside.example');
  });
  afterAll(() => t.close());

  it('gives every message of a half-filled exercise form at once, blank fields included', async () => {
    const res = await gql(
      maya,
      'mutation($i: ExerciseInput!) { createExercise(input: $i) { id } }',
      {
        i: {
          title: 'Wa',
          whyItHelps: '   ',
          steps: '',
          estimatedMinutes: 15,
          intimacyTypes: ['EMOTIONAL'],
          reflectionPrompts: [{ kind: 'TEXT', label: ' ' }],
        },
      },
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(Object.keys(fieldErrors(res)).sort()).toEqual([
      'reflectionPrompts.0.label',
      'steps',
      'title',
      'whyItHelps',
    ]);
    expect(fieldErrors(res).title).toMatch(/title of at least 3 characters/);
  });

  const couple = (over: Record<string, unknown>) => ({
    input: {
      label: 'Dana & Lou',
      partnerA: { email: `dana-${Math.random()}@example.org`, displayName: 'Dana' },
      partnerB: { email: `lou-${Math.random()}@example.org`, displayName: 'Lou' },
      ...over,
    },
  });

  it.each(['2026-13-01', '0000-01-01', '2026-02-30', '1969-07-20', '9999-12-31', '2026-1-1'])(
    'refuses %s as an intake date with a field error',
    async (intakeDate) => {
      const res = await gql(maya, CREATE_COUPLE, couple({ intakeDate }));
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(Object.keys(fieldErrors(res))).toEqual(['intakeDate']);
    },
  );

  it('stores time zones canonically and refuses what is not one', async () => {
    const ok = await gql<{ createCouple: { couple: { timeZone: string } } }>(
      maya,
      CREATE_COUPLE,
      couple({ timeZone: 'america/new_york' }),
    );
    expect(ok.data?.createCouple.couple.timeZone).toBe('America/New_York');
    for (const timeZone of ['+05:00', 'Mars/Olympus', 'America/New_York\u0000']) {
      expect(
        Object.keys(fieldErrors(await gql(maya, CREATE_COUPLE, couple({ timeZone })))),
      ).toEqual(['timeZone']);
    }
    const admin = await t.signIn('admin@riverside.example');
    const clinic = await gql<{ updateClinic: { timeZone: string } }>(
      admin,
      'mutation($i: UpdateClinicInput!) { updateClinic(input: $i) { timeZone } }',
      { i: { name: 'Riverside Couples Clinic', smallCellK: 11, timeZone: 'europe/london' } },
    );
    expect(clinic.data?.updateClinic.timeZone).toBe('Europe/London');
  });

  it('trims names and labels, refuses blank ones, keeps line breaks in notes only', async () => {
    const ok = await gql<{ createCouple: { couple: { label: string } } }>(
      maya,
      CREATE_COUPLE,
      couple({ label: '  Dana & Lou  ' }),
    );
    expect(ok.data?.createCouple.couple.label).toBe('Dana & Lou');
    expect(
      fieldErrors(await gql(maya, CREATE_COUPLE, couple({ label: 'Dana\nLou' }))),
    ).toHaveProperty('label');
    expect(
      fieldErrors(await gql(maya, CREATE_COUPLE, couple({ label: ' \u3000 ' }))),
    ).toHaveProperty('label');
    const alex = await t.signIn('alex@riverside.example');
    const note = await gql<{ fileCheckin: { note: string } }>(
      alex,
      'mutation($input: FileCheckinInput!) { fileCheckin(input: $input) { note } }',
      {
        input: {
          coupleId: await coupleId(t.db, 'Alex & Sam'),
          ratings: [
            'closeness',
            'understood',
            'sharing',
            'affection',
            'fun',
            'conflict',
            'stress',
          ].map((item) => ({ item, value: 4 })),
          note: '  First line\r\nSecond\tline  ',
        },
      },
    );
    expect(note.data?.fileCheckin.note).toBe('First line\nSecond\tline');
  });

  it('answers impossible dates in queries and schedules with field errors, never a server error', async () => {
    const id = await coupleId(t.db, 'Alex & Sam');
    const tasks = await gql(
      maya,
      'query($id: ID!, $from: String!, $to: String!) { couple(id: $id) { tasks(from: $from, to: $to) { id } } }',
      { id, from: '2026-02-30', to: '2026-03-05' },
    );
    expect(errorCode(tasks)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(tasks)).toHaveProperty('from');
    const exercise: { id: string }[] = await t.db.query(
      `SELECT id FROM catalogue_exercises ORDER BY slug, version DESC LIMIT 1`,
    );
    const today = todayIn('America/New_York', new Date());
    for (const dueDate of ['9999-12-31', addDays(today, 5 * 366 + 2)]) {
      const res = await gql(
        maya,
        'mutation($input: AssignExerciseInput!) { assignExercise(input: $input) { id } }',
        {
          input: {
            coupleId: id,
            exerciseId: exercise[0]!.id,
            audience: 'EACH',
            schedule: { kind: 'ONCE', dueDate },
          },
        },
      );
      expect(fieldErrors(res)).toHaveProperty(['schedule.dueDate']);
    }
  });

  it('answers a malformed id with NOT_FOUND and an email with a lone surrogate with a field error', async () => {
    const res = await gql(maya, 'query($id: ID!) { assignment(id: $id) { id } }', {
      id: 'not-a-uuid',
    });
    expect(errorCode(res)).toBe('NOT_FOUND');
    const login = await gql(
      t.agent(),
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { viewer { id } } }',
      {
        e: 'a\ud800@example.org',
        p: 'hearth-demo',
      },
    );
    expect(errorCode(login)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(login)).toHaveProperty('email');
  });
});
