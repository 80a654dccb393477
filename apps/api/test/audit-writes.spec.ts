import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, todayIn } from '@hearth/domain';
import { buildSchema } from 'graphql';
import type TestAgent from 'supertest/lib/agent';
import {
  coupleId,
  errorCode,
  fieldErrors,
  gql,
  startTestApp,
  type TestApp,
} from './support/test-app';

/**
 * Every mutation, classified by the audit events it writes in its own transaction, or why it
 * writes none here. A new mutation without a line fails the first test.
 */
const AUDITED: Record<string, string[]> = {
  assignExercise: ['CREATE assignment'],
  updateAssignment: ['UPDATE assignment'],
  pauseAssignment: ['UPDATE assignment'],
  resumeAssignment: ['UPDATE assignment'],
  endAssignment: ['UPDATE assignment'],
  deleteAssignment: ['DELETE assignment'],
  completeTask: ['CREATE completion'],
  markCompletionReviewed: ['UPDATE completion'],
  commentOnCompletion: ['CREATE comment'],
  fileCheckin: ['CREATE checkin'],
  commentOnCheckin: ['CREATE comment'],
  fileCsi4: ['CREATE measure'],
  setCsi4Interval: ['SETTINGS_CHANGE couple'],
  createCouple: ['CREATE couple', 'INVITE membership', 'INVITE membership'],
  invitePartner: ['INVITE membership'],
  setCoupleStatus: ['UPDATE couple'],
  updateRosterCouple: ['REASSIGN couple'],
  inviteCoach: ['INVITE membership'],
  deactivateCoach: ['ROLE_CHANGE membership'],
  updateClinic: ['SETTINGS_CHANGE clinic'],
  createExercise: ['CREATE exercise'],
  updateExercise: ['UPDATE exercise'],
  archiveExercise: ['UPDATE exercise'],
};
/** Accounts and sessions: audited by the accounts module (sign-in, sign-out, security). */
const NOT_HERE: Record<string, string> = {
  login: 'accounts: SIGN_IN / SIGN_IN_FAILED',
  logout: 'accounts: SIGN_OUT',
  changePassword: 'accounts: SECURITY_CHANGE',
  requestPasswordReset: 'password-reset.spec: SECURITY_CHANGE (password_reset_requested)',
  resetPassword: 'password-reset.spec: SECURITY_CHANGE (password_reset)',
  acceptInvitation: 'accounts: the invitee signs in (SIGN_IN)',
  completeTwoFactorSignIn: 'accounts: SIGN_IN / SIGN_IN_FAILED (two-factor.spec.ts)',
  startTwoFactorEnrolment: 'nothing changes until confirmed: no event',
  confirmTwoFactorEnrolment: 'accounts: SECURITY_CHANGE (two-factor.spec.ts)',
  disableTwoFactor: 'accounts: SECURITY_CHANGE (two-factor.spec.ts)',
  regenerateRecoveryCodes: 'accounts: SECURITY_CHANGE (two-factor.spec.ts)',
  revokeSession: 'accounts: SECURITY_CHANGE session_revoked (account-sessions.spec.ts)',
  revokeOtherSessions: 'accounts: SECURITY_CHANGE (account-sessions.spec.ts)',
  setClinicTwoFactorRequirement: 'accounts: SETTINGS_CHANGE (two-factor-required.spec.ts)',
  switchClinic: 'accounts: CLINIC_SWITCH in the new clinic (clinic-switch.spec.ts)',
};

const schema = buildSchema(readFileSync(join(__dirname, '../schema.gql'), 'utf8'));
const mutations = Object.keys(schema.getMutationType()!.getFields()).sort();
const today = () => todayIn('America/New_York', new Date());

describe('audit: every mutation is classified', () => {
  it('names the events each mutation writes, or who audits it', () => {
    const missing = mutations.filter((m) => !(m in AUDITED) && !(m in NOT_HERE));
    if (missing.length > 0) {
      throw new Error(
        `Mutation(s) ${missing.join(', ')} not classified in apps/api/test/audit-writes.spec.ts: ` +
          'record their audit event in the write’s transaction (AuditService.write/record) and add them.',
      );
    }
    expect([...Object.keys(AUDITED), ...Object.keys(NOT_HERE)].sort()).toEqual(mutations);
  });
});

describe('audit: writes over GraphQL', () => {
  let t: TestApp;
  let alexSam: string;
  let jordanCasey: string;
  let exerciseId: string;
  let maya: TestAgent;
  let alex: TestAgent;
  let admin: TestAgent;

  beforeAll(async () => {
    t = await startTestApp();
    alexSam = await coupleId(t.db, 'Alex & Sam');
    jordanCasey = await coupleId(t.db, 'Jordan & Casey');
    const rows: { id: string }[] = await t.db.query(
      `SELECT id FROM catalogue_exercises WHERE slug = 'listen-and-reflect' ORDER BY version DESC LIMIT 1`,
    );
    exerciseId = rows[0]!.id;
    maya = await t.signIn('maya@riverside.example');
    alex = await t.signIn('alex@riverside.example');
    admin = await t.signIn('admin@riverside.example');
  });
  afterAll(() => t.close());

  /** Runs the call and returns the non-READ events it left, as "ACTION target_type". */
  async function eventsOf(run: () => Promise<unknown>): Promise<string[]> {
    const mark: { t: string }[] = await t.db.query('SELECT clock_timestamp()::text AS t');
    await run();
    const rows: { e: string }[] = await t.db.query(
      `SELECT action || ' ' || target_type AS e FROM audit_events
        WHERE action <> 'READ' AND occurred_at > $1 ORDER BY occurred_at, seq`,
      [mark[0]!.t],
    );
    return rows.map((r) => r.e);
  }
  const ok = async (agent: TestAgent, query: string, variables: Record<string, unknown> = {}) => {
    const res = await gql<Record<string, Record<string, unknown>>>(agent, query, variables);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const assign = (dueDate = today()) =>
    ok(maya, 'mutation($i: AssignExerciseInput!) { assignExercise(input: $i) { id } }', {
      i: { coupleId: alexSam, exerciseId, audience: 'EACH', schedule: { kind: 'ONCE', dueDate } },
    }).then((d) => d.assignExercise!.id as string);

  it('homework: assign, edit, pause, resume, end, delete each leave exactly their event', async () => {
    let id = '';
    expect(await eventsOf(async () => (id = await assign()))).toEqual(AUDITED.assignExercise);
    const byId = (m: string, extra = '') =>
      eventsOf(() => ok(maya, `mutation($id: ID!) { ${m}(id: $id${extra}) { id } }`, { id }));
    expect(
      await eventsOf(() =>
        ok(maya, 'mutation($id: ID!) { updateAssignment(id: $id, input: { note: "n" }) { id } }', {
          id,
        }),
      ),
    ).toEqual(AUDITED.updateAssignment);
    expect(await byId('pauseAssignment')).toEqual(AUDITED.pauseAssignment);
    expect(await byId('resumeAssignment')).toEqual(AUDITED.resumeAssignment);
    const gone = await assign();
    expect(
      await eventsOf(() =>
        ok(maya, 'mutation($id: ID!) { deleteAssignment(id: $id) }', { id: gone }),
      ),
    ).toEqual(AUDITED.deleteAssignment);
    expect(await byId('endAssignment')).toEqual(AUDITED.endAssignment);
  });

  it('a completion, its review and a comment; never the reflection text', async () => {
    const id = await assign();
    const tasks = await ok(
      alex,
      'query($c: ID!, $f: String!, $t: String!) { couple(id: $c) { tasks(from: $f, to: $t) { id assignment { id } } } }',
      { c: alexSam, f: today(), t: today() },
    );
    const task = (tasks.couple!.tasks as { id: string; assignment: { id: string } }[]).find(
      (x) => x.assignment.id === id,
    )!;
    let completionId = '';
    const input = { taskId: task.id, helpfulness: 4, closenessBefore: 3, closenessAfter: 5 };
    expect(
      await eventsOf(async () => {
        const d = await ok(
          alex,
          'mutation($i: CompleteTaskInput!) { completeTask(input: $i) { id } }',
          {
            i: input,
          },
        );
        completionId = d.completeTask!.id as string;
      }),
    ).toEqual(AUDITED.completeTask);
    // Filing again the same day edits it: an UPDATE, not a second CREATE.
    expect(
      await eventsOf(() =>
        ok(alex, 'mutation($i: CompleteTaskInput!) { completeTask(input: $i) { id } }', {
          i: { ...input, helpfulness: 5 },
        }),
      ),
    ).toEqual(['UPDATE completion']);
    expect(
      await eventsOf(() =>
        ok(maya, 'mutation($id: ID!) { markCompletionReviewed(id: $id) { id } }', {
          id: completionId,
        }),
      ),
    ).toEqual(AUDITED.markCompletionReviewed);
    expect(
      await eventsOf(() =>
        ok(maya, 'mutation($i: CommentInput!) { commentOnCompletion(input: $i) { id } }', {
          i: { entryId: completionId, body: 'A private thought' },
        }),
      ),
    ).toEqual(AUDITED.commentOnCompletion);
    const details: { detail: string }[] = await t.db.query(
      `SELECT coalesce(detail::text, '') AS detail FROM audit_events WHERE couple_id = $1`,
      [alexSam],
    );
    expect(details.map((d) => d.detail).join(' ')).not.toMatch(/private thought/i);
  });

  it('a check-in, a comment on it, a CSI-4 and the CSI-4 interval', async () => {
    const sam = await t.signIn('sam@riverside.example');
    await t.db.query('DELETE FROM checkins WHERE couple_id = $1', [alexSam]);
    const items = ['closeness', 'understood', 'sharing', 'affection', 'fun', 'conflict', 'stress'];
    let checkinId = '';
    expect(
      await eventsOf(async () => {
        const d = await ok(
          sam,
          'mutation($i: FileCheckinInput!) { fileCheckin(input: $i) { id } }',
          {
            i: {
              coupleId: alexSam,
              ratings: items.map((item) => ({ item, value: 4 })),
              note: 'secret',
            },
          },
        );
        checkinId = d.fileCheckin!.id as string;
      }),
    ).toEqual(AUDITED.fileCheckin);
    expect(
      await eventsOf(() =>
        ok(maya, 'mutation($c: ID!) { commentOnCheckin(checkinId: $c, body: "Thanks") { id } }', {
          c: checkinId,
        }),
      ),
    ).toEqual(AUDITED.commentOnCheckin);
    await t.db.query('DELETE FROM measure_results WHERE couple_id = $1', [alexSam]);
    const answers = ['happiness', 'warm', 'rewarding', 'satisfied'].map((item) => ({
      item,
      value: 3,
    }));
    expect(
      await eventsOf(() =>
        ok(sam, 'mutation($i: FileCsi4Input!) { fileCsi4(input: $i) { id } }', {
          i: { coupleId: alexSam, answers },
        }),
      ),
    ).toEqual(AUDITED.fileCsi4);
    expect(
      await eventsOf(() =>
        ok(maya, 'mutation($c: ID!) { setCsi4Interval(coupleId: $c, everyWeeks: 6) { id } }', {
          c: alexSam,
        }),
      ),
    ).toEqual(AUDITED.setCsi4Interval);
  });

  it('couples, invitations, coaches, clinic settings and exercises', async () => {
    let created = '';
    expect(
      await eventsOf(async () => {
        const d = await ok(
          maya,
          'mutation($i: CreateCoupleInput!) { createCouple(input: $i) { couple { id } } }',
          {
            i: {
              label: 'Ada & Bo',
              partnerA: { displayName: 'Ada', email: 'ada@example.org' },
              partnerB: { displayName: 'Bo', email: 'bo@example.org' },
            },
          },
        );
        created = (d.createCouple!.couple as { id: string }).id;
      }),
    ).toEqual(AUDITED.createCouple);
    expect(
      await eventsOf(() =>
        ok(maya, 'mutation($c: ID!) { invitePartner(coupleId: $c, partner: A) { url } }', {
          c: created,
        }),
      ),
    ).toEqual(AUDITED.invitePartner);
    expect(
      await eventsOf(() =>
        ok(maya, 'mutation($c: ID!) { setCoupleStatus(coupleId: $c, status: PAUSED) { id } }', {
          c: created,
        }),
      ),
    ).toEqual(AUDITED.setCoupleStatus);
    expect(
      await eventsOf(() =>
        ok(
          admin,
          'mutation { inviteCoach(input: { email: "nia@example.org", displayName: "Nia" }) { url } }',
        ),
      ),
    ).toEqual(AUDITED.inviteCoach);
    const nia: { id: string }[] = await t.db.query(
      `SELECT m.id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'nia@example.org'`,
    );
    expect(
      await eventsOf(() =>
        ok(admin, 'mutation($id: ID!) { deactivateCoach(id: $id) { id } }', { id: nia[0]!.id }),
      ),
    ).toEqual(AUDITED.deactivateCoach);
    const settings: { detail: { settings: string[] } }[] = [];
    expect(
      await eventsOf(() =>
        ok(
          admin,
          'mutation { updateClinic(input: { name: "Riverside Couples Clinic", timeZone: "America/New_York", smallCellK: 12 }) { id } }',
        ),
      ),
    ).toEqual(AUDITED.updateClinic);
    settings.push(
      ...((await t.db.query(
        `SELECT detail FROM audit_events WHERE action = 'SETTINGS_CHANGE' AND target_type = 'clinic'`,
      )) as { detail: { settings: string[] } }[]),
    );
    expect(settings[0]!.detail).toEqual({ settings: ['smallCellK'] });

    const exercise = {
      title: 'Gratitude jar',
      intimacyTypes: ['EMOTIONAL'],
      whyItHelps: 'Noticing what the other does well.',
      steps: '1. Add a note a day.',
      estimatedMinutes: 5,
      reflectionPrompts: [{ kind: 'TEXT', label: 'What did you thank your partner for?' }],
    };
    let key = '';
    expect(
      await eventsOf(async () => {
        const d = await ok(
          maya,
          'mutation($i: ExerciseInput!) { createExercise(input: $i) { key } }',
          {
            i: exercise,
          },
        );
        key = d.createExercise!.key as string;
      }),
    ).toEqual(AUDITED.createExercise);
    expect(
      await eventsOf(() =>
        ok(
          maya,
          'mutation($k: String!, $i: ExerciseInput!) { updateExercise(key: $k, input: $i) { id } }',
          {
            k: key,
            i: { ...exercise, title: 'Gratitude jar, weekly' },
          },
        ),
      ),
    ).toEqual(AUDITED.updateExercise);
    expect(
      await eventsOf(() =>
        ok(maya, 'mutation($k: String!) { archiveExercise(key: $k) { id } }', { k: key }),
      ),
    ).toEqual(AUDITED.archiveExercise);
  });

  it('a write that fails leaves no event', async () => {
    const sam = await t.signIn('sam@riverside.example');
    const cases: [TestAgent, string, Record<string, unknown>][] = [
      [
        maya,
        'mutation($i: AssignExerciseInput!) { assignExercise(input: $i) { id } }',
        {
          i: {
            coupleId: alexSam,
            exerciseId,
            audience: 'EACH',
            schedule: { kind: 'ONCE', dueDate: addDays(today(), -30) },
          },
        },
      ],
      [
        sam,
        'mutation($i: FileCheckinInput!) { fileCheckin(input: $i) { id } }',
        { i: { coupleId: alexSam, ratings: [{ item: 'closeness', value: 99 }] } },
      ],
      [
        maya,
        'mutation($i: ExerciseInput!) { createExercise(input: $i) { id } }',
        {
          i: {
            title: '',
            intimacyTypes: [],
            whyItHelps: '',
            steps: '',
            estimatedMinutes: 0,
            reflectionPrompts: [],
          },
        },
      ],
      [
        admin,
        'mutation { updateClinic(input: { name: "R", timeZone: "Nowhere/Else", smallCellK: 1 }) { id } }',
        {},
      ],
    ];
    for (const [agent, query, variables] of cases) {
      expect(
        await eventsOf(async () => {
          const res = await gql(agent, query, variables);
          expect(errorCode(res)).toBe('BAD_USER_INPUT');
        }),
      ).toEqual([]);
    }
  });

  it('an event that cannot be written undoes its write: they share one transaction', async () => {
    // Make the database refuse assignment events only, as a full disk or a bug would.
    await t.db
      .query(`CREATE FUNCTION refuse_assignment_events() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.target_type = 'assignment' THEN RAISE EXCEPTION 'audit write failed'; END IF;
      RETURN NEW; END $$`);
    await t.db.query(`CREATE TRIGGER tr_refuse_assignment_events BEFORE INSERT ON audit_events
      FOR EACH ROW EXECUTE FUNCTION refuse_assignment_events()`);
    try {
      const count = async () =>
        Number(
          (
            (await t.db.query('SELECT count(*) AS n FROM assignments WHERE couple_id = $1', [
              alexSam,
            ])) as { n: string }[]
          )[0]!.n,
        );
      const before = await count();
      const res = await gql(
        maya,
        'mutation($i: AssignExerciseInput!) { assignExercise(input: $i) { id } }',
        {
          i: {
            coupleId: alexSam,
            exerciseId,
            audience: 'EACH',
            schedule: { kind: 'ONCE', dueDate: today() },
          },
        },
      );
      expect(res.errors).toBeDefined();
      expect(await count()).toBe(before);
    } finally {
      await t.db.query('DROP TRIGGER tr_refuse_assignment_events ON audit_events');
      await t.db.query('DROP FUNCTION refuse_assignment_events()');
    }
  });

  describe('reassignment', () => {
    const REASSIGN = `mutation($c: ID!, $i: UpdateRosterCoupleInput!) {
      updateRosterCouple(coupleId: $c, input: $i) { coach { displayName } }
    }`;
    let daniel: string;
    beforeAll(async () => {
      const rows: { id: string }[] = await t.db.query(
        `SELECT m.id FROM memberships m JOIN users u ON u.id = m.user_id
          WHERE u.email = 'daniel@riverside.example' AND m.role = 'COACH'`,
      );
      daniel = rows[0]!.id;
    });

    it('needs a reason: blank is a field error, and nothing changes or is recorded', async () => {
      for (const reason of [undefined, '', '   ']) {
        const events = await eventsOf(async () => {
          const res = await gql(admin, REASSIGN, {
            c: jordanCasey,
            i: { coachId: daniel, reason },
          });
          expect(fieldErrors(res)).toEqual({
            reason: 'Say why the couple moves to another coach.',
          });
        });
        expect(events).toEqual([]);
      }
      const coach: { coach_id: string }[] = await t.db.query(
        'SELECT coach_id FROM couples WHERE id = $1',
        [jordanCasey],
      );
      expect(coach[0]!.coach_id).not.toBe(daniel);
    });

    it('is audited as REASSIGN with both coaches’ ids and no reason text', async () => {
      const before: { coach_id: string }[] = await t.db.query(
        'SELECT coach_id FROM couples WHERE id = $1',
        [jordanCasey],
      );
      const reason = 'Maya is on leave until March';
      expect(
        await eventsOf(() =>
          ok(admin, REASSIGN, { c: jordanCasey, i: { coachId: daniel, reason } }),
        ),
      ).toEqual(AUDITED.updateRosterCouple);
      const rows: { detail: Record<string, string>; role: string }[] = await t.db.query(
        `SELECT detail, role FROM audit_events WHERE action = 'REASSIGN' AND couple_id = $1`,
        [jordanCasey],
      );
      expect(rows).toEqual([
        {
          role: 'CLINIC_ADMIN',
          detail: {
            fromCoachId: before[0]!.coach_id,
            toCoachId: daniel,
            changeId: expect.any(String),
          },
        },
      ]);
      expect(JSON.stringify(rows)).not.toContain('leave');
    });
  });
});
