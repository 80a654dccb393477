import { addDays, todayIn } from '@hearth/domain';
import type TestAgent from 'supertest/lib/agent';
import { expectNoImpossibleState, expectOnly, outcome, race, type Shot } from './support/races';
import { coupleId, errorCode, gql, startTestApp, type TestApp } from './support/test-app';

/**
 * Races of a busy clinic over HTTP on real PostgreSQL: a coach editing homework while both
 * partners submit from their phones, retries, a reassignment in the middle of a reply.
 * Every race ends with one consistent winner, clear codes for the others (never
 * INTERNAL_SERVER_ERROR), and no impossible state in the database.
 */

const ASSIGN = `mutation($input: AssignExerciseInput!) { assignExercise(input: $input) { id } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateAssignmentInput!) { updateAssignment(id: $id, input: $input) { id } }`;
const TASKS = `query($id: ID!, $from: String!, $to: String!) {
  couple(id: $id) { tasks(from: $from, to: $to) { id dueDate partner assignment { id } } }
}`;
const COMPLETE = `mutation($input: CompleteTaskInput!) { completeTask(input: $input) { id partner } }`;

interface Task {
  id: string;
  dueDate: string;
  partner: 'A' | 'B' | null;
  assignment: { id: string };
}

const today = () => todayIn('America/New_York', new Date());
const daily = (from: number, to: number) => ({
  kind: 'DAILY',
  startDate: addDays(today(), from),
  endDate: addDays(today(), to),
});
const completion = (taskId: string) => ({
  input: { taskId, answers: [], helpfulness: 4, closenessBefore: 3, closenessAfter: 4 },
});

describe('concurrent homework writes', () => {
  let t: TestApp;
  let alexSam: string;
  let exerciseId: string;
  let maya: TestAgent;
  let alex: TestAgent;
  let sam: TestAgent;
  beforeAll(async () => {
    t = await startTestApp({ poolSize: 12 });
    alexSam = await coupleId(t.db, 'Alex & Sam');
    const rows: { id: string }[] = await t.db.query(
      `SELECT id FROM catalogue_exercises ORDER BY slug, version DESC LIMIT 1`,
    );
    exerciseId = rows[0]!.id;
    [maya, alex, sam] = await Promise.all(
      ['maya', 'alex', 'sam'].map((n) => t.signIn(`${n}@riverside.example`)),
    );
  });
  afterAll(() => t.close());
  afterEach(() => expectNoImpossibleState(t.db));

  async function assign(schedule: Record<string, unknown>, audience = 'EACH'): Promise<string> {
    const res = await gql<{ assignExercise: { id: string } }>(maya, ASSIGN, {
      input: {
        coupleId: alexSam,
        exerciseId,
        audience,
        audiencePartner: audience === 'ONE' ? 'A' : undefined,
        schedule,
      },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.assignExercise.id;
  }

  async function tasksOf(agent: TestAgent, assignmentId: string, days = 13): Promise<Task[]> {
    const res = await gql<{ couple: { tasks: Task[] } }>(agent, TASKS, {
      id: alexSam,
      from: today(),
      to: addDays(today(), days),
    });
    expect(res.errors).toBeUndefined();
    return res.data!.couple.tasks.filter((x) => x.assignment.id === assignmentId);
  }

  async function completedTaskIds(assignmentId: string): Promise<string[]> {
    const rows: { task_id: string }[] = await t.db.query(
      `SELECT e.task_id FROM completions e JOIN tasks t ON t.clinic_id = e.clinic_id AND t.id = e.task_id
        WHERE t.assignment_id = $1 ORDER BY 1`,
      [assignmentId],
    );
    return rows.map((r) => r.task_id);
  }

  it('loses no completion while the coach edits the schedule, and retries land on the same row', async () => {
    for (let round = 0; round < 3; round++) {
      const id = await assign(daily(0, 13));
      const opened = [
        ...(await tasksOf(alex, id, 6)).filter((x) => x.partner === 'A'),
        ...(await tasksOf(sam, id, 6)).filter((x) => x.partner === 'B'),
      ];
      expect(opened).toHaveLength(14);
      const shots: Shot[] = [];
      for (const [i, task] of opened.entries()) {
        const agent = task.partner === 'A' ? alex : sam;
        // Each submission twice: a phone retrying after a lost answer.
        shots.push({ agent, query: COMPLETE, variables: completion(task.id) });
        shots.push({ agent, query: COMPLETE, variables: completion(task.id) });
        if (i % 2 === 0) {
          // The coach lengthens the schedule: every opened day stays in it.
          const input = { schedule: daily(0, 14 + i + round) };
          shots.push({ agent: maya, query: UPDATE, variables: { id, input } });
        }
      }
      const result = await race(shots);
      expectOnly(result, []);
      expect(await completedTaskIds(id)).toEqual(opened.map((x) => x.id).sort());
    }
  });

  it('keeps a task whose day stays, and says where the work went when it moves or goes', async () => {
    const id = await assign(daily(0, 6), 'ONE');
    const [first, second] = (await tasksOf(alex, id, 6)).map((x) => x.id);
    // The coach keeps days 1 and 2 and removes today.
    const edit = await gql(maya, UPDATE, { id, input: { schedule: daily(1, 6) } });
    expect(edit.errors).toBeUndefined();
    expect((await gql(alex, COMPLETE, completion(second!))).errors).toBeUndefined();
    const removed = await gql(alex, COMPLETE, completion(first!));
    expect(errorCode(removed)).toBe('CONFLICT');
    expect(removed.errors![0]!.message).toMatch(/no longer part of the schedule/);
    expect(removed.errors![0]!.extensions).toMatchObject({ movedTo: null });

    const once = await assign({ kind: 'ONCE', dueDate: addDays(today(), 1) }, 'ONE');
    const [task] = await tasksOf(alex, once);
    const moved = addDays(today(), 3);
    await gql(maya, UPDATE, { id: once, input: { schedule: { kind: 'ONCE', dueDate: moved } } });
    const answer = await gql(alex, COMPLETE, completion(task!.id));
    expect(errorCode(answer)).toBe('CONFLICT');
    const [successor] = await tasksOf(alex, once);
    expect(successor!.dueDate).toBe(moved);
    expect(answer.errors![0]!.extensions).toMatchObject({
      movedTo: { taskId: successor!.id, dueDate: moved },
    });
    // The draft is filed against the task it moved to.
    expect((await gql(alex, COMPLETE, completion(successor!.id))).errors).toBeUndefined();
  });

  it('files a completion for a task of today that was paused and resumed on its successor', async () => {
    const id = await assign({ kind: 'ONCE', dueDate: today() }, 'ONE');
    const [task] = await tasksOf(alex, id);
    await gql(maya, `mutation($id: ID!) { pauseAssignment(id: $id) { id } }`, { id });
    const paused = await gql(alex, COMPLETE, completion(task!.id));
    expect(errorCode(paused)).toBe('CONFLICT');
    expect(paused.errors![0]!.message).toMatch(/paused/);
    await gql(maya, `mutation($id: ID!) { resumeAssignment(id: $id) { id } }`, { id });
    const filed = await gql(alex, COMPLETE, completion(task!.id));
    expect(filed.errors).toBeUndefined();
    const [successor] = await tasksOf(alex, id);
    expect(await completedTaskIds(id)).toEqual([successor!.id]);
  });

  it('answers deleteAssignment racing completeTask with one winner and CONFLICT for the rest', async () => {
    for (let round = 0; round < 4; round++) {
      const id = await assign({ kind: 'ONCE', dueDate: today() });
      const alexTask = (await tasksOf(alex, id)).find((x) => x.partner === 'A')!;
      const samTask = (await tasksOf(sam, id)).find((x) => x.partner === 'B')!;
      const shots: Shot[] = [];
      for (let i = 0; i < 10; i++) {
        shots.push({ agent: alex, query: COMPLETE, variables: completion(alexTask.id) });
        shots.push({ agent: sam, query: COMPLETE, variables: completion(samTask.id) });
      }
      const del: Shot = {
        agent: maya,
        query: `mutation($id: ID!) { deleteAssignment(id: $id) }`,
        variables: { id },
      };
      shots.splice(round * 3, 0, del);
      const result = await race(shots);
      expectOnly(result, ['CONFLICT']);
      const deleted = outcome(result.responses[round * 3]!) === 'OK';
      const left: unknown[] = await t.db.query('SELECT 1 FROM assignments WHERE id = $1', [id]);
      expect(left).toHaveLength(deleted ? 0 : 1);
      if (deleted) expect(result.tally.OK).toBe(1);
      else expect(await completedTaskIds(id)).toEqual([alexTask.id, samTask.id].sort());
    }
  });

  it('never reports a comment saved while the couple moves to another coach as failed, or the reverse', async () => {
    const [daniel] = (await t.db.query(
      `SELECT m.id FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE u.email = 'daniel@riverside.example' AND m.role = 'COACH'`,
    )) as { id: string }[];
    const [mayaId] = (await t.db.query(
      `SELECT m.id FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE u.email = 'maya@riverside.example' AND m.role = 'COACH'`,
    )) as { id: string }[];
    const admin = await t.signIn('admin@riverside.example');
    const id = await assign({ kind: 'ONCE', dueDate: today() }, 'ONE');
    const [task] = await tasksOf(alex, id);
    const done = await gql<{ completeTask: { id: string } }>(alex, COMPLETE, completion(task!.id));
    const completionId = done.data!.completeTask.id;
    const [checkin] = (await t.db.query('SELECT id FROM checkins WHERE couple_id = $1 LIMIT 1', [
      alexSam,
    ])) as { id: string }[];
    const move = `mutation($c: ID!, $i: UpdateRosterCoupleInput!) { updateRosterCouple(coupleId: $c, input: $i) { id } }`;
    for (const [round, kind] of ['completion', 'checkin', 'completion', 'checkin'].entries()) {
      const body = `Round ${round}: thank you for this.`;
      const comment: Shot =
        kind === 'completion'
          ? {
              agent: maya,
              query: `mutation($i: CommentInput!) { commentOnCompletion(input: $i) { id body } }`,
              variables: { i: { entryId: completionId, body } },
            }
          : {
              agent: maya,
              query: `mutation($c: ID!, $b: String!) { commentOnCheckin(checkinId: $c, body: $b) { id body } }`,
              variables: { c: checkin!.id, b: body },
            };
      const shots: Shot[] = Array.from({ length: 20 }, () => comment);
      const reason = { coachId: daniel!.id, reason: 'Covering while Maya is away.' };
      shots.splice(5 + round * 3, 0, {
        agent: admin,
        query: move,
        variables: { c: alexSam, i: reason },
      });
      const result = await race(shots);
      expectOnly(result, ['NOT_FOUND']);
      const saved: { id: string }[] = await t.db.query(
        'SELECT id FROM comments WHERE body = $1 ORDER BY id',
        [body],
      );
      const answeredOk = result.responses
        .map((r) => (r.data?.commentOnCompletion ?? r.data?.commentOnCheckin) as { id: string })
        .filter(Boolean)
        .map((c) => c.id)
        .sort();
      expect(saved.map((s) => s.id)).toEqual(answeredOk);
      const back = await gql(admin, move, {
        c: alexSam,
        i: { coachId: mayaId!.id, reason: 'Maya is back.' },
      });
      expect(back.errors).toBeUndefined();
    }
  });
});
