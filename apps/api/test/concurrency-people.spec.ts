import type TestAgent from 'supertest/lib/agent';
import { createMember } from './support/factories';
import { expectNoImpossibleState, expectOnly, outcome, race, type Shot } from './support/races';
import { gql, startTestApp, type TestApp } from './support/test-app';

/**
 * Races on people: invitations re-issued while they are accepted, the same couple created
 * twice at once, a coach deactivated while still adding couples. Over HTTP, on real
 * PostgreSQL; never a deadlock answered as INTERNAL_SERVER_ERROR, never an impossible state.
 */

const INVITE_COACH = `mutation($i: InviteCoachInput!) { inviteCoach(input: $i) { url } }`;
const ACCEPT = `mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { email } }`;
const CREATE_COUPLE = `mutation($i: CreateCoupleInput!) {
  createCouple(input: $i) { couple { id } invitations { email url } }
}`;
const INVITE_PARTNER = `mutation($c: ID!) { invitePartner(coupleId: $c, partner: A) { url } }`;

const tokenOf = (url: string) => url.split('/invite/')[1]!;
const couple = (label: string, a: string, b: string) => ({
  i: {
    label,
    partnerA: { displayName: a.split('@')[0], email: a },
    partnerB: { displayName: b.split('@')[0], email: b },
  },
});

describe('concurrent writes on people', () => {
  let t: TestApp;
  let admin: TestAgent;
  let maya: TestAgent;
  let clinicId: string;
  beforeAll(async () => {
    t = await startTestApp({ poolSize: 12 });
    [admin, maya] = await Promise.all([
      t.signIn('admin@riverside.example'),
      t.signIn('maya@riverside.example'),
    ]);
    const rows: { id: string }[] = await t.db.query(
      `SELECT id FROM clinics WHERE name = 'Riverside Couples Clinic'`,
    );
    clinicId = rows[0]!.id;
  });
  afterAll(() => t.close());
  afterEach(() => expectNoImpossibleState(t.db));

  it('re-issuing a coach invitation while it is accepted never deadlocks', async () => {
    for (let round = 0; round < 5; round++) {
      const email = `coach-race-${round}@example.org`;
      const invite = {
        agent: admin,
        query: INVITE_COACH,
        variables: { i: { email, displayName: 'Robin' } },
      };
      const first = await gql<{ inviteCoach: { url: string } }>(
        admin,
        INVITE_COACH,
        invite.variables,
      );
      const accept: Shot = {
        agent: t.agent(),
        query: ACCEPT,
        variables: { t: tokenOf(first.data!.inviteCoach.url), p: 'a long coach password' },
      };
      const shots: Shot[] = Array.from({ length: 20 }, () => invite);
      shots.splice(round * 2, 0, accept, accept);
      const result = await race(shots);
      // A link re-issued first is revoked (BAD_USER_INPUT on the token); once the coach has
      // joined, a new invitation is refused on the email.
      expectOnly(result, ['BAD_USER_INPUT']);
      expect(result.responses.filter((r) => r.data?.acceptInvitation).length).toBeLessThan(2);
    }
  });

  it('creating the same couple twice at once, partners in either order, makes exactly one', async () => {
    for (let round = 0; round < 3; round++) {
      const [x, y] = [`x-${round}@example.org`, `y-${round}@example.org`];
      const shots: Shot[] = Array.from({ length: 20 }, (_, i) => ({
        agent: maya,
        query: CREATE_COUPLE,
        variables: i % 2 ? couple(`Race ${round}`, x, y) : couple(`Race ${round}`, y, x),
      }));
      const result = await race(shots);
      expectOnly(result, ['BAD_USER_INPUT']);
      expect(result.tally.OK).toBe(1);
      const rows: unknown[] = await t.db.query('SELECT 1 FROM couples WHERE label = $1', [
        `Race ${round}`,
      ]);
      expect(rows).toHaveLength(1);
    }
  });

  it('a coach deactivated while adding couples ends with no open couple', async () => {
    for (let round = 0; round < 4; round++) {
      const email = `leaving-${round}@example.org`;
      const coachId = await createMember(t.db, clinicId, email, 'COACH', `Leaving ${round}`);
      const coach = await t.signIn(email);
      const shots: Shot[] = Array.from({ length: 20 }, (_, i) => ({
        agent: coach,
        query: CREATE_COUPLE,
        variables: couple(
          `Leaving ${round}.${i}`,
          `p${round}-${i}a@example.org`,
          `p${round}-${i}b@example.org`,
        ),
      }));
      shots.splice(round * 2, 0, {
        agent: admin,
        query: `mutation($id: ID!) { deactivateCoach(id: $id) { status } }`,
        variables: { id: coachId },
      });
      const result = await race(shots);
      // The coach's requests after deactivation: signed out, or refused as a coach.
      expectOnly(result, ['CONFLICT', 'UNAUTHENTICATED', 'FORBIDDEN']);
      const deactivated = outcome(result.responses[round * 2]!) === 'OK';
      const open: unknown[] = await t.db.query(
        `SELECT 1 FROM couples WHERE coach_id = $1 AND status <> 'CLOSED'`,
        [coachId],
      );
      if (deactivated) expect(open).toHaveLength(0);
      else expect(open.length).toBeGreaterThan(0);
    }
  });

  it('re-issuing a partner link while that partner joins leaves no open invitation', async () => {
    for (let round = 0; round < 4; round++) {
      const created = await gql<{
        createCouple: { couple: { id: string }; invitations: { url: string }[] };
      }>(
        maya,
        CREATE_COUPLE,
        couple(`Joining ${round}`, `j${round}a@example.org`, `j${round}b@example.org`),
      );
      const { couple: made, invitations } = created.data!.createCouple;
      const accept: Shot = {
        agent: t.agent(),
        query: ACCEPT,
        variables: { t: tokenOf(invitations[0]!.url), p: 'a long partner password' },
      };
      const shots: Shot[] = Array.from({ length: 20 }, () => ({
        agent: maya,
        query: INVITE_PARTNER,
        variables: { c: made.id },
      }));
      shots.splice(round * 3, 0, accept);
      const result = await race(shots);
      expectOnly(result, ['CONFLICT', 'BAD_USER_INPUT']);
    }
  });
});
