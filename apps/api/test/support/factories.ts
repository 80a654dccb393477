import type { DataSource } from 'typeorm';
import { addDays, todayIn, type Audience, type Role, type Schedule } from '@hearth/domain';
import { insertTasks } from '../../src/homework/task-generation';

/**
 * Test data straight into the database, for situations the demo clinics do not have (many
 * couples, a second clinic). Everyone created here signs in with the demo password.
 */

async function demoPasswordHash(db: DataSource): Promise<string> {
  const rows: { password_hash: string }[] = await db.query(
    `SELECT password_hash FROM users WHERE email = 'admin@riverside.example'`,
  );
  if (!rows[0]) throw new Error('The demo clinics are not seeded');
  return rows[0].password_hash;
}

export async function createClinic(
  db: DataSource,
  name: string,
  timeZone = 'America/New_York',
): Promise<string> {
  const rows: { id: string }[] = await db.query(
    'INSERT INTO clinics (name, time_zone) VALUES ($1, $2) RETURNING id',
    [name, timeZone],
  );
  return rows[0]!.id;
}

/** A person with one active role in the clinic; returns the membership id. */
export async function createMember(
  db: DataSource,
  clinicId: string,
  email: string,
  role: Role,
  displayName = email.split('@')[0]!,
): Promise<string> {
  const users: { id: string }[] = await db.query(
    `INSERT INTO users (email, display_name, password_hash) VALUES ($1, $2, $3)
     ON CONFLICT (email) DO UPDATE SET email = EXCLUDED.email RETURNING id`,
    [email, displayName, await demoPasswordHash(db)],
  );
  const rows: { id: string }[] = await db.query(
    `INSERT INTO memberships (clinic_id, user_id, role, status) VALUES ($1, $2, $3, 'ACTIVE') RETURNING id`,
    [clinicId, users[0]!.id, role],
  );
  return rows[0]!.id;
}

/** `count` ACTIVE couples of the coach, both partners active, intake `intakeDaysAgo` days ago. */
export async function createCouples(
  db: DataSource,
  clinicId: string,
  coachId: string,
  count: number,
  options: { prefix: string; intakeDaysAgo: number; timeZone?: string },
): Promise<string[]> {
  const timeZone = options.timeZone ?? 'America/New_York';
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const label = `${options.prefix} ${i + 1}`;
    const slug = label.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const a = await createMember(db, clinicId, `${slug}-a@test.example`, 'CLIENT');
    const b = await createMember(db, clinicId, `${slug}-b@test.example`, 'CLIENT');
    const rows: { id: string }[] = await db.query(
      `INSERT INTO couples (clinic_id, label, time_zone, intake_date, coach_id, partner_a_id, partner_b_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        clinicId,
        label,
        timeZone,
        addDays(todayIn(timeZone, new Date()), -options.intakeDaysAgo),
        coachId,
        a,
        b,
      ],
    );
    ids.push(rows[0]!.id);
  }
  return ids;
}

/**
 * Gives each couple a built-in exercise done TOGETHER daily over the last `days` days (ending
 * yesterday), with a completion (by partner A) for each task whose index `completed` picks.
 */
export async function giveDailyHomework(
  db: DataSource,
  clinicId: string,
  coupleIds: string[],
  options: {
    slug: string;
    days: number;
    completed: (index: number) => boolean;
    helpfulness?: number;
    before?: number;
    after?: number;
  },
): Promise<void> {
  const exercises: { id: string }[] = await db.query(
    'SELECT id FROM catalogue_exercises WHERE slug = $1 ORDER BY version DESC LIMIT 1',
    [options.slug],
  );
  for (const coupleId of coupleIds) {
    const couples: { time_zone: string; coach_id: string; partner_a_id: string }[] = await db.query(
      'SELECT time_zone, coach_id, partner_a_id FROM couples WHERE clinic_id = $1 AND id = $2',
      [clinicId, coupleId],
    );
    const couple = couples[0]!;
    const today = todayIn(couple.time_zone, new Date());
    const schedule: Schedule = {
      kind: 'DAILY',
      startDate: addDays(today, -options.days),
      endDate: addDays(today, -1),
    };
    const audience: Audience = { kind: 'TOGETHER' };
    const rows: { id: string }[] = await db.query(
      `INSERT INTO assignments (clinic_id, couple_id, catalogue_exercise_id, audience, schedule,
         start_date, end_date, created_by_id)
       VALUES ($1, $2, $3, 'TOGETHER', $4, $5, $6, $7) RETURNING id`,
      [
        clinicId,
        coupleId,
        exercises[0]!.id,
        schedule,
        schedule.startDate,
        schedule.endDate,
        couple.coach_id,
      ],
    );
    await db.transaction((em) =>
      insertTasks(em, clinicId, coupleId, rows[0]!.id, schedule, audience, couple.time_zone),
    );
    await db.query(
      `INSERT INTO completions (clinic_id, couple_id, task_id, author_id, partner, completed_at,
         completed_on, helpfulness, closeness_before, closeness_after)
       SELECT t.clinic_id, t.couple_id, t.id, $3, 'A', t.due_at - interval '2 hours', t.due_date,
              $4, $5, $6
         FROM (SELECT t.*, row_number() OVER (ORDER BY t.due_date) - 1 AS i
                 FROM tasks t WHERE t.clinic_id = $1 AND t.assignment_id = $2) t
        WHERE t.i = ANY($7::int[])`,
      [
        clinicId,
        rows[0]!.id,
        couple.partner_a_id,
        options.helpfulness ?? 4,
        options.before ?? 3,
        options.after ?? 5,
        [...Array(options.days).keys()].filter(options.completed),
      ],
    );
  }
}

/** Check-ins of partner A on each of the last `days` days (ending yesterday) that `filed` picks. */
export async function giveCheckins(
  db: DataSource,
  clinicId: string,
  coupleId: string,
  days: number,
  filed: (daysAgo: number) => boolean,
): Promise<void> {
  const couples: { time_zone: string; partner_a_id: string }[] = await db.query(
    'SELECT time_zone, partner_a_id FROM couples WHERE clinic_id = $1 AND id = $2',
    [clinicId, coupleId],
  );
  const couple = couples[0]!;
  const today = todayIn(couple.time_zone, new Date());
  const dates = [...Array(days).keys()]
    .map((i) => i + 1)
    .filter(filed)
    .map((ago) => addDays(today, -ago));
  await db.query(
    `INSERT INTO checkins (clinic_id, couple_id, author_id, partner, checkin_date, closeness,
       understood, sharing, affection, fun, conflict, stress)
     SELECT $1, $2, $3, 'A', d, 5, 5, 5, 5, 5, 2, 2 FROM unnest($4::date[]) AS d`,
    [clinicId, coupleId, couple.partner_a_id, dates],
  );
}
