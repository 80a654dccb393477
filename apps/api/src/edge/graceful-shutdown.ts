import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export interface Drainer {
  /** Requests being answered right now. */
  readonly inFlight: number;
  /**
   * Stops accepting connections, lets the requests in flight finish (each response closes
   * its connection, so keep-alive clients cannot hold the server open), and after
   * `timeoutMs` cuts whatever is left. Resolves once no connection remains.
   */
  drain(timeoutMs: number): Promise<{ cut: boolean }>;
}

/**
 * Tracks the requests of an HTTP server so that shutdown can wait for them. Installed
 * before the server listens; Node's own server.close() + closeIdleConnections() do the rest.
 */
export function trackRequests(server: Server): Drainer {
  const active = new Set<ServerResponse>();
  let draining = false;
  const onRequest = (_req: IncomingMessage, res: ServerResponse) => {
    active.add(res);
    // A request that slipped in on an open keep-alive connection: its answer ends it.
    if (draining) res.shouldKeepAlive = false;
    res.once('close', () => {
      active.delete(res);
      // The connection is idle now; close it rather than wait for keep-alive to time out.
      if (draining) server.closeIdleConnections();
    });
  };
  server.on('request', onRequest);
  return {
    get inFlight() {
      return active.size;
    },
    async drain(timeoutMs: number) {
      draining = true;
      for (const res of active) {
        if (!res.headersSent) res.shouldKeepAlive = false;
      }
      let cut = false;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          cut = active.size > 0;
          server.closeAllConnections();
          resolve();
        }, timeoutMs);
      });
      await Promise.race([closed, deadline]);
      clearTimeout(timer);
      await closed;
      return { cut };
    },
  };
}
