// Express's Request carries the id set by the request-id middleware (edge/request-id.ts),
// which runs first for every request.
declare module 'express-serve-static-core' {
  interface Request {
    requestId: string;
  }
}

export {};
