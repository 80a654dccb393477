import type TestAgent from 'supertest/lib/agent';
import type { DataSource } from 'typeorm';
import { gql, type GqlResponse } from './test-app';

/** One request of a race: who sends it, and what. */
export interface Shot {
  agent: TestAgent;
  query: string;
  variables?: Record<string, unknown>;
}

/** Each shot's answer, in the order the shots were given. */
export interface RaceResult {
  responses: GqlResponse<Record<string, unknown>>[];
  /** How many answers ended in each outcome: 'OK' or the error code. */
  tally: Record<string, number>;
}

export const outcome = (res: GqlResponse<unknown>): string =>
  res.errors?.length ? (res.errors[0]?.extensions?.code ?? 'UNKNOWN') : 'OK';

/**
 * Fires every shot at once (all requests are in flight before the first answer is read)
 * and tallies the answers. Loopback only, bounded by the caller's shot count.
 */
export async function race(shots: Shot[]): Promise<RaceResult> {
  const responses = await Promise.all(shots.map((s) => gql(s.agent, s.query, s.variables)));
  const tally: Record<string, number> = {};
  for (const r of responses) tally[outcome(r)] = (tally[outcome(r)] ?? 0) + 1;
  return { responses, tally };
}

/** The outcomes a race may end in besides OK: anything else (a 500 above all) fails. */
export function expectOnly(result: RaceResult, allowed: string[]): void {
  const unexpected = result.responses.filter((r) => !['OK', ...allowed].includes(outcome(r)));
  expect(unexpected.map((r) => r.errors?.[0]?.message)).toEqual([]);
}

/**
 * States no interleaving of requests may leave behind, checked straight in the database
 * after each race: each query lists offenders, and every list must be empty.
 */
const IMPOSSIBLE: Record<string, string> = {
  'open couples of a deactivated coach': `SELECT c.id FROM couples c JOIN memberships m ON m.clinic_id = c.clinic_id AND m.id = c.coach_id
      WHERE c.status <> 'CLOSED' AND m.status = 'DEACTIVATED'`,
  'open invitations of an active membership': `SELECT i.id FROM invitations i JOIN memberships m ON m.clinic_id = i.clinic_id AND m.id = i.membership_id
      WHERE i.accepted_at IS NULL AND i.revoked_at IS NULL AND m.status = 'ACTIVE'`,
  'completions of deleted tasks': `SELECT e.id FROM completions e LEFT JOIN tasks t ON t.clinic_id = e.clinic_id AND t.id = e.task_id
      WHERE t.id IS NULL`,
  'two open couples of one partner': `SELECT m.id FROM memberships m JOIN couples c ON c.clinic_id = m.clinic_id
      AND (c.partner_a_id = m.id OR c.partner_b_id = m.id) AND c.status <> 'CLOSED'
      GROUP BY m.id HAVING count(*) > 1`,
  'two tasks of one day and partner': `SELECT t.assignment_id FROM tasks t
      WHERE NOT t.key LIKE '%-W%' GROUP BY t.clinic_id, t.assignment_id, t.due_date, t.partner HAVING count(*) > 1`,
};

export async function expectNoImpossibleState(db: DataSource): Promise<void> {
  const found: Record<string, unknown[]> = {};
  for (const [name, query] of Object.entries(IMPOSSIBLE)) {
    const rows: unknown[] = await db.query(query);
    if (rows.length > 0) found[name] = rows;
  }
  expect(found).toEqual({});
}
