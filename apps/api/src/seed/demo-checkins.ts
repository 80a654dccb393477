import type { EntityManager } from 'typeorm';
import { addDays, csi4DueDates, daysBetween, todayIn, type LocalDate } from '@hearth/domain';

/**
 * Demo check-ins and CSI-4 results: eight to nine weeks of history ending yesterday in each
 * couple's time zone, so the coach's charts and flags tell a story on any day the demo is
 * started. Generated from a seeded PRNG: the same data, relative to today, every time.
 *
 * The stories (Maya's caseload shows every check-in and CSI-4 flag):
 * - Alex & Sam are improving: closeness rising, CSI-4 11 → 16 and 10 → 15 (both recovered).
 * - Jordan & Casey are drifting apart: Jordan's closeness fell this week, the partners'
 *   7-day means are over 2 points apart, Jordan's CSI-4 fell 16 → 11 (a reliable
 *   deterioration, below the cut-off), and Casey asked two days ago to talk soon.
 * - Priya & Tom have not checked in for the last four days, Priya's CSI-4 is below 13.5,
 *   and their next CSI-4 falls due today.
 * HOMEWORK_OVERDUE comes from the homework demo data, not from here.
 */

interface PartnerStory {
  /** Closeness around which the day's ratings vary, by days ago (1 = yesterday). */
  closeness: (daysAgo: number) => number;
  /** Exact closeness for the most recent days (index 0 = yesterday), where a flag depends on it. */
  recent?: number[];
  /** CSI-4 totals at intake and at each later due date, oldest first. */
  csi4: number[];
  notes: string[];
}

interface Scripted {
  note: string;
  visibility: 'PRIVATE' | 'SHARED';
  wantsToTalk?: boolean;
}

interface CoupleStory {
  label: string;
  a: PartnerStory;
  b: PartnerStory;
  /** Chance of a day without a check-in. */
  skipRate: number;
  /** The most recent days with no check-in from anyone. */
  silentDays: number;
  /** The most recent days (after the silent ones) always filed, so flags are certain. */
  alwaysFiled: number;
  scripted?: Partial<Record<'A' | 'B', Record<number, Scripted>>>;
}

const HISTORY_DAYS = 62;

/** Linear from `from` (HISTORY_DAYS ago) to `to` (yesterday). */
const trend = (from: number, to: number) => (daysAgo: number) =>
  to + ((from - to) * (daysAgo - 1)) / (HISTORY_DAYS - 1);

const STORIES: CoupleStory[] = [
  {
    label: 'Alex & Sam',
    skipRate: 0.1,
    silentDays: 0,
    alwaysFiled: 2,
    a: {
      closeness: trend(3.2, 5.8),
      csi4: [11, 13, 16],
      notes: [
        'We cooked together tonight and talked about the week instead of scrolling.',
        'Sam listened when I explained why the bills worry me. I felt heard.',
        'Tried the "high and low of the day" question at dinner. Small, but nice.',
        'A bit tense this morning about the schedule; we sorted it out by lunch.',
        'I noticed I got defensive again. Going to try the pause we practised.',
      ],
    },
    b: {
      closeness: trend(3.0, 5.5),
      csi4: [10, 12, 15],
      notes: [
        'Went for a walk after work and laughed more than we have in a while.',
        'Left Alex a note in their bag. They texted me a photo of it at lunch.',
        'Quiet evening, both tired, but it felt comfortable rather than distant.',
        'We disagreed about the holidays but stayed kind about it.',
        'Alex asked about my day and actually waited for the answer. Grateful.',
      ],
    },
  },
  {
    label: 'Jordan & Casey',
    skipRate: 0.12,
    silentDays: 0,
    alwaysFiled: 14,
    a: {
      closeness: trend(5.6, 4.6),
      recent: [3, 2, 3, 3, 2, 3, 5, 4, 4, 5, 4, 5, 4, 5],
      csi4: [16, 14, 11],
      notes: [
        'Work has been taking everything out of me. I barely said a word tonight.',
        'Felt like we were talking past each other again.',
        'I miss how easy things used to feel. Not sure how to say that to Casey.',
        'Another evening in separate rooms. Nobody was angry, just far apart.',
      ],
    },
    b: {
      closeness: trend(5.6, 5.2),
      recent: [5, 5, 4, 5, 6, 5, 5, 6, 5, 5, 5, 6, 5, 5],
      csi4: [15, 15, 14],
      notes: [
        'Jordan seems far away lately. I am trying not to take it personally.',
        'We had a good laugh over breakfast, which was lovely.',
        'I keep bringing up the weekend plans and it goes nowhere.',
        'Made Jordan’s favourite dinner. We ate mostly in silence, but it was peaceful.',
      ],
    },
    scripted: {
      A: {
        3: {
          note: 'I know I have been distant. I do not want it to stay like this.',
          visibility: 'PRIVATE',
        },
      },
      B: {
        2: {
          note: 'Things have felt tense since the visit to Jordan’s parents. I would like to talk it through before our next session.',
          visibility: 'PRIVATE',
          wantsToTalk: true,
        },
        5: {
          note: 'I miss you. Can we plan something for just the two of us?',
          visibility: 'SHARED',
        },
      },
    },
  },
  {
    label: 'Priya & Tom',
    skipRate: 0.3,
    silentDays: 4,
    alwaysFiled: 0,
    a: {
      closeness: trend(3.8, 4.2),
      csi4: [12, 13, 12],
      notes: [
        'Busy week with the kids; we mostly passed each other in the hallway.',
        'Forgot to check in yesterday, sorry. It was a long day.',
        'We argued about money again, but it was calmer than usual.',
      ],
    },
    b: {
      closeness: trend(4.4, 4.6),
      csi4: [14, 15, 14],
      notes: [
        'Made Priya tea without being asked. Little things count.',
        'Long shifts this week. I want to be more present at the weekend.',
        'Nice chat in the car on the school run.',
      ],
    },
  },
  {
    label: 'Noor & Eli',
    skipRate: 0.15,
    silentDays: 0,
    alwaysFiled: 2,
    a: {
      closeness: trend(4.6, 5.2),
      csi4: [15, 16],
      notes: ['Board games night. Eli let me win, I think.', 'Calm, ordinary day. Good.'],
    },
    b: {
      closeness: trend(4.4, 5.0),
      csi4: [14, 15],
      notes: ['We planned the trip together without a single argument.'],
    },
  },
  {
    label: 'Robin & Taylor',
    skipRate: 0.2,
    silentDays: 0,
    alwaysFiled: 2,
    a: {
      closeness: trend(4.0, 4.8),
      csi4: [13, 15],
      notes: ['Cooked together for the first time in months.'],
    },
    b: {
      closeness: trend(4.2, 4.6),
      csi4: [14, 14],
      notes: ['Tired but we checked in with each other before bed.'],
    },
  },
];

/** mulberry32: a tiny, well-mixed 32-bit PRNG; one stream per couple from its label. */
function prng(label: string): () => number {
  let seed = 2166136261;
  for (const ch of label) seed = Math.imul(seed ^ ch.charCodeAt(0), 16777619);
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(x)));

/** CSI-4 answers adding up to `total`: item 1 is 0–6, items 2–4 are 0–5. */
export function csi4AnswersFor(total: number): Record<string, number> {
  const happiness = Math.max(total - 15, Math.min(6, Math.round((total * 6) / 21)));
  const rest = total - happiness;
  const base = Math.floor(rest / 3);
  const extra = rest - base * 3;
  return {
    happiness,
    warm: base + (extra > 0 ? 1 : 0),
    rewarding: base + (extra > 1 ? 1 : 0),
    satisfied: base,
  };
}

interface CheckinRow {
  coupleId: string;
  partner: 'A' | 'B';
  day: LocalDate;
  late: boolean;
  ratings: number[];
  note: string | null;
  wantsToTalk: boolean;
  visibility: 'PRIVATE' | 'SHARED';
  /** Local wall time it was filed, 'YYYY-MM-DD HH:MM'. */
  filedAt: string;
}

interface Csi4Row {
  coupleId: string;
  partner: 'A' | 'B';
  day: LocalDate;
  answers: Record<string, number>;
  total: number;
}

function generate(
  story: CoupleStory,
  coupleId: string,
  today: LocalDate,
  intake: LocalDate,
): { checkins: CheckinRow[]; csi4: Csi4Row[] } {
  const random = prng(story.label);
  const noise = (amplitude: number) => (random() * 2 - 1) * amplitude;
  const checkins: CheckinRow[] = [];
  const span = Math.min(HISTORY_DAYS, daysBetween(intake, today));
  for (let daysAgo = span; daysAgo >= 1; daysAgo--) {
    const day = addDays(today, -daysAgo);
    for (const partner of ['A', 'B'] as const) {
      const person = partner === 'A' ? story.a : story.b;
      // Draw every number whether or not the day is kept, so each day is the same whatever
      // the skip decision of the days before it.
      const draws = Array.from({ length: 10 }, () => random());
      if (daysAgo <= story.silentDays) continue;
      const certain = daysAgo <= story.silentDays + story.alwaysFiled;
      if (!certain && draws[0]! < story.skipRate) continue;
      const closeness = clamp(
        person.recent?.[daysAgo - 1] ?? person.closeness(daysAgo) + (draws[1]! - 0.5) * 1.4,
        1,
        7,
      );
      const ratings = [
        closeness,
        clamp(closeness + noise(1), 1, 7), // understood
        clamp(closeness + noise(1), 1, 7), // sharing
        clamp(closeness + noise(1), 1, 7), // affection
        clamp(closeness - 0.5 + noise(1.2), 1, 7), // fun
        clamp(8 - closeness + noise(1), 1, 7), // conflict (reverse-scored)
        clamp(3.5 + noise(1.5), 1, 7), // stress (reverse-scored)
      ];
      const scripted = story.scripted?.[partner]?.[daysAgo];
      const withNote = draws[2]! < 0.22;
      const note =
        scripted?.note ??
        (withNote ? person.notes[Math.floor(draws[3]! * person.notes.length)]! : null);
      const late = !scripted && daysAgo > 1 && draws[4]! < 0.08;
      const minutes = Math.floor(draws[5]! * 50);
      checkins.push({
        coupleId,
        partner,
        day,
        late,
        ratings,
        note,
        wantsToTalk: scripted?.wantsToTalk ?? false,
        visibility: scripted?.visibility ?? (draws[6]! < 0.5 ? 'SHARED' : 'PRIVATE'),
        filedAt: late
          ? `${addDays(day, 1)} 08:${String(minutes).padStart(2, '0')}`
          : `${day} 21:${String(minutes).padStart(2, '0')}`,
      });
    }
  }
  const csi4: Csi4Row[] = [];
  // Filed on each due date before today (or the day after), up to the totals the story has.
  csi4DueDates(intake, 4, addDays(today, -1)).forEach((due, i) => {
    for (const partner of ['A', 'B'] as const) {
      const total = (partner === 'A' ? story.a : story.b).csi4[i];
      if (total === undefined) continue;
      const day = random() < 0.3 && addDays(due, 1) < today ? addDays(due, 1) : due;
      csi4.push({ coupleId, partner, day, answers: csi4AnswersFor(total), total });
    }
  });
  return { checkins, csi4 };
}

/** Adds the demo check-ins and CSI-4 results, in two statements. Part of seedDemoIfEmpty. */
export async function seedDemoCheckins(em: EntityManager, now = new Date()): Promise<void> {
  const couples: { id: string; label: string; time_zone: string; intake_date: string }[] =
    await em.query(
      `SELECT id, label, time_zone, intake_date::text AS intake_date FROM couples
        WHERE label = ANY($1::text[])`,
      [STORIES.map((s) => s.label)],
    );
  const checkins: CheckinRow[] = [];
  const csi4: Csi4Row[] = [];
  for (const couple of couples) {
    const story = STORIES.find((s) => s.label === couple.label)!;
    const data = generate(story, couple.id, todayIn(couple.time_zone, now), couple.intake_date);
    checkins.push(...data.checkins);
    csi4.push(...data.csi4);
  }
  const item = (i: number) => checkins.map((c) => c.ratings[i]);
  await em.query(
    `INSERT INTO checkins (clinic_id, couple_id, author_id, partner, checkin_date, late,
        closeness, understood, sharing, affection, fun, conflict, stress,
        note, wants_to_talk, visibility, created_at, updated_at)
      SELECT c.clinic_id, c.id, CASE x.partner WHEN 'A' THEN c.partner_a_id ELSE c.partner_b_id END,
        x.partner, x.day, x.late, x.closeness, x.understood, x.sharing, x.affection, x.fun,
        x.conflict, x.stress, x.note, x.wants_to_talk, x.visibility::entry_visibility,
        x.filed_at::timestamp AT TIME ZONE c.time_zone, x.filed_at::timestamp AT TIME ZONE c.time_zone
      FROM unnest($1::uuid[], $2::text[], $3::date[], $4::bool[], $5::int[], $6::int[], $7::int[],
          $8::int[], $9::int[], $10::int[], $11::int[], $12::text[], $13::bool[], $14::text[],
          $15::text[])
        AS x(couple_id, partner, day, late, closeness, understood, sharing, affection, fun,
          conflict, stress, note, wants_to_talk, visibility, filed_at)
      JOIN couples c ON c.id = x.couple_id`,
    [
      checkins.map((c) => c.coupleId),
      checkins.map((c) => c.partner),
      checkins.map((c) => c.day),
      checkins.map((c) => c.late),
      ...[0, 1, 2, 3, 4, 5, 6].map(item),
      checkins.map((c) => c.note),
      checkins.map((c) => c.wantsToTalk),
      checkins.map((c) => c.visibility),
      checkins.map((c) => c.filedAt),
    ],
  );
  await em.query(
    `INSERT INTO measure_results (clinic_id, couple_id, author_id, partner, instrument, filed_on,
        answers, total, created_at, updated_at)
      SELECT c.clinic_id, c.id, CASE x.partner WHEN 'A' THEN c.partner_a_id ELSE c.partner_b_id END,
        x.partner, 'CSI4', x.day, x.answers, x.total,
        (x.day + time '20:00') AT TIME ZONE c.time_zone, (x.day + time '20:00') AT TIME ZONE c.time_zone
      FROM unnest($1::uuid[], $2::text[], $3::date[], $4::jsonb[], $5::int[])
        AS x(couple_id, partner, day, answers, total)
      JOIN couples c ON c.id = x.couple_id`,
    [
      csi4.map((r) => r.coupleId),
      csi4.map((r) => r.partner),
      csi4.map((r) => r.day),
      csi4.map((r) => JSON.stringify(r.answers)),
      csi4.map((r) => r.total),
    ],
  );
}
