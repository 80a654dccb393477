import { addDays, startOfLocalDay, todayIn } from '@hearth/domain';
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

const TZ = 'America/New_York';
const today = () => todayIn(TZ, new Date());
/** An instant by the couple's wall clock: `date` at hh:mm local time. */
const localTime = (date: string, hh: number, mm = 0) =>
  new Date(startOfLocalDay(date, TZ).getTime() + (hh * 60 + mm) * 60_000);

const FILE = `mutation($input: FileCheckinInput!) {
  fileCheckin(input: $input) {
    id date late mine partner note visibility wantsToTalk
    ratings { closeness understood sharing affection fun conflict stress }
  }
}`;
const FEED = `query($id: ID!) { couple(id: $id) {
  checkinFeed(days: 56) { id partner mine date late note visibility wantsToTalk ratings { closeness }
    comments { id body author { displayName } } }
} }`;
const SERIES = `query($id: ID!) { couple(id: $id) { checkinSeries(days: 56) {
  from to partners { partner days { date ratings { closeness } closenessMean7 closenessMean7Count } }
} } }`;
const ADHERENCE = `query($id: ID!) { couple(id: $id) {
  checkinAdherence { partner from to daysWithCheckin daysEnrolled rate }
} }`;
const TODAY = `query($id: ID!) { couple(id: $id) { myCheckinToday { id date note visibility } } }`;
const COMMENT = `mutation($c: ID!, $b: String!) {
  commentOnCheckin(checkinId: $c, body: $b) { id body author { displayName } }
}`;

type Item = 'closeness' | 'understood' | 'sharing' | 'affection' | 'fun' | 'conflict' | 'stress';
const ALL_FOURS: Record<Item, number> = {
  closeness: 4,
  understood: 4,
  sharing: 4,
  affection: 4,
  fun: 4,
  conflict: 4,
  stress: 4,
};
const ratings = (values: Record<string, number>) =>
  Object.entries(values).map(([item, value]) => ({ item, value }));

interface FeedEntry {
  id: string;
  partner: 'A' | 'B';
  mine: boolean;
  date: string;
  note: string | null;
  visibility: string;
  comments: { id: string; body: string; author: { displayName: string } }[];
}
interface SeriesDay {
  date: string;
  ratings: { closeness: number } | null;
  closenessMean7: number | null;
  closenessMean7Count: number;
}
interface Series {
  from: string;
  to: string;
  partners: { partner: 'A' | 'B'; days: SeriesDay[] }[];
}
interface Adherence {
  partner: 'A' | 'B';
  from: string;
  to: string;
  daysWithCheckin: number;
  daysEnrolled: number;
  rate: number | null;
}
interface Row {
  id: string;
  partner: 'A' | 'B';
  date: string;
  closeness: number;
  visibility: string;
  note: string | null;
}

describe('daily check-ins over HTTP', () => {
  let t: TestApp;
  let alexSam: string;
  let noorEli: string;
  let jordanCasey: string;
  beforeAll(async () => {
    t = await startTestApp();
    alexSam = await coupleId(t.db, 'Alex & Sam');
    noorEli = await coupleId(t.db, 'Noor & Eli');
    jordanCasey = await coupleId(t.db, 'Jordan & Casey');
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  const pinClock = (at: Date) => jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(at);

  async function rowsOf(couple: string, where = 'TRUE', params: unknown[] = []): Promise<Row[]> {
    return t.db.query(
      `SELECT id, partner, checkin_date::text AS date, closeness, visibility::text, note
        FROM checkins WHERE couple_id = $1 AND ${where} ORDER BY checkin_date DESC, partner`,
      [couple, ...params],
    );
  }

  async function file(agent: TestAgent, input: Record<string, unknown>) {
    return gql<{ fileCheckin: FeedEntry & { late: boolean; wantsToTalk: boolean } }>(agent, FILE, {
      input,
    });
  }

  describe('filing', () => {
    it('files today once per partner: filing again (or retrying) updates the same row', async () => {
      const eli = await t.signIn('eli@riverside.example');
      const first = await file(eli, {
        coupleId: noorEli,
        ratings: ratings(ALL_FOURS),
        note: '  Quiet evening.  ',
      });
      expect(first.errors).toBeUndefined();
      expect(first.data?.fileCheckin).toMatchObject({
        date: today(),
        late: false,
        mine: true,
        partner: 'B',
        note: 'Quiet evening.',
        visibility: 'PRIVATE',
        wantsToTalk: false,
        ratings: ALL_FOURS,
      });
      // A double submit from a flaky connection: both land on the one row.
      const again = { ...ALL_FOURS, closeness: 6, stress: 2 };
      const [a, b] = await Promise.all([
        file(eli, {
          coupleId: noorEli,
          ratings: ratings(again),
          visibility: 'SHARED',
          wantsToTalk: true,
        }),
        file(eli, {
          coupleId: noorEli,
          ratings: ratings(again),
          visibility: 'SHARED',
          wantsToTalk: true,
        }),
      ]);
      expect(a.data?.fileCheckin.id).toBe(first.data?.fileCheckin.id);
      expect(b.data?.fileCheckin).toMatchObject({
        id: first.data?.fileCheckin.id,
        note: null,
        visibility: 'SHARED',
        wantsToTalk: true,
        ratings: again,
      });
      const rows = await rowsOf(noorEli, 'checkin_date = $2', [today()]);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ closeness: 6, visibility: 'SHARED', partner: 'B' });
      const mine = await gql<{ couple: { myCheckinToday: { id: string } | null } }>(eli, TODAY, {
        id: noorEli,
      });
      expect(mine.data?.couple.myCheckinToday?.id).toBe(first.data?.fileCheckin.id);
      // Noor has not filed today: her own today is still empty.
      const noor = await t.signIn('noor@riverside.example');
      const hers = await gql<{ couple: { myCheckinToday: null } }>(noor, TODAY, { id: noorEli });
      expect(hers.data?.couple.myCheckinToday).toBeNull();
    });

    it("accepts yesterday's check-in until noon (marked late), and refuses it at noon", async () => {
      const noor = await t.signIn('noor@riverside.example');
      pinClock(localTime('2026-02-11', 11, 59));
      const late = await file(noor, {
        coupleId: noorEli,
        date: '2026-02-10',
        ratings: ratings(ALL_FOURS),
      });
      expect(late.errors).toBeUndefined();
      expect(late.data?.fileCheckin).toMatchObject({ date: '2026-02-10', late: true });

      pinClock(localTime('2026-02-12', 12, 0));
      const tooLate = await file(noor, {
        coupleId: noorEli,
        date: '2026-02-11',
        ratings: ratings(ALL_FOURS),
      });
      expect(errorCode(tooLate)).toBe('BAD_USER_INPUT');
      expect(fieldErrors(tooLate)).toEqual({
        date: 'Yesterday’s check-in could be filed until 12:00 today.',
      });

      pinClock(localTime('2026-02-12', 8, 0));
      const twoDaysAgo = await file(noor, {
        coupleId: noorEli,
        date: '2026-02-10',
        ratings: ratings(ALL_FOURS),
      });
      expect(Object.keys(fieldErrors(twoDaysAgo))).toEqual(['date']);
      const tomorrow = await file(noor, {
        coupleId: noorEli,
        date: '2026-02-13',
        ratings: ratings(ALL_FOURS),
      });
      expect(Object.keys(fieldErrors(tomorrow))).toEqual(['date']);
      // Refused filings wrote nothing; the late one is the only row of those days.
      const rows = await rowsOf(noorEli, `checkin_date BETWEEN '2026-02-09' AND '2026-02-13'`);
      expect(rows.map((r) => r.date)).toEqual(['2026-02-10']);
    });

    it('keeps an on-time check-in on time when it is corrected the next morning', async () => {
      const noor = await t.signIn('noor@riverside.example');
      pinClock(localTime('2026-02-20', 21, 30));
      const onTime = await file(noor, { coupleId: noorEli, ratings: ratings(ALL_FOURS) });
      expect(onTime.data?.fileCheckin).toMatchObject({ date: '2026-02-20', late: false });
      pinClock(localTime('2026-02-21', 9, 0));
      const corrected = await file(noor, {
        coupleId: noorEli,
        date: '2026-02-20',
        ratings: ratings({ ...ALL_FOURS, closeness: 2 }),
      });
      expect(corrected.data?.fileCheckin).toMatchObject({
        id: onTime.data?.fileCheckin.id,
        late: false,
        ratings: { closeness: 2 },
      });
    });

    it('answers out-of-range, missing, unknown and repeated items with field errors, writing nothing', async () => {
      const noor = await t.signIn('noor@riverside.example');
      const before = await rowsOf(noorEli);
      const { stress: _stress, ...noStress } = ALL_FOURS;
      const res = await file(noor, {
        coupleId: noorEli,
        ratings: [
          ...ratings({ ...noStress, closeness: 0, fun: 8, mood: 5 }),
          { item: 'sharing', value: 3 },
        ],
        note: 'x'.repeat(2001),
      });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(fieldErrors(res)).toEqual({
        'ratings.sharing': 'Rate this once.',
        'ratings.mood': 'This is not a check-in question.',
        'ratings.closeness': 'Use a whole number from 1 to 7.',
        'ratings.fun': 'Use a whole number from 1 to 7.',
        'ratings.stress': 'Rate "Stress".',
        note: 'Keep the note to 2000 characters or fewer.',
      });
      expect(res.data).toBeNull();
      // 2000 emoji are 2000 characters: accepted (and then removed again below).
      const emoji = await file(noor, {
        coupleId: noorEli,
        ratings: ratings(ALL_FOURS),
        note: '💬'.repeat(2000),
      });
      expect(emoji.errors).toBeUndefined();
      await t.db.query('DELETE FROM checkins WHERE id = $1', [emoji.data?.fileCheckin.id]);
      expect(await rowsOf(noorEli)).toEqual(before);
    });

    it('lets only a partner file, for themselves: coaches, admins and other couples get NOT_FOUND', async () => {
      const input = { coupleId: alexSam, ratings: ratings(ALL_FOURS) };
      for (const email of [
        'maya@riverside.example',
        'daniel@riverside.example',
        'admin@riverside.example',
        'lee@northside.example',
        'jordan@riverside.example',
      ]) {
        const res = await file(await t.signIn(email), input);
        expect({ email, code: errorCode(res) }).toEqual({ email, code: 'NOT_FOUND' });
      }
      const madeUp = await file(await t.signIn('alex@riverside.example'), {
        ...input,
        coupleId: 'not-a-uuid',
      });
      expect(errorCode(madeUp)).toBe('NOT_FOUND');
      expect(await rowsOf(alexSam, 'checkin_date = $2', [today()])).toEqual([]);
    });
  });

  describe('privacy between partners', () => {
    let alex: TestAgent;
    let sam: TestAgent;
    let maya: TestAgent;
    let privateId: string;
    const MARKER = 'A private worry about money I am not ready to share';
    beforeAll(async () => {
      alex = await t.signIn('alex@riverside.example');
      sam = await t.signIn('sam@riverside.example');
      maya = await t.signIn('maya@riverside.example');
      const res = await file(alex, {
        coupleId: alexSam,
        ratings: ratings({ ...ALL_FOURS, closeness: 1 }),
        note: MARKER,
        wantsToTalk: true,
      });
      privateId = res.data!.fileCheckin.id;
    });

    async function everything(agent: TestAgent): Promise<string> {
      const res = await gql(
        agent,
        `query($id: ID!) { couple(id: $id) {
          checkinFeed(days: 366) { id note wantsToTalk ratings { closeness } comments { body } }
          checkinSeries(days: 366) { partners { days { ratings { closeness } closenessMean7 } } }
          checkinAdherence(days: 366) { daysWithCheckin }
          myCheckinToday { id note }
        } }`,
        { id: alexSam },
      );
      expect(res.errors).toBeUndefined();
      return JSON.stringify(res.data);
    }

    it("never shows Sam Alex's PRIVATE check-in, through any field", async () => {
      const seen = await everything(sam);
      expect(seen).not.toContain(privateId);
      expect(seen).not.toContain(MARKER);
      expect(await everything(alex)).toContain(MARKER);
      expect(await everything(maya)).toContain(MARKER);
    });

    it('lists in the feed: own + partner SHARED for a partner, everything for the coach', async () => {
      const window = `checkin_date >= $2::date - 55`;
      const all = await rowsOf(alexSam, window, [today()]);
      const samRows = all.filter((r) => r.partner === 'B' || r.visibility === 'SHARED');
      const alexRows = all.filter((r) => r.partner === 'A' || r.visibility === 'SHARED');
      expect(samRows.length).toBeLessThan(all.length); // the demo has private entries
      const feedOf = async (agent: TestAgent) =>
        (await gql<{ couple: { checkinFeed: FeedEntry[] } }>(agent, FEED, { id: alexSam })).data!
          .couple.checkinFeed;
      const ids = (entries: { id: string }[]) => entries.map((e) => e.id).sort();
      expect(ids(await feedOf(sam))).toEqual(ids(samRows));
      expect(ids(await feedOf(alex))).toEqual(ids(alexRows));
      expect(ids(await feedOf(maya))).toEqual(ids(all));
      const samFeed = await feedOf(sam);
      expect(samFeed.filter((e) => e.partner === 'A').every((e) => e.visibility === 'SHARED')).toBe(
        true,
      );
      expect(samFeed.every((e) => e.mine === (e.partner === 'B'))).toBe(true);
      expect((await feedOf(maya)).some((e) => e.mine)).toBe(false);
    });

    it('charts and means for a partner are made of SHARED entries of the other partner only', async () => {
      const all = await rowsOf(alexSam);
      const seriesOf = async (agent: TestAgent) =>
        (await gql<{ couple: { checkinSeries: Series } }>(agent, SERIES, { id: alexSam })).data!
          .couple.checkinSeries;
      for (const [agent, visible] of [
        [sam, (r: Row) => r.partner === 'B' || r.visibility === 'SHARED'],
        [maya, () => true],
      ] as const) {
        const series = await seriesOf(agent);
        expect(series.to).toBe(today());
        expect(series.from).toBe(addDays(today(), -55));
        for (const { partner, days } of series.partners) {
          expect(days).toHaveLength(56);
          const mine = all.filter((r) => r.partner === partner && visible(r));
          for (const day of days) {
            const row = mine.find((r) => r.date === day.date);
            expect(day.ratings?.closeness ?? null).toBe(row?.closeness ?? null);
            const window = mine.filter((r) => r.date <= day.date && r.date > addDays(day.date, -7));
            expect(day.closenessMean7Count).toBe(window.length);
            const mean = window.length
              ? window.reduce((s, r) => s + r.closeness, 0) / window.length
              : null;
            if (mean === null) expect(day.closenessMean7).toBeNull();
            else expect(day.closenessMean7).toBeCloseTo(mean, 10);
          }
        }
      }
      // Today, Sam's chart has a gap where Alex filed privately; Maya's does not.
      const lastA = (s: Series) => s.partners.find((p) => p.partner === 'A')!.days.at(-1)!;
      expect(lastA(await seriesOf(sam)).ratings).toBeNull();
      expect(lastA(await seriesOf(maya)).ratings).toEqual({ closeness: 1 });
    });

    it("counts a partner's adherence from what the viewer may see", async () => {
      const from = addDays(today(), -27);
      const all = await rowsOf(alexSam, 'checkin_date >= $2', [from]);
      const adherenceOf = async (agent: TestAgent) =>
        (
          await gql<{ couple: { checkinAdherence: Adherence[] } }>(agent, ADHERENCE, {
            id: alexSam,
          })
        ).data!.couple.checkinAdherence;
      const count = (partner: string, f: (r: Row) => boolean) =>
        all.filter((r) => r.partner === partner && f(r)).length;
      const forMaya = await adherenceOf(maya);
      // Alex filed today (counted), Sam has not (today not counted yet).
      expect(forMaya).toEqual([
        {
          partner: 'A',
          from,
          to: today(),
          daysWithCheckin: count('A', () => true),
          daysEnrolled: 28,
          rate: count('A', () => true) / 28,
        },
        {
          partner: 'B',
          from,
          to: today(),
          daysWithCheckin: count('B', () => true),
          daysEnrolled: 27,
          rate: count('B', () => true) / 27,
        },
      ]);
      const forSam = await adherenceOf(sam);
      const shared = count('A', (r) => r.visibility === 'SHARED');
      expect(shared).toBeLessThan(count('A', () => true));
      // Alex's private check-in today is neither counted nor makes today count for Sam.
      expect(forSam[0]).toMatchObject({ daysWithCheckin: shared, daysEnrolled: 27 });
      expect(forSam[1]).toEqual(forMaya[1]);
    });

    it('shows the check-in to Sam once Alex re-files it as SHARED', async () => {
      const res = await file(alex, {
        coupleId: alexSam,
        ratings: ratings({ ...ALL_FOURS, closeness: 1 }),
        note: MARKER,
        visibility: 'SHARED',
      });
      expect(res.data?.fileCheckin.id).toBe(privateId);
      const seen = await everything(sam);
      expect(seen).toContain(privateId);
      expect(seen).toContain(MARKER);
      // Back to private for the remaining tests: gone again for Sam.
      await file(alex, {
        coupleId: alexSam,
        ratings: ratings({ ...ALL_FOURS, closeness: 1 }),
        note: MARKER,
        wantsToTalk: true,
      });
      expect(await everything(sam)).not.toContain(MARKER);
    });
  });

  describe('coach comments', () => {
    it("lets Maya reply on Alex's check-in; the reply is seen with the check-in", async () => {
      const [privateRow] = await rowsOf(
        alexSam,
        `partner = 'A' AND visibility = 'PRIVATE' AND checkin_date < $2`,
        [today()],
      );
      const [sharedRow] = await rowsOf(
        alexSam,
        `partner = 'A' AND visibility = 'SHARED' AND checkin_date < $2`,
        [today()],
      );
      const maya = await t.signIn('maya@riverside.example');
      const onPrivate = await gql<{ commentOnCheckin: { id: string; body: string } }>(
        maya,
        COMMENT,
        {
          c: privateRow!.id,
          b: '  Thank you for writing this down. Let us start there on Tuesday. ',
        },
      );
      expect(onPrivate.data?.commentOnCheckin).toMatchObject({
        body: 'Thank you for writing this down. Let us start there on Tuesday.',
        author: { displayName: 'Maya Okafor' },
      });
      const onShared = await gql(maya, COMMENT, { c: sharedRow!.id, b: 'Lovely to read.' });
      expect(onShared.errors).toBeUndefined();

      const feedOf = async (who: string) =>
        (
          await gql<{ couple: { checkinFeed: FeedEntry[] } }>(await t.signIn(who), FEED, {
            id: alexSam,
          })
        ).data!.couple.checkinFeed;
      const alexFeed = await feedOf('alex@riverside.example');
      expect(alexFeed.find((e) => e.id === privateRow!.id)?.comments).toEqual([
        {
          id: onPrivate.data!.commentOnCheckin.id,
          body: 'Thank you for writing this down. Let us start there on Tuesday.',
          author: { displayName: 'Maya Okafor' },
        },
      ]);
      const samFeed = await feedOf('sam@riverside.example');
      expect(JSON.stringify(samFeed)).not.toContain('Let us start there on Tuesday');
      expect(samFeed.find((e) => e.id === sharedRow!.id)?.comments.map((c) => c.body)).toEqual([
        'Lovely to read.',
      ]);
    });

    it('refuses empty comments, and comments from anyone but the couple’s coach', async () => {
      const [row] = await rowsOf(alexSam, `partner = 'A'`);
      const maya = await t.signIn('maya@riverside.example');
      const empty = await gql(maya, COMMENT, { c: row!.id, b: '   ' });
      expect(fieldErrors(empty)).toEqual({ body: 'Write a comment.' });
      for (const email of [
        'daniel@riverside.example',
        'lee@northside.example',
        'admin@riverside.example',
        'alex@riverside.example',
        'sam@riverside.example',
      ]) {
        const res = await gql(await t.signIn(email), COMMENT, { c: row!.id, b: 'Hello' });
        expect({ email, code: errorCode(res) }).toEqual({ email, code: 'NOT_FOUND' });
      }
      const written: { n: number }[] = await t.db.query(
        `SELECT count(*)::int AS n FROM comments WHERE checkin_id = $1 AND body IN ('Hello', '')`,
        [row!.id],
      );
      expect(written[0]!.n).toBe(0);
    });

    it('keeps every comment on exactly one entry (database check)', async () => {
      const ids: { clinic_id: string; coach_id: string }[] = await t.db.query(
        'SELECT clinic_id, coach_id FROM couples WHERE id = $1',
        [alexSam],
      );
      await expect(
        t.db.query(
          `INSERT INTO comments (clinic_id, couple_id, author_id, body) VALUES ($1, $2, $3, 'x')`,
          [ids[0]!.clinic_id, alexSam, ids[0]!.coach_id],
        ),
      ).rejects.toThrow(/ck_comments_one_entry/);
    });
  });

  describe('other coaches, clinics and the admin', () => {
    const FIELDS = `query($id: ID!) { couple(id: $id) { checkinFeed { id } } }`;
    it("keeps Lee (Northside), Daniel and the Riverside admin out of Maya's couples' check-ins", async () => {
      for (const email of [
        'lee@northside.example',
        'daniel@riverside.example',
        'admin@riverside.example',
        'admin@northside.example',
        'alex@riverside.example',
      ]) {
        const agent = await t.signIn(email);
        const res = await gql(agent, FIELDS, { id: jordanCasey });
        expect({ email, code: errorCode(res), data: res.data }).toEqual({
          email,
          code: 'NOT_FOUND',
          data: null,
        });
      }
      // The roster type has no check-in fields at all.
      const admin = await t.signIn('admin@riverside.example');
      expect(errorCode(await gql(admin, '{ clinicRoster { checkinFeed { id } } }'))).toBe(
        'GRAPHQL_VALIDATION_FAILED',
      );
    });

    it("gives Lee only his own couple's check-ins through his caseload", async () => {
      const lee = await t.signIn('lee@northside.example');
      const res = await gql<{
        myCouples: { label: string; checkinFeed: { id: string }[] }[];
      }>(lee, '{ myCouples { label checkinFeed(days: 366) { id } } }');
      expect(res.data?.myCouples.map((c) => c.label)).toEqual(['Robin & Taylor']);
      const robin = await coupleId(t.db, 'Robin & Taylor');
      const rows = await rowsOf(robin, 'checkin_date > $2::date - 366', [today()]);
      expect(res.data?.myCouples[0]?.checkinFeed.map((e) => e.id).sort()).toEqual(
        rows.map((r) => r.id).sort(),
      );
    });

    it('refuses silly windows with a field error', async () => {
      const maya = await t.signIn('maya@riverside.example');
      const res = await gql(
        maya,
        `query($id: ID!) { couple(id: $id) { checkinFeed(days: 0) { id } } }`,
        {
          id: alexSam,
        },
      );
      expect(fieldErrors(res)).toEqual({ days: 'Choose from 1 to 366 days.' });
    });
  });
});
