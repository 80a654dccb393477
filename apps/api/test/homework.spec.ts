import { addDays, todayIn } from '@hearth/domain';
import {
  coupleId,
  errorCode,
  fieldErrors,
  gql,
  startTestApp,
  type TestApp,
} from './support/test-app';

const ASSIGN = `mutation($input: AssignExerciseInput!) {
  assignExercise(input: $input) {
    id status audience note schedule { kind summary }
    exercise { id title version reflectionPrompts { id kind label } }
  }
}`;
const TASKS = `query($id: ID!, $from: String!, $to: String!) {
  couple(id: $id) { tasks(from: $from, to: $to) { id dueDate partner state assignment { id } completion { id helpfulness } } }
}`;
const COMPLETE = `mutation($input: CompleteTaskInput!) {
  completeTask(input: $input) { id partner helpfulness closenessBefore closenessAfter visibility editable answers { promptId text } }
}`;
const FEED = `query($id: ID!) {
  couple(id: $id) { completions { id partner visibility answers { text } author { displayName } comments { body author { displayName } } } }
}`;

interface Task {
  id: string;
  dueDate: string;
  partner: 'A' | 'B' | null;
  state: string;
  completion: { id: string } | null;
}

const today = () => todayIn('America/New_York', new Date());

describe('homework over HTTP', () => {
  let t: TestApp;
  let alexSam: string;
  let noorEli: string;
  let listenId: string;
  beforeAll(async () => {
    t = await startTestApp();
    alexSam = await coupleId(t.db, 'Alex & Sam');
    noorEli = await coupleId(t.db, 'Noor & Eli');
    const rows: { id: string }[] = await t.db.query(
      `SELECT id FROM catalogue_exercises WHERE slug = 'listen-and-reflect' ORDER BY version DESC LIMIT 1`,
    );
    listenId = rows[0]!.id;
  });
  afterAll(() => t.close());

  async function assignOnce(audience = 'EACH', dueInDays = 2) {
    const maya = await t.signIn('maya@riverside.example');
    const res = await gql<{
      assignExercise: {
        id: string;
        exercise: { reflectionPrompts: { id: string; kind: string }[] };
      };
    }>(maya, ASSIGN, {
      input: {
        coupleId: alexSam,
        exerciseId: listenId,
        audience,
        schedule: { kind: 'ONCE', dueDate: addDays(today(), dueInDays) },
        note: 'Try this before our next session.',
      },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.assignExercise;
  }

  async function tasksOf(who: string, assignmentId: string): Promise<Task[]> {
    const agent = await t.signIn(who);
    const res = await gql<{ couple: { tasks: (Task & { assignment: { id: string } })[] } }>(
      agent,
      TASKS,
      {
        id: alexSam,
        from: addDays(today(), -7),
        to: addDays(today(), 14),
      },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.couple.tasks.filter((x) => x.assignment.id === assignmentId);
  }

  it('serves the built-in catalogue with search and filters to coaches, not to clients', async () => {
    const maya = await t.signIn('maya@riverside.example');
    const all = await gql<{
      exercises: { key: string; builtIn: boolean; source: { title: string } | null }[];
    }>(maya, '{ exercises { key builtIn source { title } } }');
    expect(all.data!.exercises.length).toBeGreaterThanOrEqual(10);
    expect(all.data!.exercises.every((e) => e.builtIn && e.source?.title)).toBe(true);
    const physical = await gql<{
      exercises: { intimacyTypes: string[]; estimatedMinutes: number }[];
    }>(
      maya,
      '{ exercises(filter: { intimacyTypes: [PHYSICAL_AFFECTION], maxMinutes: 30 }) { intimacyTypes estimatedMinutes } }',
    );
    expect(physical.data!.exercises.length).toBeGreaterThan(0);
    for (const e of physical.data!.exercises) {
      expect(e.intimacyTypes).toContain('PHYSICAL_AFFECTION');
      expect(e.estimatedMinutes).toBeLessThanOrEqual(30);
    }
    const search = await gql<{ exercises: { title: string }[] }>(
      maya,
      '{ exercises(filter: { search: "listen" }) { title } }',
    );
    expect(search.data!.exercises.map((e) => e.title)).toContain('Listen and reflect back');
    const alex = await t.signIn('alex@riverside.example');
    expect(errorCode(await gql(alex, '{ exercises { id } }'))).toBe('FORBIDDEN');
  });

  it('runs the loop: Maya assigns, Alex completes with a reflection, Maya comments and reviews, Alex reads the comment', async () => {
    const assignment = await assignOnce();
    const prompts = assignment.exercise.reflectionPrompts;
    const textPrompt = prompts.find((p) => p.kind === 'TEXT')!;
    const alexTasks = await tasksOf('alex@riverside.example', assignment.id);
    expect(alexTasks).toHaveLength(1); // his own task only, not Sam's
    expect(alexTasks[0]).toMatchObject({ partner: 'A', state: 'UPCOMING', completion: null });

    const alex = await t.signIn('alex@riverside.example');
    const done = await gql<{ completeTask: { id: string; editable: boolean } }>(alex, COMPLETE, {
      input: {
        taskId: alexTasks[0]!.id,
        answers: [
          { promptId: textPrompt.id, text: 'I noticed I interrupt when I feel criticised.' },
        ],
        helpfulness: 4,
        closenessBefore: 3,
        closenessAfter: 5,
        visibility: 'PRIVATE',
      },
    });
    expect(done.errors).toBeUndefined();
    expect(done.data!.completeTask).toMatchObject({ editable: true });
    const completionId = done.data!.completeTask.id;
    expect((await tasksOf('alex@riverside.example', assignment.id))[0]!.state).toBe('DONE');

    const maya = await t.signIn('maya@riverside.example');
    const coachTasks = await tasksOf('maya@riverside.example', assignment.id);
    expect(coachTasks.map((x) => [x.partner, x.state])).toEqual([
      ['A', 'DONE'],
      ['B', 'UPCOMING'],
    ]);
    const summary = await gql<{
      myCouples: { label: string; homeworkSummary: { unreviewed: number } }[];
    }>(
      maya,
      '{ myCouples { label homeworkSummary { dueThisWeek doneThisWeek overdue unreviewed } } }',
    );
    expect(
      summary.data!.myCouples.find((c) => c.label === 'Alex & Sam')!.homeworkSummary.unreviewed,
    ).toBeGreaterThanOrEqual(1);

    const comment = await gql(
      maya,
      'mutation($i: CommentInput!) { commentOnCompletion(input: $i) { body author { displayName } } }',
      {
        i: {
          entryId: completionId,
          body: 'Thank you for noticing that. Let us talk about it on Thursday.',
        },
      },
    );
    expect(comment.data).toEqual({
      commentOnCompletion: {
        body: 'Thank you for noticing that. Let us talk about it on Thursday.',
        author: { displayName: 'Maya Okafor' },
      },
    });
    const reviewed = await gql<{ markCompletionReviewed: { reviewedAt: string | null } }>(
      maya,
      'mutation($id: ID!) { markCompletionReviewed(id: $id) { reviewedAt } }',
      { id: completionId },
    );
    expect(reviewed.data!.markCompletionReviewed.reviewedAt).not.toBeNull();

    const feed = await gql<{
      couple: { completions: { id: string; comments: { body: string }[] }[] };
    }>(alex, FEED, { id: alexSam });
    const mine = feed.data!.couple.completions.find((c) => c.id === completionId)!;
    expect(mine.comments.map((c) => c.body)).toEqual([
      'Thank you for noticing that. Let us talk about it on Thursday.',
    ]);
  });

  it('keeps a PRIVATE reflection from the partner in every field, and shows a SHARED one', async () => {
    const assignment = await assignOnce();
    const [alexTask] = await tasksOf('alex@riverside.example', assignment.id);
    const [samTask] = await tasksOf('sam@riverside.example', assignment.id);
    const alex = await t.signIn('alex@riverside.example');
    const sam = await t.signIn('sam@riverside.example');
    const base = { answers: [], helpfulness: 3, closenessBefore: 4, closenessAfter: 4 };
    const priv = await gql<{ completeTask: { id: string } }>(alex, COMPLETE, {
      input: { ...base, taskId: alexTask!.id, visibility: 'PRIVATE' },
    });
    const shared = await gql<{ completeTask: { id: string } }>(sam, COMPLETE, {
      input: { ...base, taskId: samTask!.id, visibility: 'SHARED' },
    });
    const privateId = priv.data!.completeTask.id;
    const sharedId = shared.data!.completeTask.id;

    // Sam's view: the feed has her own and nothing private of Alex's.
    const samFeed = await gql<{ couple: { completions: { id: string }[] } }>(sam, FEED, {
      id: alexSam,
    });
    const samIds = samFeed.data!.couple.completions.map((c) => c.id);
    expect(samIds).toContain(sharedId);
    expect(samIds).not.toContain(privateId);
    // Sam cannot reach Alex's task (and so its completion) through her task list either.
    const samTasks = await tasksOf('sam@riverside.example', assignment.id);
    expect(samTasks.map((x) => x.id)).toEqual([samTask!.id]);
    // Nor through the reviewed/comment mutations (coach only), which answer NOT_FOUND.
    expect(
      errorCode(
        await gql(sam, 'mutation($id: ID!) { markCompletionReviewed(id: $id) { id } }', {
          id: privateId,
        }),
      ),
    ).toBe('NOT_FOUND');
    // Nor in the coach's caseload figures, which partners do not get.
    const ours = await gql<{ ourCouple: { homeworkSummary: unknown } }>(
      sam,
      '{ ourCouple { homeworkSummary { unreviewed } } }',
    );
    expect(ours.data!.ourCouple.homeworkSummary).toBeNull();

    // Alex sees Sam's SHARED reflection; the coach sees both.
    const alexFeed = await gql<{ couple: { completions: { id: string }[] } }>(alex, FEED, {
      id: alexSam,
    });
    expect(alexFeed.data!.couple.completions.map((c) => c.id)).toEqual(
      expect.arrayContaining([privateId, sharedId]),
    );
    const maya = await t.signIn('maya@riverside.example');
    const coachFeed = await gql<{ couple: { completions: { id: string; visibility: string }[] } }>(
      maya,
      FEED,
      { id: alexSam },
    );
    expect(
      coachFeed.data!.couple.completions.filter((c) => [privateId, sharedId].includes(c.id)),
    ).toHaveLength(2);

    // The admin sees no reflection at all: the couple page is not theirs.
    const admin = await t.signIn('admin@riverside.example');
    expect(errorCode(await gql(admin, FEED, { id: alexSam }))).toBe('NOT_FOUND');
  });

  it('leaves exactly one row after 20 concurrent identical submits', async () => {
    const assignment = await assignOnce();
    const [task] = await tasksOf('sam@riverside.example', assignment.id);
    const sam = await t.signIn('sam@riverside.example');
    const input = {
      taskId: task!.id,
      answers: [],
      helpfulness: 5,
      closenessBefore: 4,
      closenessAfter: 6,
      visibility: 'SHARED',
    };
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        gql<{ completeTask: { id: string } }>(sam, COMPLETE, { input }),
      ),
    );
    expect(results.every((r) => r.errors === undefined)).toBe(true);
    expect(new Set(results.map((r) => r.data!.completeTask.id)).size).toBe(1);
    const rows: { n: string }[] = await t.db.query(
      'SELECT count(*) AS n FROM completions WHERE task_id = $1',
      [task!.id],
    );
    expect(Number(rows[0]!.n)).toBe(1);
  });

  it("refuses a partner completing another couple's task or their partner's task", async () => {
    const assignment = await assignOnce();
    const [samTask] = await tasksOf('sam@riverside.example', assignment.id);
    const alex = await t.signIn('alex@riverside.example');
    const noor = await t.signIn('noor@riverside.example');
    const input = {
      answers: [],
      helpfulness: 3,
      closenessBefore: 3,
      closenessAfter: 3,
      visibility: 'PRIVATE',
    };
    expect(errorCode(await gql(alex, COMPLETE, { input: { ...input, taskId: samTask!.id } }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await gql(noor, COMPLETE, { input: { ...input, taskId: samTask!.id } }))).toBe(
      'NOT_FOUND',
    );
    const maya = await t.signIn('maya@riverside.example');
    expect(errorCode(await gql(maya, COMPLETE, { input: { ...input, taskId: samTask!.id } }))).toBe(
      'NOT_FOUND',
    );
    const rows: unknown[] = await t.db.query('SELECT 1 FROM completions WHERE task_id = $1', [
      samTask!.id,
    ]);
    expect(rows).toHaveLength(0);
  });

  it("keeps Daniel and Lee from reading or assigning to Maya's couples", async () => {
    for (const who of ['daniel@riverside.example', 'lee@northside.example']) {
      const agent = await t.signIn(who);
      const res = await gql(agent, ASSIGN, {
        input: {
          coupleId: alexSam,
          exerciseId: listenId,
          audience: 'EACH',
          schedule: { kind: 'ONCE', dueDate: addDays(today(), 3) },
        },
      });
      expect(errorCode(res)).toBe('NOT_FOUND');
      expect(errorCode(await gql(agent, TASKS, { id: alexSam, from: today(), to: today() }))).toBe(
        'NOT_FOUND',
      );
    }
    // Daniel may assign to his own couple.
    const daniel = await t.signIn('daniel@riverside.example');
    const own = await gql(daniel, ASSIGN, {
      input: {
        coupleId: noorEli,
        exerciseId: listenId,
        audience: 'TOGETHER',
        schedule: { kind: 'ONCE', dueDate: addDays(today(), 3) },
      },
    });
    expect(own.errors).toBeUndefined();
  });

  it('answers invalid schedules with field errors and writes nothing', async () => {
    const maya = await t.signIn('maya@riverside.example');
    const before: { n: string }[] = await t.db.query(
      'SELECT (SELECT count(*) FROM assignments) + (SELECT count(*) FROM tasks) AS n',
    );
    const attempt = (schedule: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
      gql(maya, ASSIGN, {
        input: { coupleId: alexSam, exerciseId: listenId, audience: 'EACH', schedule, ...extra },
      });
    const start = addDays(today(), 1);
    expect(
      fieldErrors(await attempt({ kind: 'DAILY', startDate: start, endDate: addDays(start, -3) })),
    ).toEqual({
      'schedule.endDate': 'The end date is before the start date.',
    });
    expect(
      fieldErrors(
        await attempt({
          kind: 'N_PER_WEEK',
          timesPerWeek: 8,
          startDate: start,
          endDate: addDays(start, 20),
        }),
      ),
    ).toEqual({
      'schedule.timesPerWeek': 'Choose between 1 and 7 times a week.',
    });
    expect(
      fieldErrors(
        await attempt({
          kind: 'N_PER_WEEK',
          timesPerWeek: 0,
          startDate: start,
          endDate: addDays(start, 20),
        }),
      ),
    ).toEqual({
      'schedule.timesPerWeek': 'Choose between 1 and 7 times a week.',
    });
    expect(
      fieldErrors(
        await attempt({
          kind: 'WEEKLY',
          weekdays: ['MON', 'FUNDAY'],
          startDate: start,
          endDate: addDays(start, 20),
        }),
      ),
    ).toEqual({
      'schedule.weekdays.1': 'Use MON, TUE, … SUN.',
    });
    expect(fieldErrors(await attempt({ kind: 'ONCE', dueDate: addDays(today(), -1) }))).toEqual({
      'schedule.dueDate': 'The due date is in the past.',
    });
    expect(
      fieldErrors(await attempt({ kind: 'ONCE', dueDate: start }, { audience: 'ONE' })),
    ).toEqual({
      audiencePartner: 'Choose which partner does it.',
    });
    const after: { n: string }[] = await t.db.query(
      'SELECT (SELECT count(*) FROM assignments) + (SELECT count(*) FROM tasks) AS n',
    );
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('keeps a Riverside custom exercise invisible to Northside; editing makes a version and assignments keep theirs', async () => {
    const maya = await t.signIn('maya@riverside.example');
    const input = {
      title: 'Gratitude jar',
      summary: 'Drop one note of thanks into a shared jar each day.',
      intimacyTypes: ['EMOTIONAL'],
      whyItHelps: 'Noticing what the other does well shifts attention towards appreciation.',
      steps:
        '1. Put a jar where you both pass.\n2. Each day add one note.\n3. Read them together on Sunday.',
      estimatedMinutes: 5,
      suggestedAudience: 'EACH',
      reflectionPrompts: [{ kind: 'TEXT', label: 'What did you thank your partner for?' }],
    };
    const created = await gql<{ createExercise: { id: string; key: string; version: number } }>(
      maya,
      'mutation($i: ExerciseInput!) { createExercise(input: $i) { id key version } }',
      { i: input },
    );
    expect(created.errors).toBeUndefined();
    const v1 = created.data!.createExercise;
    const assigned = await gql<{ assignExercise: { id: string } }>(maya, ASSIGN, {
      input: {
        coupleId: alexSam,
        exerciseId: v1.id,
        audience: 'EACH',
        schedule: { kind: 'ONCE', dueDate: addDays(today(), 4) },
      },
    });
    expect(assigned.errors).toBeUndefined();
    const edited = await gql<{ updateExercise: { id: string; version: number } }>(
      maya,
      'mutation($k: String!, $i: ExerciseInput!) { updateExercise(key: $k, input: $i) { id version } }',
      { k: v1.key, i: { ...input, title: 'Gratitude jar (daily)' } },
    );
    expect(edited.data!.updateExercise.version).toBe(2);
    const kept = await gql<{
      assignment: { exercise: { title: string; version: number; isLatest: boolean } };
    }>(maya, 'query($id: ID!) { assignment(id: $id) { exercise { title version isLatest } } }', {
      id: assigned.data!.assignExercise.id,
    });
    expect(kept.data!.assignment.exercise).toEqual({
      title: 'Gratitude jar',
      version: 1,
      isLatest: false,
    });

    const lee = await t.signIn('lee@northside.example');
    const list = await gql<{ exercises: { title: string }[] }>(lee, '{ exercises { title } }');
    expect(list.data!.exercises.map((e) => e.title)).not.toContain('Gratitude jar (daily)');
    expect(
      errorCode(await gql(lee, 'query($id: ID!) { exercise(id: $id) { title } }', { id: v1.id })),
    ).toBe('NOT_FOUND');
    const robin = await coupleId(t.db, 'Robin & Taylor');
    const leeAssign = await gql(lee, ASSIGN, {
      input: {
        coupleId: robin,
        exerciseId: v1.id,
        audience: 'EACH',
        schedule: { kind: 'ONCE', dueDate: addDays(today(), 4) },
      },
    });
    expect(fieldErrors(leeAssign)).toEqual({
      exerciseId: 'Choose an exercise from the catalogue.',
    });
    expect(
      errorCode(
        await gql(lee, 'mutation($k: String!) { archiveExercise(key: $k) { id } }', { k: v1.key }),
      ),
    ).toBe('NOT_FOUND');

    const bad = await gql(
      maya,
      'mutation($i: ExerciseInput!) { createExercise(input: $i) { id } }',
      {
        i: { ...input, title: 'No', estimatedMinutes: 0, reflectionPrompts: [] },
      },
    );
    expect(fieldErrors(bad)).toMatchObject({
      title: expect.any(String),
      estimatedMinutes: expect.any(String),
      reflectionPrompts: 'Add at least one reflection prompt.',
    });
  });

  it('deletes an assignment only while nothing is completed; pausing and ending remove open future tasks', async () => {
    const maya = await t.signIn('maya@riverside.example');
    const daily = await gql<{ assignExercise: { id: string } }>(maya, ASSIGN, {
      input: {
        coupleId: alexSam,
        exerciseId: listenId,
        audience: 'TOGETHER',
        schedule: { kind: 'DAILY', startDate: today(), endDate: addDays(today(), 6) },
      },
    });
    const id = daily.data!.assignExercise.id;
    const count = async () =>
      Number(
        (
          (await t.db.query('SELECT count(*) AS n FROM tasks WHERE assignment_id = $1', [id])) as {
            n: string;
          }[]
        )[0]!.n,
      );
    expect(await count()).toBe(7);
    await gql(maya, 'mutation($id: ID!) { pauseAssignment(id: $id) { status } }', { id });
    expect(await count()).toBe(0);
    await gql(maya, 'mutation($id: ID!) { resumeAssignment(id: $id) { status } }', { id });
    expect(await count()).toBe(7);
    const [first] = await tasksOf('alex@riverside.example', id);
    const alex = await t.signIn('alex@riverside.example');
    await gql(alex, COMPLETE, {
      input: {
        taskId: first!.id,
        answers: [],
        helpfulness: 4,
        closenessBefore: 4,
        closenessAfter: 5,
        visibility: 'SHARED',
      },
    });
    const del = await gql(maya, 'mutation($id: ID!) { deleteAssignment(id: $id) }', { id });
    expect(errorCode(del)).toBe('CONFLICT');
    const ended = await gql<{ endAssignment: { status: string } }>(
      maya,
      'mutation($id: ID!) { endAssignment(id: $id) { status } }',
      { id },
    );
    expect(ended.data!.endAssignment.status).toBe('ENDED');
    expect(await count()).toBe(1); // the completed one stays
    // Each partner keeps their own record of a together task: Sam's private one is his, and
    // is no conflict with Alex's (a conflict would tell Sam that Alex wrote one).
    const sam = await t.signIn('sam@riverside.example');
    const again = await gql<{ completeTask: { partner: string; visibility: string } }>(
      sam,
      COMPLETE,
      {
        input: {
          taskId: first!.id,
          answers: [],
          helpfulness: 2,
          closenessBefore: 2,
          closenessAfter: 2,
          visibility: 'PRIVATE',
        },
      },
    );
    expect(again.errors).toBeUndefined();
    expect(again.data!.completeTask).toMatchObject({ partner: 'B', visibility: 'PRIVATE' });
  });
});
