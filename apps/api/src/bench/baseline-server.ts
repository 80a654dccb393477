import { Pool } from 'pg';
import { createCaseloadServer, poolRunner } from './caseload-baseline';

/**
 * The baseline server as its own process, like the API: `DATABASE_URL=… PORT=…
 * node baseline-server.js`. Prints READY when listening; stops on SIGTERM.
 */
function main(): void {
  const url = process.env.DATABASE_URL;
  const port = Number(process.env.PORT);
  if (!url || !Number.isInteger(port)) throw new Error('DATABASE_URL and PORT are required');
  // The same pool size as the API's TypeORM pool, so neither side has more connections.
  const pool = new Pool({ connectionString: url, max: 10, application_name: 'hearth-baseline' });
  const server = createCaseloadServer(poolRunner(pool));
  server.listen(port, '127.0.0.1', () => console.log(`READY ${port}`));
  process.once('SIGTERM', () => {
    server.close();
    void pool.end().then(() => process.exit(0));
  });
}

main();
