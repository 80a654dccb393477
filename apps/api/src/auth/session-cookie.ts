import type { CookieOptions, Request, Response } from 'express';

export const SESSION_COOKIE = 'hearth_session';

/** The browser holds the session only in this cookie: httpOnly, SameSite, Secure in production. */
export function sessionCookieOptions(production: boolean, expires?: Date): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: production, path: '/', expires };
}

export function readSessionToken(req: Request): string | undefined {
  const cookies = req.cookies as Record<string, string | undefined> | undefined;
  const token = cookies?.[SESSION_COOKIE];
  return token && token.length <= 100 ? token : undefined;
}

export function setSessionCookie(res: Response, token: string, expires: Date, production: boolean) {
  res.cookie(SESSION_COOKIE, token, sessionCookieOptions(production, expires));
}

export function clearSessionCookie(res: Response, production: boolean) {
  res.clearCookie(SESSION_COOKIE, sessionCookieOptions(production));
}
