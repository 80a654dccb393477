import { getNamedType, isObjectType, type GraphQLField } from 'graphql';
import { addDays, todayIn } from '@hearth/domain';
import type TestAgent from 'supertest/lib/agent';
import {
  printSelection,
  removeAt,
  rootFields,
  schema,
  selectionTree,
  type RecordKind,
  type SelectionNode,
} from './support/schema-sweep';
import { assignToday, builtInExercise, completion, RATINGS } from './support/sweep-world';
import { coupleId, gql, startTestApp, type GqlError, type TestApp } from './support/test-app';

const today = () => todayIn('America/New_York', new Date());
const DEPTH = 3;

/** Arguments of nested fields: windows that cover the last 60 days (and the coming month). */
function argsFor(field: GraphQLField<unknown, unknown>): string | null {
  const parts: string[] = [];
  for (const a of field.args) {
    if (a.name === 'days') parts.push('days: 60');
    else if (a.name === 'limit') parts.push('limit: 200');
    else if (a.name === 'from') parts.push(`from: "${addDays(today(), -60)}"`);
    else if (a.name === 'to') parts.push(`to: "${addDays(today(), 30)}"`);
    else if (a.defaultValue === undefined && String(a.type).endsWith('!')) return null;
  }
  return parts.length ? `(${parts.join(', ')})` : '';
}

interface Read {
  query: string;
  /** The errors of the full selection, before fields that fail were left out. */
  refused: { path: readonly (string | number)[] | undefined; code: string | undefined }[];
  data: unknown;
  errors: GqlError[] | undefined;
}

/**
 * Everything a caller can read from one root field: a selection of every field to DEPTH,
 * where a field that is refused (e.g. Couple.flags for partners) is recorded and left out
 * so the rest can still be read.
 */
async function readAll(
  agent: TestAgent,
  field: GraphQLField<unknown, unknown>,
  args: string,
): Promise<Read> {
  const named = getNamedType(field.type);
  const tree: SelectionNode[] | null = isObjectType(named)
    ? selectionTree(named, DEPTH, argsFor)
    : null;
  const refused: Read['refused'] = [];
  for (let attempt = 0; attempt < 25; attempt++) {
    const query = `{ ${field.name}${args}${tree ? ` { __typename ${printSelection(tree)} }` : ''} }`;
    const res = await gql(agent, query);
    const nested = (res.errors ?? []).filter(
      (e) => ((e as { path?: unknown[] }).path?.length ?? 0) > 1,
    );
    if (!tree || nested.length === 0) return { query, refused, data: res.data, errors: res.errors };
    for (const e of nested) {
      const path = (e as { path?: (string | number)[] }).path!;
      refused.push({ path, code: e.extensions?.code });
      removeAt(tree, path.slice(1));
    }
  }
  throw new Error(`Could not read ${field.name} without errors`);
}

/**
 * Non-interference (PRODUCT.md: no count, state, chart or timing a partner can see may change
 * because the other partner wrote a PRIVATE entry). Everything Alex can read — every Query
 * root field of the committed schema, with the ids he can reach, every field to depth 3 below it — is
 * the same before and after Sam writes PRIVATE entries of every kind.
 */
describe('what Alex reads does not change when Sam writes PRIVATE entries', () => {
  let t: TestApp;
  let alex: TestAgent;
  let sam: TestAgent;
  let alexSam: string;
  let samTasks: string[];
  beforeAll(async () => {
    t = await startTestApp();
    alexSam = await coupleId(t.db, 'Alex & Sam');
    const maya = await t.signIn('maya@riverside.example');
    alex = await t.signIn('alex@riverside.example');
    sam = await t.signIn('sam@riverside.example');
    const exercise = await builtInExercise(t.db);
    // Tasks of every audience Sam can do: his side of EACH, ONE named Sam, and TOGETHER.
    const each = await assignToday(maya, alexSam, exercise, 'EACH');
    const one = await assignToday(maya, alexSam, exercise, 'ONE', 'B');
    const together = await assignToday(maya, alexSam, exercise, 'TOGETHER');
    samTasks = [
      each.tasks.find((x) => x.partner === 'B')!.id,
      one.tasks[0]!.id,
      together.tasks[0]!.id,
    ];
    // Start from no entry of Sam's today, so his writes below are new PRIVATE entries (and
    // not a SHARED one of the demo turned private, which Alex may rightly stop seeing).
    await t.db.query(
      `DELETE FROM checkins WHERE couple_id = $1 AND partner = 'B' AND checkin_date >= $2::date - 1`,
      [alexSam, today()],
    );
    await t.db.query(
      `DELETE FROM measure_results WHERE couple_id = $1 AND partner = 'B' AND filed_on >= $2::date - 1`,
      [alexSam, today()],
    );
  }, 60_000);
  afterAll(() => t.close());

  /** Every Query root field Alex may call, with each id of his he can reach. */
  async function everything(): Promise<Record<string, Read>> {
    const known: Partial<Record<RecordKind, string[]>> = await reachableIds();
    const out: Record<string, Read> = {};
    for (const field of rootFields('Query')) {
      const idArg = field.args.find((a) => String(a.type).startsWith('ID'));
      const required = field.args.filter(
        (a) => String(a.type).endsWith('!') && a.defaultValue === undefined,
      );
      if (required.some((a) => a !== idArg)) {
        // e.g. invitation(token:), clinicDashboard(period:): nothing of Alex's to pass.
        const res = await gql(alex, `{ ${field.name} }`);
        out[field.name] = { query: field.name, refused: [], data: res.data, errors: res.errors };
        continue;
      }
      if (!idArg) {
        out[field.name] = await readAll(alex, field, '');
        continue;
      }
      const kind = ({ couple: 'couple', assignment: 'assignment', exercise: 'exercise' } as const)[
        field.name as 'couple' | 'assignment' | 'exercise'
      ];
      for (const id of (kind && known[kind]) ?? []) {
        out[`${field.name}(${id})`] = await readAll(alex, field, `(${idArg.name}: "${id}")`);
      }
    }
    return out;
  }

  let reachable: Partial<Record<RecordKind, string[]>> | undefined;
  /** Ids Alex can reach from his couple, fixed before Sam writes. */
  async function reachableIds(): Promise<Partial<Record<RecordKind, string[]>>> {
    if (reachable) return reachable;
    const res = await gql<{
      ourCouple: { id: string; assignments: { id: string; exercise: { id: string } }[] };
    }>(alex, '{ ourCouple { id assignments { id exercise { id } } } }');
    const c = res.data!.ourCouple;
    reachable = {
      couple: [c.id],
      assignment: c.assignments.map((a) => a.id),
      exercise: [...new Set(c.assignments.map((a) => a.exercise.id))].slice(0, 3),
    };
    return reachable;
  }

  it('covers the whole schema from Alex’s root fields', async () => {
    const reads = await everything();
    const names = Object.keys(reads);
    expect(names).toEqual(expect.arrayContaining(['me', 'ourCouple', `couple(${alexSam})`]));
    expect(JSON.stringify(reads['ourCouple']!.data)).toContain('"tasks"');
    expect(
      Object.keys(schema.getQueryType()!.getFields()).every((f) =>
        names.some((n) => n.split('(')[0] === f),
      ),
    ).toBe(true);
  });

  it('is identical before and after Sam writes PRIVATE completions, a check-in and a CSI-4', async () => {
    const before = await everything();
    for (const taskId of samTasks) {
      const res = await gql(
        sam,
        'mutation($input: CompleteTaskInput!) { completeTask(input: $input) { id } }',
        completion(taskId, 'PRIVATE'),
      );
      expect(res.errors).toBeUndefined();
    }
    const checkin = await gql(
      sam,
      'mutation($input: FileCheckinInput!) { fileCheckin(input: $input) { id } }',
      {
        input: {
          coupleId: alexSam,
          ratings: RATINGS,
          visibility: 'PRIVATE',
          wantsToTalk: true,
          note: 'Only for my coach.',
        },
      },
    );
    expect(checkin.errors).toBeUndefined();
    const csi4 = await gql(
      sam,
      'mutation($input: FileCsi4Input!) { fileCsi4(input: $input) { id } }',
      {
        input: {
          coupleId: alexSam,
          answers: ['happiness', 'warm', 'rewarding', 'satisfied'].map((item) => ({
            item,
            value: 1,
          })),
        },
      },
    );
    expect(csi4.errors).toBeUndefined();
    const after = await everything();
    const differences = Object.keys({ ...before, ...after }).filter(
      (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
    );
    for (const k of differences) {
      // Name the first differing value, for the person reading the failure.
      const [b, a] = [JSON.stringify(before[k]), JSON.stringify(after[k])];
      let i = 0;
      while (i < b.length && b[i] === a[i]) i++;
      process.stdout.write(
        `${k} differs at …${b.slice(Math.max(0, i - 160), i + 60)}… vs …${a.slice(Math.max(0, i - 160), i + 60)}…\n`,
      );
    }
    expect(differences).toEqual([]);
  });
});
