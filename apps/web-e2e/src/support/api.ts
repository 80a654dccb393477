import type { APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD } from './fixtures';

/**
 * GraphQL over a signed-in request context (a browser context's `request` shares its
 * cookies), for setting things up and checking what was saved, as a person would through
 * the app. Throws with the API's messages on any GraphQL error.
 */
export async function gql<T>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await request.post('/graphql', {
    data: { query, variables },
    headers: { 'content-type': 'application/json' },
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) {
    throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join('; ')}`);
  }
  if (!body.data) throw new Error(`GraphQL: no data (HTTP ${response.status()})`);
  return body.data;
}

export async function signInApi(
  request: APIRequestContext,
  email: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await gql(
    request,
    'mutation SignIn($email: String!, $password: String!) { login(email: $email, password: $password) { viewer { id } } }',
    { email, password },
  );
}

/** YYYY-MM-DD plus whole days (dates only, no time zone involved). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export interface PromptSpec {
  id: string;
  kind: 'TEXT' | 'SCALE_1_5' | 'YES_NO';
  label: string;
}

export interface AssignedExercise {
  coupleId: string;
  exerciseId: string;
  title: string;
  prompts: PromptSpec[];
  today: string;
  weekStart: string;
  dueDate: string;
}

/**
 * As the coach: gives the couple an exercise they have not been given yet (so its title is
 * unique on their page), once, to each partner, due `dueInDays` from the couple's today.
 */
export async function assignFreshExercise(
  coach: APIRequestContext,
  coupleLabel: string,
  { dueInDays, note }: { dueInDays: number; note: string },
): Promise<AssignedExercise> {
  const { myCouples } = await gql<{
    myCouples: {
      id: string;
      label: string;
      today: string;
      weekStart: string;
      assignments: { exercise: { key: string } }[];
    }[];
  }>(coach, `{ myCouples { id label today weekStart assignments { exercise { key } } } }`);
  const couple = myCouples.find((c) => c.label === coupleLabel);
  if (!couple) throw new Error(`No couple ${coupleLabel} in the coach's caseload`);
  const given = new Set(couple.assignments.map((a) => a.exercise.key));
  const { exercises } = await gql<{
    exercises: { id: string; key: string; title: string; reflectionPrompts: PromptSpec[] }[];
  }>(coach, `{ exercises { id key title reflectionPrompts { id kind label } } }`);
  const titlesGiven = new Set(
    exercises.filter((e) => given.has(e.key)).map((e) => e.title.toLowerCase()),
  );
  const exercise = exercises.find(
    (e) =>
      !given.has(e.key) &&
      !titlesGiven.has(e.title.toLowerCase()) &&
      e.reflectionPrompts.some((p) => p.kind === 'TEXT'),
  );
  if (!exercise) throw new Error('Every exercise has been given to this couple already');
  const dueDate = addDays(couple.today, dueInDays);
  await gql(
    coach,
    `mutation Assign($input: AssignExerciseInput!) { assignExercise(input: $input) { id } }`,
    {
      input: {
        coupleId: couple.id,
        exerciseId: exercise.id,
        audience: 'EACH',
        note,
        schedule: { kind: 'ONCE', dueDate },
      },
    },
  );
  return {
    coupleId: couple.id,
    exerciseId: exercise.id,
    title: exercise.title,
    prompts: exercise.reflectionPrompts,
    today: couple.today,
    weekStart: couple.weekStart,
    dueDate,
  };
}
