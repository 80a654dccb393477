import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import type TestAgent from 'supertest/lib/agent';
import { coupleId, errorCode, gql, startTestApp, type TestApp } from './support/test-app';

/**
 * Every root Query field, classified: does it return a couple's entries or page (then one
 * READ event per couple per request), or not (and why). A field added to the schema without
 * a line here fails the first test, so whoever adds it has to decide.
 */
type Caller = 'coach' | 'partner';
interface ReadsACouple {
  reads: true;
  callers: Caller[];
  /** The operation and its variables for the Alex & Sam couple. */
  call: (ids: { couple: string; assignment: string }) => [string, Record<string, unknown>];
}
interface DoesNotRead {
  reads: false;
  why: string;
}

const QUERY_FIELDS: Record<string, ReadsACouple | DoesNotRead> = {
  couple: {
    reads: true,
    callers: ['coach', 'partner'],
    call: ({ couple }) => [
      'query($id: ID!) { couple(id: $id) { id checkinFeed { id } completions { id } } }',
      { id: couple },
    ],
  },
  myCouples: {
    reads: true,
    callers: ['coach'],
    call: () => ['{ myCouples { id homeworkSummary { overdue } flags { code } } }', {}],
  },
  ourCouple: {
    reads: true,
    callers: ['partner'],
    call: () => ['{ ourCouple { id checkinFeed { id } } }', {}],
  },
  assignment: {
    reads: true,
    callers: ['coach', 'partner'],
    call: ({ assignment }) => [
      'query($id: ID!) { assignment(id: $id) { id progress { done } } }',
      { id: assignment },
    ],
  },
  clinicActivity: { reads: false, why: 'the audit trail: ids, names and actions, no entries' },
  clinicCoaches: { reads: false, why: 'staff list with caseload counts' },
  clinicDashboard: { reads: false, why: 'aggregates with small cells suppressed' },
  clinicRoster: { reads: false, why: 'names, coach and status only (PRODUCT.md roster)' },
  coachMovesFromMe: { reads: false, why: 'labels and reasons of couples no longer yours' },
  exercise: { reads: false, why: 'the catalogue' },
  exercises: { reads: false, why: 'the catalogue' },
  invitation: { reads: false, why: 'an invitation preview for its token holder' },
  me: { reads: false, why: 'the caller themselves' },
  mySessions: { reads: false, why: 'the caller’s own sign-in sessions' },
  ourEntryReaders: { reads: false, why: 'who read our entries: reader names and counts only' },
};

const schema = buildSchema(readFileSync(join(__dirname, '../schema.gql'), 'utf8'));
const rootFields = Object.keys(schema.getQueryType()!.getFields()).sort();

describe('audit: root Query fields are classified', () => {
  it('every root Query field says whether it reads a couple', () => {
    const unclassified = rootFields.filter((f) => !(f in QUERY_FIELDS));
    const stale = Object.keys(QUERY_FIELDS).filter((f) => !rootFields.includes(f));
    if (unclassified.length > 0) {
      throw new Error(
        `Root Query field(s) ${unclassified.join(', ')} not classified in QUERY_FIELDS ` +
          '(apps/api/test/audit-reads.spec.ts). Decide: does it return a couple’s entries or ' +
          'page? Then record a READ with AuditService.read and add a call here, or say why not.',
      );
    }
    expect(stale).toEqual([]);
  });
});

describe('audit: reads over GraphQL', () => {
  let t: TestApp;
  let alexSam: string;
  let assignment: string;
  const users = new Map<string, string>();

  beforeAll(async () => {
    t = await startTestApp();
    alexSam = await coupleId(t.db, 'Alex & Sam');
    const rows: { id: string }[] = await t.db.query(
      'SELECT id FROM assignments WHERE couple_id = $1 LIMIT 1',
      [alexSam],
    );
    assignment = rows[0]!.id;
    const people: { id: string; email: string }[] = await t.db.query('SELECT id, email FROM users');
    for (const p of people) users.set(p.email, p.id);
  });
  afterAll(() => t.close());

  /** READ events of the couple by the person since the mark, by outcome. */
  async function readsSince(mark: string, email: string, couple: string | null = alexSam) {
    const rows: { outcome: string; couple_id: string | null; clinic_id: string }[] =
      await t.db.query(
        `SELECT outcome, couple_id, clinic_id FROM audit_events
          WHERE action = 'READ' AND user_id = $1 AND occurred_at > $2
            AND couple_id IS NOT DISTINCT FROM $3`,
        [users.get(email), mark, couple],
      );
    return rows;
  }
  const now = async (): Promise<string> =>
    ((await t.db.query('SELECT clock_timestamp()::text AS t')) as { t: string }[])[0]!.t;

  const callers: Record<Caller, string> = {
    coach: 'maya@riverside.example',
    partner: 'alex@riverside.example',
  };
  const cases = Object.entries(QUERY_FIELDS).flatMap(([field, c]) =>
    c.reads ? c.callers.map((caller) => [field, caller, c] as const) : [],
  );

  it.each(cases)('%s as the %s records exactly one READ of the couple', async (_f, caller, c) => {
    const agent = await t.signIn(callers[caller]);
    const mark = await now();
    const [query, variables] = c.call({ couple: alexSam, assignment });
    const res = await gql(agent, query, variables);
    expect(res.errors).toBeUndefined();
    const events = await readsSince(mark, callers[caller]);
    expect(events).toEqual([expect.objectContaining({ outcome: 'SUCCESS', couple_id: alexSam })]);
  });

  it('the caseload records one READ per couple in it, not per row or field', async () => {
    const maya = await t.signIn('maya@riverside.example');
    const mark = await now();
    const res = await gql<{ myCouples: { id: string }[] }>(
      maya,
      '{ myCouples { id assignments { id progress { done } } checkinSeries { from } } }',
    );
    const ids = res.data!.myCouples.map((c) => c.id).sort();
    expect(ids.length).toBeGreaterThan(1);
    const rows: { couple_id: string }[] = await t.db.query(
      `SELECT couple_id FROM audit_events WHERE action = 'READ' AND user_id = $1 AND occurred_at > $2
        ORDER BY couple_id`,
      [users.get('maya@riverside.example'), mark],
    );
    expect(rows.map((r) => r.couple_id)).toEqual(ids);
  });

  describe('refusals are recorded as DENIED, and the caller learns nothing', () => {
    const ask = (agent: TestAgent, id: string) =>
      gql(agent, 'query($id: ID!) { couple(id: $id) { id } }', { id });

    it('another coach of the clinic: NOT_FOUND, like an id that does not exist; DENIED on the couple', async () => {
      const daniel = await t.signIn('daniel@riverside.example');
      const mark = await now();
      const refused = await ask(daniel, alexSam);
      const unknown = await ask(daniel, '00000000-0000-4000-8000-000000000000');
      expect(errorCode(refused)).toBe('NOT_FOUND');
      expect(refused).toEqual(unknown);
      expect(await readsSince(mark, 'daniel@riverside.example')).toEqual([
        expect.objectContaining({ outcome: 'DENIED', couple_id: alexSam }),
      ]);
    });

    it('another clinic: recorded in that clinic’s own trail, without naming the couple', async () => {
      const lee = await t.signIn('lee@northside.example');
      const mark = await now();
      expect(errorCode(await ask(lee, alexSam))).toBe('NOT_FOUND');
      const events = await readsSince(mark, 'lee@northside.example', null);
      const northside: { id: string }[] = await t.db.query(
        `SELECT id FROM clinics WHERE name ILIKE 'Northside%'`,
      );
      expect(events).toEqual([{ outcome: 'DENIED', couple_id: null, clinic_id: northside[0]!.id }]);
    });

    it('a malformed id is just NOT_FOUND, with nothing recorded', async () => {
      const daniel = await t.signIn('daniel@riverside.example');
      const mark = await now();
      expect(errorCode(await ask(daniel, 'not-a-uuid'))).toBe('NOT_FOUND');
      expect(await readsSince(mark, 'daniel@riverside.example', null)).toEqual([]);
    });
  });
});
