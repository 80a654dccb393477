import autocannon from 'autocannon';
import { SESSION_COOKIE } from '../auth/session-cookie';
import { freePort, startChild, type ChildServer } from './bench-env';
import { interleaved, type PairedSummary } from './stats';

export const AUDIT_OVERHEAD_TARGET = 0.85;

/**
 * Caseload throughput with read auditing on versus off: two API processes on the same
 * database, identical but for AUDIT_READS, loaded in interleaved rounds. Both run with
 * NODE_ENV=test, because the off switch is refused in production (it exists only for this).
 * With auditing on, every request writes one READ event per couple of the caseload.
 */
export async function auditReadsOverhead(options: {
  mainJs: string;
  databaseUrl: string;
  token: string;
  query: string;
  rounds: number;
  seconds: number;
  connections: number;
}): Promise<PairedSummary> {
  const children: ChildServer[] = [];
  try {
    const start = async (auditReads: 'on' | 'off') => {
      const port = await freePort(3600, 3999);
      const child = await startChild(
        options.mainJs,
        {
          DATABASE_URL: options.databaseUrl,
          HOST: '127.0.0.1',
          PORT: String(port),
          NODE_ENV: 'test',
          SEED_DEMO: 'false',
          WEB_DIST: '/nonexistent',
          AUDIT_READS: auditReads,
        },
        /Hearth is running/,
        port,
      );
      children.push(child);
      return `http://127.0.0.1:${port}/graphql`;
    };
    const on = await start('on');
    const off = await start('off');
    const body = JSON.stringify({ query: options.query });
    const rps = async (url: string, seconds: number) => {
      const result = await autocannon({
        url,
        method: 'POST',
        connections: options.connections,
        duration: seconds,
        headers: {
          'content-type': 'application/json',
          cookie: `${SESSION_COOKIE}=${options.token}`,
        },
        body,
      });
      if (result.non2xx > 0 || result.errors > 0) {
        throw new Error(`${url}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
      }
      return result.requests.total / result.duration;
    };
    // Warm both up (JIT, pools, plans) before measuring.
    await rps(on, 1);
    await rps(off, 1);
    return await interleaved(
      options.rounds,
      () => rps(on, options.seconds),
      () => rps(off, options.seconds),
    );
  } finally {
    for (const child of children) await child.stop().catch(() => undefined);
  }
}
