import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  addDays,
  computeFlags,
  FLAG_WINDOW_DAYS,
  PARTNERS,
  type FlagCheckin,
  type FlagCode,
  type FlagCsi4Result,
  type FlagPartnerData,
  type Partner,
} from '@hearth/domain';
import { AccessService } from '../access/access.service';
import type { Actor } from '../common/actor';
import { Clock } from '../common/clock';
import { run, sql } from '../database/sql';
import { instant, overdueTask } from '../homework/task-rules';
import { CoupleFramesService, type CoupleFrame } from '../couple-frames/couple-frames.service';
import type { FlagModel } from './flag.model';

/** Flags about keeping up, which say nothing while a couple's work is paused or closed. */
const ENGAGEMENT_FLAGS: readonly FlagCode[] = ['NO_CHECKIN', 'HOMEWORK_OVERDUE'];

type Keyed<T> = T & { couple_id: string; partner: Partner };

/**
 * Coach flags for many couples at once: a fixed handful of set queries whatever the number
 * of couples (the caseload list asks for every couple's flags), then libs/domain
 * computeFlags per couple, which is the one place the rules live.
 *
 * Flags are for the couple's coach only (MANAGE scope): they are derived from both
 * partners' PRIVATE entries, so no partner may see them.
 */
@Injectable()
export class FlagsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly frames: CoupleFramesService,
    private readonly clock: Clock,
  ) {}

  async forCouples(actor: Actor, coupleIds: string[]): Promise<Map<string, FlagModel[]>> {
    const frames = [...(await this.frames.load(actor, coupleIds, 'MANAGE')).values()];
    if (frames.length === 0) return new Map();
    const ids = frames.map((f) => f.id);
    const todays = frames.map((f) => f.today);
    // Two 7-day windows: the last seven local days and the seven before.
    const froms = frames.map((f) => addDays(f.today, 1 - 2 * FLAG_WINDOW_DAYS));
    const entries = this.access.entryScope(actor);
    const windows = sql`unnest(${ids}::uuid[], ${froms}::date[], ${todays}::date[])
          AS w(couple_id, from_date, today)`;
    const now = instant(this.clock.now());

    const [recent, last, csi4, overdue] = await Promise.all([
      run<Keyed<{ date: string; closeness: number; wants_to_talk: boolean }>>(
        this.db,
        sql`SELECT e.couple_id, e.partner, e.checkin_date::text AS date, e.closeness,
            e.wants_to_talk
          FROM checkins e JOIN couples c ON c.clinic_id = e.clinic_id AND c.id = e.couple_id
          JOIN ${windows} ON w.couple_id = e.couple_id
          WHERE e.checkin_date BETWEEN w.from_date AND w.today AND ${entries}`,
      ),
      run<Keyed<{ date: string }>>(
        this.db,
        sql`SELECT e.couple_id, e.partner, max(e.checkin_date)::text AS date
          FROM checkins e JOIN couples c ON c.clinic_id = e.clinic_id AND c.id = e.couple_id
          JOIN ${windows} ON w.couple_id = e.couple_id
          WHERE e.checkin_date <= w.today AND ${entries}
          GROUP BY e.couple_id, e.partner`,
      ),
      run<Keyed<{ date: string; total: number }>>(
        this.db,
        sql`SELECT e.couple_id, e.partner, e.filed_on::text AS date, e.total
          FROM measure_results e JOIN couples c ON c.clinic_id = e.clinic_id AND c.id = e.couple_id
          WHERE e.couple_id = ANY(${ids}::uuid[]) AND e.instrument = 'CSI4' AND ${entries}`,
      ),
      // Overdue: not completed, past its due instant, of an assignment that is running;
      // the same rule (task-rules) as the caseload's count.
      run<{ couple_id: string; n: number }>(
        this.db,
        sql`SELECT t.couple_id, count(*)::int AS n
          FROM tasks t
          JOIN assignments a ON a.clinic_id = t.clinic_id AND a.id = t.assignment_id
          JOIN couples c ON c.clinic_id = t.clinic_id AND c.id = t.couple_id
          WHERE t.couple_id = ANY(${ids}::uuid[]) AND ${this.access.coupleScope(actor, 'MANAGE')}
            AND a.status = 'ACTIVE' AND ${overdueTask(now)}
            AND NOT EXISTS (SELECT 1 FROM completions k
                             WHERE k.clinic_id = t.clinic_id AND k.task_id = t.id)
          GROUP BY t.couple_id`,
      ),
    ]);

    return new Map(
      frames.map((frame) => {
        const partner = (p: Partner): FlagPartnerData => {
          const checkins: FlagCheckin[] = recent
            .filter((r) => r.couple_id === frame.id && r.partner === p)
            .map((r) => ({
              date: r.date,
              ratings: { closeness: r.closeness },
              wantsToTalk: r.wants_to_talk,
            }));
          // The last check-in ever tells how long a partner has been silent; when it is older
          // than the windows it is added without ratings, so it counts for nothing else.
          const lastDate = last.find((r) => r.couple_id === frame.id && r.partner === p)?.date;
          if (lastDate && !checkins.some((c) => c.date === lastDate)) {
            checkins.unshift({ date: lastDate, ratings: {}, wantsToTalk: false });
          }
          const results: FlagCsi4Result[] = csi4
            .filter((r) => r.couple_id === frame.id && r.partner === p)
            .map((r) => ({ date: r.date, total: r.total }));
          return {
            name: frame.partners[p].name,
            // A partner who has not joined cannot be silent: count from today.
            enrolledOn: frame.partners[p].enrolledOn ?? frame.today,
            checkins,
            csi4: results,
          };
        };
        const flags = computeFlags({
          today: frame.today,
          partners: { A: partner('A'), B: partner('B') },
          overdueTaskCount: overdue.find((o) => o.couple_id === frame.id)?.n ?? 0,
        });
        return [frame.id, this.applicable(frame, flags)];
      }),
    );
  }

  private applicable(frame: CoupleFrame, flags: ReturnType<typeof computeFlags>): FlagModel[] {
    return flags
      .filter((f) => frame.status === 'ACTIVE' || !ENGAGEMENT_FLAGS.includes(f.code))
      .map((f) => ({
        code: f.code,
        severity: f.severity,
        partner: f.partner && PARTNERS.includes(f.partner) ? f.partner : null,
        explanation: f.explanation,
      }));
  }
}
