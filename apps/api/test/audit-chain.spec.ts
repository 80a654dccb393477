import type { DataSource } from 'typeorm';
import { purgeExpiredAuditEvents, verifyAuditChain } from '../src/audit/audit-chain';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The audit trail's guarantees live in the database: numbering and hash chaining on insert,
 * and append-only even for the app's own connection. These tests use that connection.
 */
describe('audit events: append-only and hash-chained', () => {
  let t: TestApp;
  let db: DataSource;
  let clinicId: string;

  const insert = (action: string, targetId: string) =>
    db.query(
      `INSERT INTO audit_events (clinic_id, action, target_type, target_id) VALUES ($1, $2, 'couple', $3)`,
      [clinicId, action, targetId],
    );

  beforeAll(async () => {
    t = await startTestApp();
    db = t.db;
    const rows: { id: string }[] = await db.query(
      `INSERT INTO clinics (name, time_zone) VALUES ('Chain Test Clinic', 'UTC') RETURNING id`,
    );
    clinicId = rows[0]!.id;
    for (let i = 1; i <= 5; i++) await insert('READ', `target-${i}`);
  });
  afterAll(() => t.close());

  it('numbers each clinic’s events 1, 2, 3… and links each to the one before', async () => {
    const rows: { seq: string; prev_hash: string | null; hash: string }[] = await db.query(
      'SELECT seq, prev_hash, hash FROM audit_events WHERE clinic_id = $1 ORDER BY seq',
      [clinicId],
    );
    expect(rows.map((r) => Number(r.seq))).toEqual([1, 2, 3, 4, 5]);
    expect(rows[0]!.prev_hash).toBeNull();
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash);
    expect((await verifyAuditChain(db, clinicId)).broken).toBeNull();
  });

  it('refuses UPDATE, DELETE and TRUNCATE from the app’s own connection', async () => {
    await expect(
      db.query(`UPDATE audit_events SET target_id = 'x' WHERE clinic_id = $1`, [clinicId]),
    ).rejects.toThrow(/append-only/);
    await expect(
      db.query('DELETE FROM audit_events WHERE clinic_id = $1', [clinicId]),
    ).rejects.toThrow(/append-only/);
    await expect(db.query('TRUNCATE audit_events')).rejects.toThrow(/append-only/);
    const count: { n: string }[] = await db.query(
      'SELECT count(*) AS n FROM audit_events WHERE clinic_id = $1',
      [clinicId],
    );
    expect(Number(count[0]!.n)).toBe(5);
  });

  it('the retention purge deletes only events older than the retention period', async () => {
    expect(await purgeExpiredAuditEvents(db, 6)).toBe(0);
    expect((await verifyAuditChain(db, clinicId)).checked).toBe(5);
  });

  it('the chain check names the first row edited behind the triggers’ back', async () => {
    // A superuser who disables triggers can still edit a row: the chain shows it.
    await db.transaction(async (em) => {
      await em.query('SET LOCAL session_replication_role = replica');
      await em.query(
        `UPDATE audit_events SET target_id = 'forged' WHERE clinic_id = $1 AND seq = 3`,
        [clinicId],
      );
    });
    expect((await verifyAuditChain(db, clinicId)).broken).toEqual({
      clinicId,
      seq: '3',
      reason: 'edited',
    });
  });
});

describe('audit events: reads over GraphQL', () => {
  let t: TestApp;
  afterAll(() => t.close());

  it('one READ event per couple per request, with the request’s origin', async () => {
    t = await startTestApp();
    const maya = await t.signIn('maya@riverside.example');
    const rows: { id: string }[] = await t.db.query(
      `SELECT c.id FROM couples c JOIN memberships m ON m.id = c.coach_id
         JOIN users u ON u.id = m.user_id WHERE u.email = 'maya@riverside.example' LIMIT 1`,
    );
    const id = rows[0]!.id;
    const res = await maya
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('user-agent', 'HearthTest/1.0')
      .send({
        query: `query($id: ID!) { a: couple(id: $id) { id } b: couple(id: $id) { label } }`,
        variables: { id },
      });
    expect(res.body.errors).toBeUndefined();
    const events: { action: string; role: string; user_agent: string; couple_id: string }[] =
      await t.db.query(
        `SELECT action, role, user_agent, couple_id FROM audit_events WHERE couple_id = $1`,
        [id],
      );
    expect(events).toEqual([
      { action: 'READ', role: 'COACH', user_agent: 'HearthTest/1.0', couple_id: id },
    ]);
  });
});
