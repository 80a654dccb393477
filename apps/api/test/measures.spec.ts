import { addDays, FLAG_CODES, todayIn } from '@hearth/domain';
import type TestAgent from 'supertest/lib/agent';
import { Clock } from '../src/common/clock';
import {
  coupleId,
  errorCode,
  fieldErrors,
  gql,
  startTestApp,
  type TestApp,
} from './support/test-app';

const today = () => todayIn('America/New_York', new Date());

const FILE_CSI4 = `mutation($input: FileCsi4Input!) {
  fileCsi4(input: $input) {
    id partner date total belowCutoff changeFromFirst rci
    answers { happiness warm rewarding satisfied }
  }
}`;
const HISTORY = `query($id: ID!) { couple(id: $id) {
  csi4Due csi4EveryWeeks
  csi4History { partner change due results { id date total belowCutoff changeFromFirst } }
} }`;
const FLAGS = `{ myCouples { label flags { code severity partner explanation } } }`;

const answers = (values: Record<string, number>) =>
  Object.entries(values).map(([item, value]) => ({ item, value }));

interface Result {
  id: string;
  partner: 'A' | 'B';
  date: string;
  total: number;
  belowCutoff: boolean;
  changeFromFirst: string | null;
  rci?: number | null;
}
interface History {
  csi4Due: boolean;
  csi4EveryWeeks: number;
  csi4History: { partner: 'A' | 'B'; change: string | null; due: boolean; results: Result[] }[];
}
interface Flag {
  code: string;
  severity: string;
  partner: 'A' | 'B' | null;
  explanation: string;
}

const codes = (flags: Flag[]) => flags.map((f) => `${f.code}${f.partner ? `:${f.partner}` : ''}`);

describe('CSI-4 and coach flags over HTTP', () => {
  let t: TestApp;
  let noorEli: string;
  let alexSam: string;
  let priyaTom: string;
  beforeAll(async () => {
    t = await startTestApp();
    noorEli = await coupleId(t.db, 'Noor & Eli');
    alexSam = await coupleId(t.db, 'Alex & Sam');
    priyaTom = await coupleId(t.db, 'Priya & Tom');
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  async function history(agent: TestAgent, id: string) {
    return gql<{ couple: History }>(agent, HISTORY, { id });
  }

  describe('filing the CSI-4', () => {
    it('scores on the server and classifies reliable change against the first result', async () => {
      const noor = await t.signIn('noor@riverside.example');
      const eli = await t.signIn('eli@riverside.example');
      // The demo couple's intake was 8 weeks ago: with the default 4 weeks, one is due today.
      expect((await history(noor, noorEli)).data?.couple.csi4Due).toBe(true);

      const dropped = await gql<{ fileCsi4: Result }>(noor, FILE_CSI4, {
        input: {
          coupleId: noorEli,
          answers: answers({ happiness: 2, warm: 3, rewarding: 3, satisfied: 2 }),
        },
      });
      expect(dropped.errors).toBeUndefined();
      expect(dropped.data?.fileCsi4).toMatchObject({
        partner: 'A',
        date: today(),
        total: 10,
        belowCutoff: true,
        changeFromFirst: 'DETERIORATED', // 15 at intake -> 10
        answers: { happiness: 2, warm: 3, rewarding: 3, satisfied: 2 },
      });
      expect(dropped.data?.fileCsi4.rci).toBeCloseTo(-3.2075, 3);

      const rose = await gql<{ fileCsi4: Result }>(eli, FILE_CSI4, {
        input: {
          coupleId: noorEli,
          answers: answers({ happiness: 6, warm: 5, rewarding: 4, satisfied: 4 }),
        },
      });
      // 14 at intake -> 19: reliable, but it never was below 13.5, so improved, not recovered.
      expect(rose.data?.fileCsi4).toMatchObject({
        partner: 'B',
        total: 19,
        belowCutoff: false,
        changeFromFirst: 'IMPROVED',
      });

      const after = (await history(noor, noorEli)).data!.couple;
      expect(after.csi4Due).toBe(false);
      expect(after.csi4History).toHaveLength(1);
      expect(after.csi4History[0]).toMatchObject({ partner: 'A', change: 'DETERIORATED' });
      expect(after.csi4History[0]!.results.map((r) => r.total)).toEqual([15, 16, 10]);

      const stored: { total: number; answers: Record<string, number> }[] = await t.db.query(
        `SELECT total, answers FROM measure_results WHERE id = $1`,
        [dropped.data!.fileCsi4.id],
      );
      expect(stored).toEqual([
        { total: 10, answers: { happiness: 2, warm: 3, rewarding: 3, satisfied: 2 } },
      ]);
    });

    it('updates the same result when a partner files again that day', async () => {
      const noor = await t.signIn('noor@riverside.example');
      const res = await gql<{ fileCsi4: Result }>(noor, FILE_CSI4, {
        input: {
          coupleId: noorEli,
          answers: answers({ happiness: 3, warm: 3, rewarding: 3, satisfied: 2 }),
        },
      });
      expect(res.data?.fileCsi4).toMatchObject({ total: 11, changeFromFirst: 'DETERIORATED' });
      const rows: { id: string }[] = await t.db.query(
        `SELECT e.id FROM measure_results e JOIN couples c ON c.id = e.couple_id
          WHERE e.couple_id = $1 AND e.author_id = c.partner_a_id AND e.filed_on = $2`,
        [noorEli, today()],
      );
      expect(rows.map((r) => r.id)).toEqual([res.data?.fileCsi4.id]);
    });

    it('answers missing, unknown, repeated and out-of-range items by field, writing nothing', async () => {
      const eli = await t.signIn('eli@riverside.example');
      const count = async () =>
        (
          (await t.db.query('SELECT count(*)::int AS n FROM measure_results')) as { n: number }[]
        )[0]!.n;
      const before = await count();
      const res = await gql(eli, FILE_CSI4, {
        input: {
          coupleId: noorEli,
          answers: [
            ...answers({ happiness: 7, warm: 6, rewarding: 2, love: 3 }),
            { item: 'rewarding', value: 1 },
          ],
        },
      });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(fieldErrors(res)).toEqual({
        'answers.rewarding': 'Answer this once.',
        'answers.love': 'This is not a CSI-4 question.',
        'answers.happiness': 'Choose one of the answers (0–6).',
        'answers.warm': 'Choose one of the answers (0–5).',
        'answers.satisfied': 'Please answer this question.',
      });
      expect(await count()).toBe(before);
    });

    it('lets only a partner file: coaches, admins and people of other couples get NOT_FOUND', async () => {
      const input = {
        coupleId: noorEli,
        answers: answers({ happiness: 3, warm: 3, rewarding: 3, satisfied: 3 }),
      };
      for (const email of [
        'daniel@riverside.example',
        'maya@riverside.example',
        'admin@riverside.example',
        'lee@northside.example',
        'alex@riverside.example',
      ]) {
        const res = await gql(await t.signIn(email), FILE_CSI4, { input });
        expect({ email, code: errorCode(res) }).toEqual({ email, code: 'NOT_FOUND' });
      }
    });
  });

  describe('who sees CSI-4 results', () => {
    it("shows a partner their own results only, and the coach both partners'", async () => {
      const sam = await t.signIn('sam@riverside.example');
      const forSam = (await history(sam, alexSam)).data!.couple;
      expect(forSam.csi4History.map((h) => h.partner)).toEqual(['B']);
      const alexIds: { id: string }[] = await t.db.query(
        `SELECT e.id FROM measure_results e JOIN couples c ON c.id = e.couple_id
          WHERE e.couple_id = $1 AND e.author_id = c.partner_a_id`,
        [alexSam],
      );
      expect(alexIds.length).toBeGreaterThan(0);
      const samJson = JSON.stringify(forSam);
      for (const { id } of alexIds) expect(samJson).not.toContain(id);

      const maya = await t.signIn('maya@riverside.example');
      const forMaya = (await history(maya, alexSam)).data!.couple;
      expect(forMaya.csi4Due).toBe(false); // a coach never owes a CSI-4
      expect(forMaya.csi4History.map((h) => [h.partner, h.change])).toEqual([
        ['A', 'RECOVERED'],
        ['B', 'RECOVERED'],
      ]);
      expect(forMaya.csi4History[0]!.results.map((r) => r.total)).toEqual([11, 13, 16]);
      expect(forMaya.csi4History[0]!.results.map((r) => r.belowCutoff)).toEqual([
        true,
        true,
        false,
      ]);
    });

    it("keeps other coaches, other clinics and admins away from a couple's measures", async () => {
      for (const email of [
        'maya@riverside.example',
        'lee@northside.example',
        'admin@riverside.example',
        'alex@riverside.example',
      ]) {
        const res = await history(await t.signIn(email), noorEli);
        expect({ email, code: errorCode(res), data: res.data }).toEqual({
          email,
          code: 'NOT_FOUND',
          data: null,
        });
      }
      const daniel = await t.signIn('daniel@riverside.example');
      expect((await history(daniel, noorEli)).data?.couple.csi4History).toHaveLength(2);
    });
  });

  describe('how often the CSI-4 is due', () => {
    const SET = `mutation($c: ID!, $w: Int!) { setCsi4Interval(coupleId: $c, everyWeeks: $w) { id csi4EveryWeeks } }`;

    it("lets the couple's coach change the interval, which moves the due dates", async () => {
      const daniel = await t.signIn('daniel@riverside.example');
      const eli = await t.signIn('eli@riverside.example');
      expect((await history(daniel, noorEli)).data?.couple.csi4EveryWeeks).toBe(4);
      for (const w of [0, 53]) {
        const res = await gql(daniel, SET, { c: noorEli, w });
        expect(fieldErrors(res)).toEqual({ everyWeeks: 'Choose from 1 to 52 weeks.' });
      }
      for (const email of ['maya@riverside.example', 'noor@riverside.example']) {
        const res = await gql(await t.signIn(email), SET, { c: noorEli, w: 2 });
        expect(errorCode(res)).toBe('NOT_FOUND');
      }
      const robinTaylor = await coupleId(t.db, 'Robin & Taylor');
      const robin = await t.signIn('robin@northside.example');
      // Robin & Taylor's intake was 6 weeks ago and they filed 2 weeks ago: not due every 4
      // weeks, due every 3 (on day 42).
      expect((await history(robin, robinTaylor)).data?.couple.csi4Due).toBe(false);
      const lee = await t.signIn('lee@northside.example');
      const set = await gql(lee, SET, { c: robinTaylor, w: 3 });
      expect(set.data).toEqual({ setCsi4Interval: { id: robinTaylor, csi4EveryWeeks: 3 } });
      expect((await history(robin, robinTaylor)).data?.couple.csi4Due).toBe(true);
      // Eli filed today: whatever the interval, nothing is due for Eli.
      await gql(daniel, SET, { c: noorEli, w: 1 });
      expect((await history(eli, noorEli)).data?.couple.csi4Due).toBe(false);
    });
  });

  describe('coach flags', () => {
    it("raises each demo couple's story for Maya, and every kind of flag somewhere in her caseload", async () => {
      const maya = await t.signIn('maya@riverside.example');
      const res = await gql<{ myCouples: { label: string; flags: Flag[] }[] }>(maya, FLAGS);
      expect(res.errors).toBeUndefined();
      const byLabel = Object.fromEntries(res.data!.myCouples.map((c) => [c.label, c.flags]));
      const story = (label: string) =>
        codes(byLabel[label]!).filter((c) => c !== 'HOMEWORK_OVERDUE');
      expect(story('Alex & Sam')).toEqual([]);
      expect(story('Jordan & Casey')).toEqual([
        'WANTS_TO_TALK:B',
        'CSI_DETERIORATED:A',
        'CSI_LOW:A',
        'CLOSENESS_DOWN:A',
        'PARTNERS_APART',
      ]);
      expect(story('Priya & Tom')).toEqual(['CSI_LOW:A', 'NO_CHECKIN:A', 'NO_CHECKIN:B']);
      const jordan = byLabel['Jordan & Casey']!;
      expect(jordan.find((f) => f.code === 'WANTS_TO_TALK')).toEqual({
        code: 'WANTS_TO_TALK',
        severity: 'HIGH',
        partner: 'B',
        explanation: `Casey asked to talk to you soon (check-in of ${addDays(today(), -2)}).`,
      });
      expect(byLabel['Priya & Tom']!.find((f) => f.code === 'NO_CHECKIN')?.explanation).toBe(
        `Priya has not checked in for 4 days (last check-in ${addDays(today(), -5)}).`,
      );
      const all = new Set(Object.values(byLabel).flatMap((f) => f.map((x) => x.code)));
      expect([...all].sort()).toEqual([...FLAG_CODES].sort());
    });

    it('counts overdue homework from the tasks: not completed, 1-7 days past due, assignment running', async () => {
      const overdue = async (id: string) =>
        (
          (await t.db.query(
            `SELECT count(*)::int AS n FROM tasks t
              JOIN assignments a ON a.id = t.assignment_id
              JOIN couples c ON c.id = t.couple_id
              WHERE t.couple_id = $1 AND a.status = 'ACTIVE' AND t.due_at < now()
                AND t.due_date >= (now() AT TIME ZONE c.time_zone)::date - 7
                AND NOT EXISTS (SELECT 1 FROM completions k WHERE k.task_id = t.id)`,
            [id],
          )) as { n: number }[]
        )[0]!.n;
      const maya = await t.signIn('maya@riverside.example');
      const flagOf = async (label: string) =>
        (await gql<{ myCouples: { label: string; flags: Flag[] }[] }>(maya, FLAGS))
          .data!.myCouples.find((c) => c.label === label)!
          .flags.find((f) => f.code === 'HOMEWORK_OVERDUE');
      const n = await overdue(priyaTom);
      expect(n).toBeGreaterThan(0);
      expect((await flagOf('Priya & Tom'))?.explanation).toBe(
        `${n} homework task${n === 1 ? ' is' : 's are'} overdue.`,
      );
      await t.db.query(`UPDATE assignments SET status = 'PAUSED' WHERE couple_id = $1`, [priyaTom]);
      expect(await flagOf('Priya & Tom')).toBeUndefined();
      await t.db.query(`UPDATE assignments SET status = 'ACTIVE' WHERE couple_id = $1`, [priyaTom]);
      expect(await flagOf('Priya & Tom')).toBeDefined();
    });

    it('drops engagement flags while a couple is paused, and follows the app clock', async () => {
      const maya = await t.signIn('maya@riverside.example');
      const flagsOf = async (label: string) =>
        codes(
          (
            await gql<{ myCouples: { label: string; flags: Flag[] }[] }>(maya, FLAGS)
          ).data!.myCouples.find((c) => c.label === label)!.flags,
        );
      const status = (s: string) =>
        gql(maya, `mutation($c: ID!) { setCoupleStatus(coupleId: $c, status: ${s}) { id } }`, {
          c: priyaTom,
        });
      await status('PAUSED');
      expect(await flagsOf('Priya & Tom')).toEqual(['CSI_LOW:A']);
      await status('ACTIVE');
      // A week on, Casey's request to talk is older than 7 days; everyone has gone quiet.
      jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + 7 * 86_400_000));
      const later = await flagsOf('Jordan & Casey');
      expect(later).not.toContain('WANTS_TO_TALK:B');
      expect(later).toEqual(expect.arrayContaining(['NO_CHECKIN:A', 'NO_CHECKIN:B']));
    });

    it('gives flags to the coach only: partners are refused, other coaches cannot open the couple', async () => {
      const casey = await t.signIn('casey@riverside.example');
      const res = await gql(casey, '{ ourCouple { label flags { code } } }');
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(JSON.stringify(res)).not.toContain('WANTS_TO_TALK');
      const jordanCasey = await coupleId(t.db, 'Jordan & Casey');
      for (const email of [
        'daniel@riverside.example',
        'lee@northside.example',
        'admin@riverside.example',
      ]) {
        const other = await gql(
          await t.signIn(email),
          'query($id: ID!) { couple(id: $id) { flags { code } } }',
          {
            id: jordanCasey,
          },
        );
        expect({ email, code: errorCode(other) }).toEqual({ email, code: 'NOT_FOUND' });
      }
      const lee = await t.signIn('lee@northside.example');
      const his = await gql<{ myCouples: { label: string }[] }>(lee, FLAGS);
      expect(his.data?.myCouples.map((c) => c.label)).toEqual(['Robin & Taylor']);
    });

    it('loads every figure of the whole caseload in as many queries as for one couple', async () => {
      const maya = await t.signIn('maya@riverside.example');
      const fields = `id flags { code } csi4Due csi4EveryWeeks csi4History { partner }
        checkinSeries { from } checkinAdherence { partner } myCheckinToday { id }
        checkinFeed { id comments { id } }`;
      const spy = jest.spyOn(t.db, 'query');
      const one = await gql(maya, `query($id: ID!) { couple(id: $id) { ${fields} } }`, {
        id: alexSam,
      });
      const forOne = spy.mock.calls.length;
      spy.mockClear();
      const list = await gql<{ myCouples: unknown[] }>(maya, `{ myCouples { ${fields} } }`);
      const forList = spy.mock.calls.length;
      expect(one.errors).toBeUndefined();
      expect(list.errors).toBeUndefined();
      expect(list.data?.myCouples).toHaveLength(3);
      expect(forOne).toBeGreaterThan(10); // the spy does see the services' queries
      expect(forList).toBe(forOne);
    });
  });
});
