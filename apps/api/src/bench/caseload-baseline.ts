import { createServer, type Server } from 'node:http';
import type { Pool } from 'pg';
import { tokenHash } from '../auth/tokens';
import { SESSION_COOKIE } from '../auth/session-cookie';

/**
 * The benchmark's baseline for the coach caseload: what a careful engineer would write by
 * hand with node:http and pg, serving the same JSON as the API's
 * `myCouples { id label status partnerA { displayName status } partnerB { … }
 * homeworkSummary { dueThisWeek doneThisWeek overdue unreviewed } }` (flags left out of
 * both). Two statements per request: the session (as every authenticated endpoint needs)
 * and one query for the whole caseload. The homework numbers follow the same definitions
 * as ProgressService.summaries; the benchmark checks both answers are equal.
 */

export const BASELINE_SESSION_SQL = `
  SELECT s.clinic_id, m.id AS coach_id
    FROM sessions s
    JOIN memberships m ON m.clinic_id = s.clinic_id AND m.user_id = s.user_id
                      AND m.role = 'COACH' AND m.status = 'ACTIVE'
   WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`;

export const BASELINE_CASELOAD_SQL = `
  SELECT c.id, c.label, c.status, ua.display_name AS a_name, ma.status AS a_status,
         ub.display_name AS b_name, mb.status AS b_status,
         hw.due, hw.done, hw.overdue, hw.unreviewed
    FROM couples c
    JOIN memberships ma ON ma.clinic_id = c.clinic_id AND ma.id = c.partner_a_id
    JOIN users ua ON ua.id = ma.user_id
    JOIN memberships mb ON mb.clinic_id = c.clinic_id AND mb.id = c.partner_b_id
    JOIN users ub ON ub.id = mb.user_id
    CROSS JOIN LATERAL (SELECT (now() AT TIME ZONE c.time_zone)::date AS today) d
    CROSS JOIN LATERAL (SELECT date_trunc('week', d.today)::date AS monday) w
    -- Per couple, through the (clinic, couple, due date) index: a caseload costs its own
    -- tasks, not a scan of the clinic's.
    CROSS JOIN LATERAL (
      SELECT count(*) FILTER (WHERE t.due_date BETWEEN w.monday AND w.monday + 6)::int AS due,
             count(e.id) FILTER (WHERE t.due_date BETWEEN w.monday AND w.monday + 6)::int AS done,
             count(*) FILTER (WHERE e.id IS NULL AND t.due_at < now() AND t.due_date >= d.today - 7)::int AS overdue,
             count(e.id) FILTER (WHERE e.reviewed_at IS NULL)::int AS unreviewed
        FROM tasks t
        LEFT JOIN completions e ON e.clinic_id = t.clinic_id AND e.task_id = t.id
       WHERE t.clinic_id = c.clinic_id AND t.couple_id = c.id
    ) hw
   WHERE c.clinic_id = $1 AND c.coach_id = $2
   ORDER BY c.status = 'CLOSED', c.label`;

interface CaseloadRow {
  id: string;
  label: string;
  status: string;
  a_name: string;
  a_status: string;
  b_name: string;
  b_status: string;
  due: number;
  done: number;
  overdue: number;
  unreviewed: number;
}

/** Something that runs one statement; lets the benchmark count them. */
export type Runner = (sql: string, params: unknown[]) => Promise<unknown[]>;

export function poolRunner(pool: Pool): Runner {
  return async (sql, params) => (await pool.query(sql, params)).rows as unknown[];
}

/** The response body for a session token, or null when the token is not a coach's session. */
export async function caseloadBody(run: Runner, token: string): Promise<string | null> {
  const sessions = (await run(BASELINE_SESSION_SQL, [tokenHash(token)])) as {
    clinic_id: string;
    coach_id: string;
  }[];
  const session = sessions[0];
  if (!session) return null;
  const rows = (await run(BASELINE_CASELOAD_SQL, [
    session.clinic_id,
    session.coach_id,
  ])) as CaseloadRow[];
  return JSON.stringify({
    data: {
      myCouples: rows.map((r) => ({
        id: r.id,
        label: r.label,
        status: r.status,
        partnerA: { displayName: r.a_name, status: r.a_status },
        partnerB: { displayName: r.b_name, status: r.b_status },
        homeworkSummary: {
          dueThisWeek: r.due,
          doneThisWeek: r.done,
          overdue: r.overdue,
          unreviewed: r.unreviewed,
        },
      })),
    },
  });
}

function sessionToken(cookieHeader: string | undefined): string | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** POST /caseload with the session cookie: the caseload JSON, like the API's. */
export function createCaseloadServer(run: Runner): Server {
  return createServer((req, res) => {
    // The request body (the GraphQL query the API is sent) is read and ignored: the
    // endpoint serves one thing.
    req.resume();
    req.on('end', () => {
      const token = sessionToken(req.headers.cookie);
      const answer = token ? caseloadBody(run, token) : Promise.resolve(null);
      answer.then(
        (body) => {
          if (body === null) {
            res
              .writeHead(401, { 'content-type': 'application/json' })
              .end('{"error":"signed out"}');
          } else {
            res.writeHead(200, { 'content-type': 'application/json' }).end(body);
          }
        },
        (err: unknown) => {
          res.writeHead(500).end(err instanceof Error ? err.message : 'error');
        },
      );
    });
  });
}
