import autocannon from 'autocannon';
import type { Pool } from 'pg';
import { CHECKIN_ITEM_IDS, todayIn } from '@hearth/domain';
import { SESSION_COOKIE } from '../auth/session-cookie';

/** A partner of a seeded couple, signed in (a session made for the benchmark). */
export interface SignedInPartner {
  token: string;
  clinicId: string;
  coupleId: string;
  authorId: string;
  partner: 'A' | 'B';
  timeZone: string;
}

/**
 * Which partner files request i: a new partner each time, except every tenth request,
 * which re-files for the partner of five requests before (the one-per-day rule turns it into
 * an update). So each run is about 90 % first check-ins of the day and 10 % edits.
 */
export function partnerIndex(i: number): number {
  const fresh = (n: number) => n - Math.floor(n / 10);
  return i % 10 === 9 ? fresh(i - 5) : fresh(i);
}

/** 1–7 ratings that vary from request to request (the same sequence for both sides). */
export function ratingsFor(i: number): number[] {
  return CHECKIN_ITEM_IDS.map((_, k) => 1 + ((i * 3 + k * 5) % 7));
}

export const FILE_CHECKIN_MUTATION = `mutation Bench($input: FileCheckinInput!) {
  fileCheckin(input: $input) { id date late }
}`;

function checkinRequestBody(p: SignedInPartner, i: number): string {
  const values = ratingsFor(i);
  return JSON.stringify({
    query: FILE_CHECKIN_MUTATION,
    variables: {
      input: {
        coupleId: p.coupleId,
        ratings: CHECKIN_ITEM_IDS.map((item, k) => ({ item, value: values[k] })),
        wantsToTalk: false,
        visibility: 'PRIVATE',
      },
    },
  });
}

/**
 * The same row the API writes, as the API writes it (CheckinsService.file): one
 * INSERT … ON CONFLICT … DO UPDATE … RETURNING, nothing else — no session, no access check,
 * no validation, no HTTP.
 */
export const RAW_CHECKIN_SQL = `
  INSERT INTO checkins AS e (clinic_id, couple_id, author_id, partner, checkin_date, late,
      closeness, understood, sharing, affection, fun, conflict, stress,
      note, wants_to_talk, visibility)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
    ON CONFLICT (clinic_id, couple_id, author_id, checkin_date) DO UPDATE SET
      late = e.late AND EXCLUDED.late,
      closeness = EXCLUDED.closeness, understood = EXCLUDED.understood,
      sharing = EXCLUDED.sharing, affection = EXCLUDED.affection, fun = EXCLUDED.fun,
      conflict = EXCLUDED.conflict, stress = EXCLUDED.stress, note = EXCLUDED.note,
      wants_to_talk = EXCLUDED.wants_to_talk, visibility = EXCLUDED.visibility,
      updated_at = now()
    RETURNING e.id, e.couple_id, e.author_id, e.partner, e.checkin_date::text AS date,
      e.late, e.closeness, e.understood, e.sharing, e.affection, e.fun, e.conflict, e.stress,
      e.note, e.wants_to_talk, e.visibility, e.created_at, e.updated_at`;

export interface LoadResult {
  requestsPerSecond: number;
  requests: number;
  failures: number;
}

/** fileCheckin through POST /graphql: `connections` partners filing at once for `seconds`. */
export async function apiCheckinLoad(
  baseUrl: string,
  partners: SignedInPartner[],
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  let next = 0;
  let failures = 0;
  const result = await autocannon({
    url: `${baseUrl}/graphql`,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        setupRequest: (request) => {
          const i = next++;
          const p = partners[partnerIndex(i) % partners.length]!;
          return {
            ...request,
            headers: {
              'content-type': 'application/json',
              cookie: `${SESSION_COOKIE}=${p.token}`,
            },
            body: checkinRequestBody(p, i),
          };
        },
        onResponse: (status, body) => {
          // GraphQL reports failures with 200 and an errors array.
          if (status !== 200 || body.includes('"errors"')) failures++;
        },
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.total / result.duration,
    requests: result.requests.total,
    failures: failures + result.errors + result.non2xx,
  };
}

/** The raw statement, `connections` at a time over a pg pool, for `seconds`. */
export async function rawCheckinLoad(
  pool: Pool,
  partners: SignedInPartner[],
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  let next = 0;
  let done = 0;
  let failures = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  const today = new Map<string, string>();
  const dayIn = (zone: string) => {
    let d = today.get(zone);
    if (!d) today.set(zone, (d = todayIn(zone, new Date())));
    return d;
  };
  await Promise.all(
    Array.from({ length: connections }, async () => {
      const client = await pool.connect();
      try {
        while (performance.now() < end) {
          const i = next++;
          const p = partners[partnerIndex(i) % partners.length]!;
          try {
            await client.query(RAW_CHECKIN_SQL, [
              p.clinicId,
              p.coupleId,
              p.authorId,
              p.partner,
              dayIn(p.timeZone),
              false,
              ...ratingsFor(i),
              null,
              false,
              'PRIVATE',
            ]);
            done++;
          } catch {
            failures++;
          }
        }
      } finally {
        client.release();
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { requestsPerSecond: done / elapsed, requests: done, failures };
}
