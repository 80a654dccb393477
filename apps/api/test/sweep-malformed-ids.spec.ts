import { idSlots, operation, rootFields, sampleArgs, setPath } from './support/schema-sweep';
import {
  buildSweepWorld,
  changedTables,
  snapshot,
  type RoleName,
  type SweepWorld,
} from './support/sweep-world';
import { gql, startTestApp, type TestApp } from './support/test-app';

const MALFORMED: [string, string][] = [
  ['not-a-uuid', 'not-a-uuid'],
  ['empty', ''],
  ['NUL', '\u0000'],
  ['uuid with a NUL', '00000000-0000-4000-8000-00000000000\u0000'],
  ['lone surrogate', '\ud800'],
  ['overlong', 'f'.repeat(10_000)],
  ['almost a uuid', '00000000-0000-4000-8000-00000000000g'],
  ['SQL', "' OR '1'='1"],
];

/** One role of each kind: whichever the field is for, one of them would be allowed. */
const CALLERS: RoleName[] = ['riversideAdmin', 'maya', 'alex'];

/**
 * Schema-driven: a malformed value in every ID argument (also inside inputs) answers
 * NOT_FOUND or BAD_USER_INPUT — never INTERNAL_SERVER_ERROR — for a role that may use the
 * field, with every other argument valid; and writes nothing.
 */
describe('malformed ids in every ID argument of the schema', () => {
  let t: TestApp;
  let world: SweepWorld;
  const { slots } = idSlots();
  beforeAll(async () => {
    t = await startTestApp();
    world = await buildSweepWorld(t);
  }, 60_000);
  afterAll(() => t.close());

  it.each(slots.map((s) => [`${s.root}.${s.field}(${s.path.join('.')})`, s] as const))(
    '%s',
    async (_label, slot) => {
      const field = rootFields(slot.root).find((f) => f.name === slot.field)!;
      const before = await snapshot(t.db);
      const problems: string[] = [];
      let allowedSomewhere = false;
      for (const role of CALLERS) {
        for (const [name, value] of MALFORMED) {
          const args = sampleArgs(slot.root, field, { ids: world.own[role] });
          setPath(args, slot.path, value);
          const res = await gql(world.agents[role], operation(slot.root, field, args), args);
          const code = res.errors?.[0]?.extensions?.code;
          if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') allowedSomewhere = true;
          else if (code !== 'FORBIDDEN')
            problems.push(`${name} as ${role}: ${JSON.stringify(res).slice(0, 300)}`);
        }
      }
      expect(problems).toEqual([]);
      // At least one of the callers may use the field, so the id itself was judged.
      expect(allowedSomewhere).toBe(true);
      expect(changedTables(before, await snapshot(t.db))).toEqual([]);
    },
  );
});
