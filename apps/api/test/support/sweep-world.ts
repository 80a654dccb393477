import { createHash } from 'node:crypto';
import type TestAgent from 'supertest/lib/agent';
import type { DataSource } from 'typeorm';
import { addDays, todayIn } from '@hearth/domain';
import type { RecordKind } from './schema-sweep';
import { coupleId, gql, type TestApp } from './test-app';

/** The demo people the sweeps sign in as. */
export const ROLES = {
  riversideAdmin: 'admin@riverside.example',
  maya: 'maya@riverside.example',
  daniel: 'daniel@riverside.example',
  alex: 'alex@riverside.example',
  sam: 'sam@riverside.example',
  northsideAdmin: 'admin@northside.example',
  lee: 'lee@northside.example',
} as const;
export type RoleName = keyof typeof ROLES;
export const ROLE_NAMES = Object.keys(ROLES) as RoleName[];

export type Ids = Partial<Record<RecordKind, string>>;

/**
 * A record set of one kind of "not yours", and who must be refused it:
 * another clinic's records, another coach's couple, the partner's PRIVATE entries.
 */
export interface ForeignScope {
  name: string;
  ids: Ids;
  refused: RoleName[];
  /** Root fields (Root.field) where a refused role is in fact allowed (documented). */
  allowedFor?: Partial<Record<RoleName, string[]>>;
}

export interface SweepWorld {
  agents: Record<RoleName, TestAgent>;
  /** Ids each role may use, for the ID slots that are not under test. */
  own: Record<RoleName, Ids>;
  scopes: ForeignScope[];
}

const ASSIGN = `mutation($input: AssignExerciseInput!) { assignExercise(input: $input) { id } }`;
const TASKS = `query($id: ID!, $from: String!, $to: String!) {
  couple(id: $id) { tasks(from: $from, to: $to) { id partner assignmentId } } }`;
const COMPLETE = `mutation($input: CompleteTaskInput!) { completeTask(input: $input) { id } }`;
const CHECKIN = `mutation($input: FileCheckinInput!) { fileCheckin(input: $input) { id } }`;
const EXERCISE = `mutation($input: ExerciseInput!) { createExercise(input: $input) { id key } }`;

export const RATINGS = [
  'closeness',
  'understood',
  'sharing',
  'affection',
  'fun',
  'conflict',
  'stress',
].map((item) => ({ item, value: 3 }));

async function must<T>(
  agent: TestAgent,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const res = await gql<T>(agent, query, variables);
  if (res.errors || !res.data) throw new Error(`Sweep setup failed: ${JSON.stringify(res.errors)}`);
  return res.data;
}

async function one(db: DataSource, sql: string, params: unknown[]): Promise<string> {
  const rows: { id: string }[] = await db.query(sql, params);
  if (!rows[0]) throw new Error(`Sweep setup found nothing for: ${sql}`);
  return rows[0].id;
}

export async function builtInExercise(db: DataSource): Promise<string> {
  return one(
    db,
    `SELECT id FROM catalogue_exercises WHERE slug = 'listen-and-reflect' ORDER BY version DESC LIMIT 1`,
    [],
  );
}

/** A ONCE assignment due today for a couple and the tasks it made (by partner, null = together). */
export async function assignToday(
  coach: TestAgent,
  couple: string,
  exerciseId: string,
  audience: 'EACH' | 'TOGETHER' | 'ONE',
  audiencePartner?: 'A' | 'B',
): Promise<{ assignmentId: string; tasks: { id: string; partner: string | null }[] }> {
  const d = todayIn('America/New_York', new Date());
  const { assignExercise } = await must<{ assignExercise: { id: string } }>(coach, ASSIGN, {
    input: {
      coupleId: couple,
      exerciseId,
      audience,
      audiencePartner,
      schedule: { kind: 'ONCE', dueDate: addDays(d, 1) },
    },
  });
  const data = await must<{
    couple: { tasks: { id: string; partner: string | null; assignmentId: string }[] };
  }>(coach, TASKS, { id: couple, from: addDays(d, -1), to: addDays(d, 3) });
  return {
    assignmentId: assignExercise.id,
    tasks: data.couple.tasks.filter((t) => t.assignmentId === assignExercise.id),
  };
}

export function completion(taskId: string, visibility: 'PRIVATE' | 'SHARED') {
  return {
    input: {
      taskId,
      answers: [],
      helpfulness: 3,
      closenessBefore: 4,
      closenessAfter: 5,
      visibility,
    },
  };
}

/**
 * Sets up, through the API, one record of every kind in each place a role must not reach,
 * and the records each role may use.
 */
export async function buildSweepWorld(t: TestApp): Promise<SweepWorld> {
  const agents = {} as Record<RoleName, TestAgent>;
  for (const role of ROLE_NAMES) agents[role] = await t.signIn(ROLES[role]);
  const robin = await t.signIn('robin@northside.example');
  const db = t.db;
  const builtIn = await builtInExercise(db);
  const alexSam = await coupleId(db, 'Alex & Sam');
  const noorEli = await coupleId(db, 'Noor & Eli');
  const robinTaylor = await coupleId(db, 'Robin & Taylor');
  const member = (email: string, role: string) =>
    one(
      db,
      `SELECT m.id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = $1 AND m.role = $2`,
      [email, role],
    );

  // Riverside, Maya's couple: Alex's own entries and Sam's PRIVATE ones.
  const ours = await assignToday(agents.maya, alexSam, builtIn, 'EACH');
  const alexTask = ours.tasks.find((x) => x.partner === 'A')!.id;
  const samTask = ours.tasks.find((x) => x.partner === 'B')!.id;
  const alexCompletion = (
    await must<{ completeTask: { id: string } }>(
      agents.alex,
      COMPLETE,
      completion(alexTask, 'SHARED'),
    )
  ).completeTask.id;
  const samCompletion = (
    await must<{ completeTask: { id: string } }>(
      agents.sam,
      COMPLETE,
      completion(samTask, 'PRIVATE'),
    )
  ).completeTask.id;
  const samOpen = await assignToday(agents.maya, alexSam, builtIn, 'ONE', 'B');
  const alexCheckin = (
    await must<{ fileCheckin: { id: string } }>(agents.alex, CHECKIN, {
      input: { coupleId: alexSam, ratings: RATINGS, visibility: 'SHARED' },
    })
  ).fileCheckin.id;
  const samCheckin = (
    await must<{ fileCheckin: { id: string } }>(agents.sam, CHECKIN, {
      input: { coupleId: alexSam, ratings: RATINGS, visibility: 'PRIVATE', note: 'just mine' },
    })
  ).fileCheckin.id;
  const exerciseInput = {
    title: 'Sweep walk',
    whyItHelps: 'Walking side by side makes talking easier.',
    steps: '1. Walk.\n2. Talk.',
    estimatedMinutes: 20,
    intimacyTypes: ['EMOTIONAL'],
    reflectionPrompts: [{ kind: 'TEXT', label: 'What did you talk about?' }],
  };
  const riversideExercise = (
    await must<{ createExercise: { id: string; key: string } }>(agents.maya, EXERCISE, {
      input: exerciseInput,
    })
  ).createExercise;

  // Riverside, Daniel's couple (demo homework and check-ins).
  const danielAssignment = await one(
    db,
    'SELECT id FROM assignments WHERE couple_id = $1 LIMIT 1',
    [noorEli],
  );
  const danielTask = await one(db, 'SELECT id FROM tasks WHERE couple_id = $1 LIMIT 1', [noorEli]);
  const danielCompletion = await one(
    db,
    'SELECT id FROM completions WHERE couple_id = $1 LIMIT 1',
    [noorEli],
  );
  const danielCheckin = await one(db, 'SELECT id FROM checkins WHERE couple_id = $1 LIMIT 1', [
    noorEli,
  ]);

  // Northside: Lee's couple with homework, a completion and a check-in; a custom exercise.
  const theirs = await assignToday(agents.lee, robinTaylor, builtIn, 'EACH');
  const robinTask = theirs.tasks.find((x) => x.partner === 'A')!.id;
  const northCompletion = (
    await must<{ completeTask: { id: string } }>(robin, COMPLETE, completion(robinTask, 'SHARED'))
  ).completeTask.id;
  const northCheckin = (
    await must<{ fileCheckin: { id: string } }>(robin, CHECKIN, {
      input: { coupleId: robinTaylor, ratings: RATINGS, visibility: 'SHARED' },
    })
  ).fileCheckin.id;
  const northExercise = (
    await must<{ createExercise: { id: string; key: string } }>(agents.lee, EXERCISE, {
      input: exerciseInput,
    })
  ).createExercise;

  const maya = await member(ROLES.maya, 'COACH');
  const daniel = await member(ROLES.daniel, 'COACH');
  const lee = await member(ROLES.lee, 'COACH');
  const user = (email: string) => one(db, 'SELECT id FROM users WHERE email = $1', [email]);
  const mayaIds: Ids = {
    couple: alexSam,
    assignment: ours.assignmentId,
    task: alexTask,
    completion: alexCompletion,
    checkin: alexCheckin,
    exercise: builtIn,
    exerciseKey: riversideExercise.key,
    coach: maya,
    person: await user(ROLES.maya),
  };
  const danielIds: Ids = {
    couple: noorEli,
    assignment: danielAssignment,
    task: danielTask,
    completion: danielCompletion,
    checkin: danielCheckin,
    exercise: builtIn,
    exerciseKey: riversideExercise.key,
    coach: daniel,
    person: await user(ROLES.daniel),
  };
  // Each person's own session and clinic (revokeSession, switchClinic).
  const sessionOf = (email: string) =>
    one(
      db,
      `SELECT s.id FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE u.email = $1 AND s.revoked_at IS NULL ORDER BY s.created_at LIMIT 1`,
      [email],
    );
  const clinicNamed = (name: string) => one(db, 'SELECT id FROM clinics WHERE name = $1', [name]);
  const northside = await clinicNamed('Northside Relationship Centre');
  const riverside = await clinicNamed('Riverside Couples Clinic');
  const northIds: Ids = {
    session: await sessionOf(ROLES.lee),
    clinic: northside,
    couple: robinTaylor,
    assignment: theirs.assignmentId,
    task: robinTask,
    completion: northCompletion,
    checkin: northCheckin,
    exercise: northExercise.id,
    exerciseKey: northExercise.key,
    coach: lee,
    person: await user(ROLES.lee),
  };
  return {
    agents,
    own: {
      riversideAdmin: { ...mayaIds },
      maya: mayaIds,
      daniel: danielIds,
      alex: mayaIds,
      sam: { ...mayaIds, task: samTask },
      northsideAdmin: northIds,
      lee: northIds,
    },
    scopes: [
      {
        name: 'another clinic (Northside)',
        ids: northIds,
        refused: ['riversideAdmin', 'maya', 'daniel', 'alex', 'sam'],
      },
      {
        name: 'another clinic (Riverside, seen from Northside)',
        ids: {
          ...mayaIds,
          exercise: riversideExercise.id,
          session: await sessionOf(ROLES.maya),
          clinic: riverside,
        },
        refused: ['northsideAdmin', 'lee'],
      },
      {
        name: "another coach's couple (Daniel's Noor & Eli)",
        ids: {
          couple: noorEli,
          assignment: danielAssignment,
          task: danielTask,
          completion: danielCompletion,
          checkin: danielCheckin,
        },
        refused: ['riversideAdmin', 'maya', 'alex', 'sam'],
        // PRODUCT.md: clinic admins reassign and change the status of any couple of the
        // clinic, and review the clinic's whole audit trail (metadata, never content).
        allowedFor: { riversideAdmin: ['Mutation.updateRosterCouple', 'Query.clinicActivity'] },
      },
      {
        name: "the partner's PRIVATE entries (Sam's, seen by Alex) and Sam's own task",
        ids: { completion: samCompletion, checkin: samCheckin, task: samOpen.tasks[0]!.id },
        refused: ['alex', 'daniel', 'riversideAdmin'],
      },
    ],
  };
}

/**
 * Row counts and a content hash of every table holding people or clinic data, to prove a
 * refused call wrote nothing. Left out: sessions (sign-in bookkeeping, touched by every
 * request) and security logs that exist to record the refused attempts themselves.
 */
export async function snapshot(db: DataSource): Promise<Record<string, string>> {
  const tables: { table_name: string }[] = await db.query(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
        AND table_name !~ '^(migrations|typeorm_metadata)$'
        AND table_name !~ '(session|audit|attempt|throttl|rate_limit|lockout)'
      ORDER BY table_name`,
  );
  const out: Record<string, string> = {};
  for (const { table_name } of tables) {
    const rows: { n: number; h: string | null }[] = await db.query(
      `SELECT count(*)::int AS n, md5(string_agg(md5(x::text), '' ORDER BY md5(x::text))) AS h
         FROM "${table_name}" x`,
    );
    out[table_name] = `${rows[0]!.n}:${rows[0]!.h ?? ''}`;
  }
  return out;
}

export function changedTables(
  before: Record<string, string>,
  after: Record<string, string>,
): string[] {
  return Object.keys({ ...before, ...after }).filter((k) => before[k] !== after[k]);
}

export const shortHash = (value: unknown) =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12);
