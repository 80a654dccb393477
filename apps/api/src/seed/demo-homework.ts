import type { EntityManager } from 'typeorm';
import { addDays, startOfIsoWeek, todayIn, type Audience, type Schedule } from '@hearth/domain';
import { insertTasks } from '../homework/task-generation';

/** A small deterministic PRNG (mulberry32), so the demo looks the same on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Plan {
  slug: string;
  audience: Audience;
  schedule: (today: string) => Schedule;
  note: string;
}

const PLANS: Plan[] = [
  {
    slug: 'listen-and-reflect',
    audience: { kind: 'TOGETHER' },
    schedule: (today) => ({
      kind: 'WEEKLY',
      weekdays: ['SUN'],
      startDate: addDays(startOfIsoWeek(today), -21),
      endDate: addDays(today, 28),
    }),
    note: 'Sunday evenings, phones in another room. Ten minutes each.',
  },
  {
    slug: 'high-point-low-point',
    audience: { kind: 'EACH' },
    schedule: (today) => ({
      kind: 'N_PER_WEEK',
      timesPerWeek: 3,
      startDate: addDays(startOfIsoWeek(today), -21),
      endDate: addDays(today, 21),
    }),
    note: 'A quick one after dinner. Keep it light, no fixing.',
  },
  {
    slug: 'curious-questions',
    audience: { kind: 'EACH' },
    schedule: (today) => ({ kind: 'ONCE', dueDate: addDays(today, 3) }),
    note: 'Pick three questions you have never asked each other.',
  },
];

/** Share of past tasks each demo couple completed: one steady, one struggling, and so on. */
const COMPLETION_RATE: Record<string, number> = {
  'Alex & Sam': 0.9,
  'Jordan & Casey': 0.45,
  'Priya & Tom': 0.6,
  'Noor & Eli': 0.75,
  'Chris & Pat': 0.5,
};

const REFLECTIONS = [
  'It felt awkward at first, then easier once we laughed about the timer.',
  'I realised how rarely I ask about their day beyond logistics.',
  'We ran out of time, but the first part was good.',
  'Hearing my own words repeated back made me slow down.',
  'Harder than I expected. I got defensive once and caught it.',
  'A small thing, but it was the nicest evening this week.',
  'I learned something about their childhood I had never heard.',
  'We were both tired. Still glad we did it.',
];

const COMMENTS = [
  'Thank you for writing this down. Let us pick it up on Thursday.',
  'Noticing that is already progress. Well done.',
  'Tired evenings count too. Showing up matters most.',
];

/**
 * Gives the Riverside couples realistic homework: three assignments each, started three
 * weeks ago, with completions, reflections (some shared), reviews and coach comments.
 */
export async function seedDemoHomework(
  em: EntityManager,
  clinicId: string,
  now: Date,
): Promise<void> {
  const couples: {
    id: string;
    label: string;
    time_zone: string;
    coach_id: string;
    partner_a_id: string;
    partner_b_id: string;
  }[] = await em.query(
    `SELECT c.id, c.label, c.time_zone, c.coach_id, c.partner_a_id, c.partner_b_id FROM couples c
      WHERE c.clinic_id = $1 AND c.status <> 'CLOSED'
        AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.clinic_id = c.clinic_id
                          AND m.id IN (c.partner_a_id, c.partner_b_id) AND m.status <> 'ACTIVE')
      ORDER BY c.label`,
    [clinicId],
  );
  const exercises: { id: string; slug: string; prompt: string }[] = await em.query(
    `SELECT DISTINCT ON (slug) id, slug,
            (SELECT p->>'id' FROM jsonb_array_elements(content->'reflectionPrompts') p
              WHERE p->>'kind' = 'TEXT' LIMIT 1) AS prompt
       FROM catalogue_exercises ORDER BY slug, version DESC`,
  );
  const bySlug = new Map(exercises.map((e) => [e.slug, e]));
  for (const [index, couple] of couples.entries()) {
    const rate = COMPLETION_RATE[couple.label];
    if (rate === undefined) continue;
    const random = prng(1000 + index);
    const today = todayIn(couple.time_zone, now);
    for (const plan of PLANS) {
      const exercise = bySlug.get(plan.slug);
      if (!exercise) continue;
      const schedule = plan.schedule(today);
      const [start, end] =
        schedule.kind === 'ONCE'
          ? [schedule.dueDate, schedule.dueDate]
          : [schedule.startDate, schedule.endDate];
      const rows: { id: string }[] = await em.query(
        `INSERT INTO assignments (clinic_id, couple_id, catalogue_exercise_id, audience, audience_partner, schedule,
           start_date, end_date, note, created_by_id, created_at)
         VALUES ($1, $2, $3, $4, NULL, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [
          clinicId,
          couple.id,
          exercise.id,
          plan.audience.kind,
          schedule,
          start,
          end,
          plan.note,
          couple.coach_id,
          addDays(start, -1),
        ],
      );
      const assignmentId = rows[0]!.id;
      await insertTasks(
        em,
        clinicId,
        couple.id,
        assignmentId,
        schedule,
        plan.audience,
        couple.time_zone,
      );
      const tasks: { id: string; due_date: string; due_at: Date; partner: 'A' | 'B' | null }[] =
        await em.query(
          `SELECT id, due_date::text AS due_date, due_at, partner FROM tasks
          WHERE clinic_id = $1 AND assignment_id = $2 AND due_date < $3 ORDER BY due_date, partner`,
          [clinicId, assignmentId, today],
        );
      const completions = tasks
        .filter(() => random() < rate)
        .map((t) => {
          const side: 'A' | 'B' = t.partner ?? (random() < 0.5 ? 'A' : 'B');
          const late = random() < 0.15;
          // Done in the evening of the due day (3 hours before it ends), or the day after.
          const completedAt = new Date(
            t.due_at.getTime() - 3 * 3600_000 + (late ? 24 * 3600_000 : 0),
          );
          const daysAgo = Math.round((now.getTime() - completedAt.getTime()) / 86_400_000);
          const before = 3 + Math.floor(random() * 3);
          return {
            task_id: t.id,
            author_id: side === 'A' ? couple.partner_a_id : couple.partner_b_id,
            partner: side,
            completed_at: completedAt.toISOString(),
            completed_on: late ? addDays(t.due_date, 1) : t.due_date,
            answers: [
              {
                promptId: exercise.prompt,
                text: REFLECTIONS[Math.floor(random() * REFLECTIONS.length)],
                scale: null,
                yes: null,
              },
            ],
            helpfulness: 3 + Math.floor(random() * 3),
            closeness_before: before,
            closeness_after: Math.min(7, before + Math.floor(random() * 3)),
            visibility: random() < 0.5 ? 'SHARED' : 'PRIVATE',
            // The coach has read what is older than five days.
            reviewed_at:
              daysAgo > 5 ? new Date(completedAt.getTime() + 86_400_000).toISOString() : null,
          };
        });
      if (completions.length === 0) continue;
      const inserted: { id: string; reviewed_at: Date | null }[] = await em.query(
        `INSERT INTO completions (clinic_id, couple_id, task_id, author_id, partner, completed_at, completed_on, answers,
           helpfulness, closeness_before, closeness_after, visibility, reviewed_at)
         SELECT $1, $2, x.task_id, x.author_id, x.partner, x.completed_at, x.completed_on, x.answers,
                x.helpfulness, x.closeness_before, x.closeness_after, x.visibility::entry_visibility, x.reviewed_at
           FROM jsonb_to_recordset($3::jsonb) AS x(task_id uuid, author_id uuid, partner char(1), completed_at timestamptz,
                completed_on date, answers jsonb, helpfulness int, closeness_before int, closeness_after int,
                visibility text, reviewed_at timestamptz)
         RETURNING id, reviewed_at`,
        [clinicId, couple.id, JSON.stringify(completions)],
      );
      const commented = inserted.filter((c) => c.reviewed_at !== null && random() < 0.3);
      for (const c of commented) {
        await em.query(
          `INSERT INTO comments (clinic_id, couple_id, completion_id, author_id, body, created_at)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [
            clinicId,
            couple.id,
            c.id,
            couple.coach_id,
            COMMENTS[Math.floor(random() * COMMENTS.length)],
            c.reviewed_at,
          ],
        );
      }
    }
  }
}
