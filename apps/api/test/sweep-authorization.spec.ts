import {
  idSlots,
  operation,
  rootFields,
  sampleArgs,
  setPath,
  type IdSlot,
} from './support/schema-sweep';
import {
  buildSweepWorld,
  changedTables,
  snapshot,
  type RoleName,
  type SweepWorld,
} from './support/sweep-world';
import { gql, startTestApp, type GqlResponse, type TestApp } from './support/test-app';

const MADE_UP = '00000000-0000-4000-8000-000000000000';

/**
 * Schema-driven authorization sweep: every Query and Mutation field that takes an ID (as an
 * argument or inside an input, found in the committed schema.gql) is called by every demo
 * role that must be refused, with ids of another clinic, another coach's couple and the
 * partner's PRIVATE entries. Each must be refused exactly as a made-up id is (no existence
 * leak), and write nothing (row counts and a hash of every table before and after).
 */
describe('authorization sweep over every ID argument of the schema', () => {
  let t: TestApp;
  let world: SweepWorld;
  const { slots, unclassified } = idSlots();
  beforeAll(async () => {
    t = await startTestApp();
    world = await buildSweepWorld(t);
  }, 60_000);
  afterAll(() => t.close());

  it('classifies every ID the schema takes (add new ones to the table in schema-sweep.ts)', () => {
    expect(unclassified).toEqual([]);
    expect(slots.length).toBeGreaterThanOrEqual(20);
  });

  /** The refusal, without the parts that depend on the id (paths are the same anyway). */
  const refusal = (res: GqlResponse<unknown>) =>
    (res.errors ?? []).map((e) => ({
      message: e.message,
      code: e.extensions?.code,
      fields: e.extensions?.fields,
    }));

  function call(slot: IdSlot, role: RoleName, id: string) {
    const field = rootFields(slot.root).find((f) => f.name === slot.field)!;
    const args = sampleArgs(slot.root, field, { ids: world.own[role] });
    setPath(args, slot.path, id);
    return gql(world.agents[role], operation(slot.root, field, args), args);
  }

  const fieldsWithIds = [...new Set(slots.map((s) => `${s.root}.${s.field}`))];

  it.each(fieldsWithIds)('%s refuses every foreign id and writes nothing', async (where) => {
    const before = await snapshot(t.db);
    const problems: string[] = [];
    let calls = 0;
    for (const slot of slots.filter((s) => `${s.root}.${s.field}` === where)) {
      for (const scope of world.scopes) {
        const id = scope.ids[slot.kind];
        if (!id) continue;
        for (const role of scope.refused) {
          if (scope.allowedFor?.[role]?.includes(where)) continue;
          const res = await call(slot, role, id);
          const control = await call(slot, role, MADE_UP);
          calls += 2;
          const code = res.errors?.[0]?.extensions?.code;
          const fields = res.errors?.[0]?.extensions?.fields ?? [];
          const named = fields.some((f) =>
            [slot.path.join('.'), slot.path.slice(1).join('.'), slot.path.at(-1)].includes(f.field),
          );
          const label = `${where}(${slot.path.join('.')}=${slot.kind} of ${scope.name}) as ${role}`;
          const refused =
            code === 'NOT_FOUND' || code === 'FORBIDDEN' || (code === 'BAD_USER_INPUT' && named);
          const data = res.data as Record<string, unknown> | null | undefined;
          if (!refused) problems.push(`${label}: ${JSON.stringify(res).slice(0, 300)}`);
          else if (data && data[slot.field] != null)
            problems.push(`${label}: returned data ${JSON.stringify(data).slice(0, 200)}`);
          else if (JSON.stringify(refusal(res)) !== JSON.stringify(refusal(control)))
            problems.push(
              `${label}: answered differently from a made-up id: ${JSON.stringify(refusal(res))} vs ${JSON.stringify(refusal(control))}`,
            );
        }
      }
    }
    const changed = changedTables(before, await snapshot(t.db));
    expect({ problems, changed }).toEqual({ problems: [], changed: [] });
    // Every ID field is reachable from at least one scope and role.
    expect(calls).toBeGreaterThan(0);
    sweepCalls.push(calls);
  });

  const sweepCalls: number[] = [];
  afterAll(() => {
    // Visible in the test output: how much the sweep exercised.
    process.stdout.write(
      `authorization sweep: ${fieldsWithIds.length} fields, ${slots.length} ID slots, ${sweepCalls.reduce((a, b) => a + b, 0)} calls\n`,
    );
  });
});
