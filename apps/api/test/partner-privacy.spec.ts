import { addDays, startOfIsoWeek, todayIn } from '@hearth/domain';
import type TestAgent from 'supertest/lib/agent';
import { assignToday, builtInExercise, completion } from './support/sweep-world';
import { coupleId, gql, startTestApp, type TestApp } from './support/test-app';

const PROGRESS = `query($id: ID!) { assignment(id: $id) { progress { done due overdue upcoming } } }`;
const TASKS = `query($id: ID!, $from: String!, $to: String!) {
  couple(id: $id) { tasks(from: $from, to: $to) { id partner state completion { id partner } } } }`;
const COMPLETE = `mutation($input: CompleteTaskInput!) { completeTask(input: $input) { id partner visibility } }`;
const CASELOAD = `{ myCouples { label homeworkSummary { dueThisWeek doneThisWeek } } }`;

const today = () => todayIn('America/New_York', new Date());

/**
 * Partner privacy covers what is derived (PRODUCT.md): no count or state a partner sees
 * moves when the other partner records something PRIVATE. The coach sees everything.
 */
describe('partner privacy of derived figures', () => {
  let t: TestApp;
  let alexSam: string;
  let exercise: string;
  let maya: TestAgent;
  let alex: TestAgent;
  let sam: TestAgent;
  beforeAll(async () => {
    t = await startTestApp();
    alexSam = await coupleId(t.db, 'Alex & Sam');
    exercise = await builtInExercise(t.db);
    maya = await t.signIn('maya@riverside.example');
    alex = await t.signIn('alex@riverside.example');
    sam = await t.signIn('sam@riverside.example');
  });
  afterAll(() => t.close());

  const progress = async (agent: TestAgent, id: string) =>
    (await gql<{ assignment: { progress: Record<string, number> } }>(agent, PROGRESS, { id })).data!
      .assignment.progress;
  const tasks = async (agent: TestAgent) =>
    (
      await gql<{
        couple: {
          tasks: {
            id: string;
            partner: string | null;
            state: string;
            completion: { partner: string } | null;
          }[];
        };
      }>(agent, TASKS, { id: alexSam, from: addDays(today(), -1), to: addDays(today(), 3) })
    ).data!.couple.tasks;

  it("leaves Alex's progress as it was when Sam files a PRIVATE completion; Maya's counts it", async () => {
    const a = await assignToday(maya, alexSam, exercise, 'EACH');
    const samTask = a.tasks.find((x) => x.partner === 'B')!.id;
    const alexBefore = await progress(alex, a.assignmentId);
    const mayaBefore = await progress(maya, a.assignmentId);
    const res = await gql(sam, COMPLETE, completion(samTask, 'PRIVATE'));
    expect(res.errors).toBeUndefined();
    expect(await progress(alex, a.assignmentId)).toEqual(alexBefore);
    // Alex's figures are his own tasks: one, not done.
    expect(alexBefore).toMatchObject({ done: 0, upcoming: 1 });
    expect(await progress(maya, a.assignmentId)).toEqual({
      ...mayaBefore,
      done: mayaBefore.done! + 1,
      upcoming: mayaBefore.upcoming! - 1,
    });
    // Sam sees his own completion in his own figures.
    expect(await progress(sam, a.assignmentId)).toMatchObject({ done: 1 });
  });

  it('keeps a together task open for Alex when Sam records it privately, and lets Alex record his own', async () => {
    const a = await assignToday(maya, alexSam, exercise, 'TOGETHER');
    const task = a.tasks[0]!.id;
    const caseload = async () =>
      (
        await gql<{ myCouples: { label: string; homeworkSummary: { doneThisWeek: number } }[] }>(
          maya,
          CASELOAD,
        )
      ).data!.myCouples.find((c) => c.label === 'Alex & Sam')!.homeworkSummary;
    const doneBefore = (await caseload()).doneThisWeek;
    const alexBefore = (await tasks(alex)).find((x) => x.id === task)!;
    expect((await gql(sam, COMPLETE, completion(task, 'PRIVATE'))).errors).toBeUndefined();
    expect((await tasks(alex)).find((x) => x.id === task)).toEqual(alexBefore);
    expect(alexBefore).toMatchObject({ state: 'UPCOMING', completion: null });
    expect((await tasks(maya)).find((x) => x.id === task)).toMatchObject({ state: 'DONE' });
    // Alex's own record is no conflict (that would tell him Sam wrote one).
    const own = await gql<{ completeTask: { partner: string } }>(
      alex,
      COMPLETE,
      completion(task, 'SHARED'),
    );
    expect(own.errors).toBeUndefined();
    expect(own.data!.completeTask.partner).toBe('A');
    expect((await tasks(alex)).find((x) => x.id === task)).toMatchObject({
      state: 'DONE',
      completion: { partner: 'A' },
    });
    // Two records of one together task are one task done for the coach.
    const assignmentProgress = await progress(maya, a.assignmentId);
    expect(assignmentProgress.done).toBe(1);
    expect(a.tasks).toHaveLength(1);
    const dueDate = addDays(today(), 1);
    const thisWeek = startOfIsoWeek(dueDate) === startOfIsoWeek(today());
    expect((await caseload()).doneThisWeek).toBe(doneBefore + (thisWeek ? 1 : 0));
  });

  it("hides Sam's side of EACH tasks from Alex: neither their number nor their state", async () => {
    const a = await assignToday(maya, alexSam, exercise, 'EACH');
    const alexTasks = (await tasks(alex)).filter((x) => a.tasks.some((y) => y.id === x.id));
    expect(alexTasks.map((x) => x.partner)).toEqual(['A']);
    const samTask = a.tasks.find((x) => x.partner === 'B')!.id;
    const fromAlex = await gql(alex, COMPLETE, completion(samTask, 'SHARED'));
    expect(fromAlex.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
