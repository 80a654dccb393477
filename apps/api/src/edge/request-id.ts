import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import './request-id.types';

export const REQUEST_ID_HEADER = 'X-Request-Id';

// A caller's id is kept only when it cannot smuggle anything into logs or audit rows:
// letters, digits and dashes, 8 to 64 of them (a UUID fits).
const SANE_ID = /^[A-Za-z0-9-]{8,64}$/;

/**
 * Gives every request an id: the one a proxy or client sent, when it is sane, else a new
 * UUID. It is set on the response and on `req.requestId`, so logs and audit rows written
 * for the request can be matched with what the caller saw.
 */
export function requestId(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.get(REQUEST_ID_HEADER);
  const id = incoming && SANE_ID.test(incoming) ? incoming : randomUUID();
  req.requestId = id;
  res.setHeader(REQUEST_ID_HEADER, id);
  next();
}
