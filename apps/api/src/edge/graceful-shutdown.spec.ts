import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { trackRequests } from './graceful-shutdown';

/** A server whose /slow answers only when the test calls `finish()`. */
async function slowServer(): Promise<{ server: Server; port: number; finish(): void }> {
  const waiting: (() => void)[] = [];
  const server = createServer((req, res) => {
    if (req.url === '/slow') waiting.push(() => res.end('slow'));
    else res.end('fast');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    server,
    port: (server.address() as AddressInfo).port,
    finish: () => waiting.splice(0).forEach((f) => f()),
  };
}

function get(
  port: number,
  path: string,
  agent: Agent,
): Promise<{ body: string; connection?: string }> {
  return new Promise((done, fail) => {
    request({ host: '127.0.0.1', port, path, agent }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => done({ body, connection: res.headers.connection }));
    })
      .on('error', fail)
      .end();
  });
}

describe('trackRequests', () => {
  it('lets requests in flight finish, closing their keep-alive connections', async () => {
    const { server, port, finish } = await slowServer();
    const drainer = trackRequests(server);
    const agent = new Agent({ keepAlive: true });
    // An idle keep-alive connection, and a request in flight.
    await get(port, '/fast', agent);
    const slow = get(port, '/slow', agent);
    await new Promise((r) => setTimeout(r, 50));
    expect(drainer.inFlight).toBe(1);

    const started = Date.now();
    const drained = drainer.drain(5_000);
    setTimeout(finish, 200);
    expect(await slow).toEqual({ body: 'slow', connection: 'close' });
    expect(await drained).toEqual({ cut: false });
    // Done when the slow request is, not when keep-alive would have timed out.
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(server.listening).toBe(false);
    agent.destroy();
  });

  it('cuts what is still running at the deadline', async () => {
    const { server, port } = await slowServer();
    const drainer = trackRequests(server);
    const agent = new Agent({ keepAlive: true });
    const slow = get(port, '/slow', agent).then(
      () => 'answered',
      (err: Error) => err.message,
    );
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    expect(await drainer.drain(300)).toEqual({ cut: true });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await slow).toBe('socket hang up');
    agent.destroy();
  });
});
