import { Client } from 'pg';
import { gql, startTestApp, type TestApp } from './support/test-app';

describe('database connection loss', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('keeps serving after PostgreSQL drops every connection of the app', async () => {
    const maya = await t.signIn('maya@riverside.example');
    expect((await gql(maya, '{ myCouples { id } }')).data).toBeTruthy();
    const db: { current_database: string }[] = await t.db.query('SELECT current_database()');
    const admin = new Client({ connectionString: process.env.HEARTH_TEST_SERVER_URL });
    await admin.connect();
    const killed = await admin.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [db[0]!.current_database],
    );
    await admin.end();
    expect(killed.rowCount).toBeGreaterThan(0);
    // Let the pool notice the closed sockets, then ask again: the process is alive and answers.
    await new Promise((r) => setTimeout(r, 200));
    const after = await gql<{ myCouples: unknown[] }>(maya, '{ myCouples { id } }');
    expect(after.errors).toBeUndefined();
    expect(after.data!.myCouples).toHaveLength(3);
  });
});
