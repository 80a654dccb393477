import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  addDays,
  CHECKIN_ITEM_IDS,
  PARTNERS,
  resolveCheckinDate,
  validateCheckin,
  type FieldError,
  type Partner,
  type Visibility,
} from '@hearth/domain';
import { AccessService, isUuid } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import type { CommentModel } from '../comments/comment.model';
import { CommentsService } from '../comments/comments.service';
import { join, raw, run, sql } from '../database/sql';
import { transaction } from '../database/transaction';
import { adherence, adherenceFrom, buildSeries, MEAN_WINDOW_DAYS } from './checkin-figures';
import type {
  CheckinAdherenceModel,
  CheckinModel,
  CheckinRatingsModel,
  CheckinSeriesModel,
} from './checkin.model';
import { CoupleFramesService } from '../couple-frames/couple-frames.service';
import type { FileCheckinInput } from './dto/checkin.inputs';

interface CheckinRow {
  id: string;
  couple_id: string;
  author_id: string;
  partner: Partner;
  date: string;
  late: boolean;
  closeness: number;
  understood: number;
  sharing: number;
  affection: number;
  fun: number;
  conflict: number;
  stress: number;
  note: string | null;
  wants_to_talk: boolean;
  visibility: Visibility;
  created_at: Date;
  updated_at: Date;
}

const CHECKIN_COLUMNS = `e.id, e.couple_id, e.author_id, e.partner, e.checkin_date::text AS date,
  e.late, e.closeness, e.understood, e.sharing, e.affection, e.fun, e.conflict, e.stress,
  e.note, e.wants_to_talk, e.visibility, e.created_at, e.updated_at`;

/** Check-ins (alias e) joined to their couple (alias c), as the access module's entry scope needs. */
const FROM_CHECKINS = `checkins e JOIN couples c ON c.clinic_id = e.clinic_id AND c.id = e.couple_id`;

/** The same trusted constants as `sql` fragments. */
const CHECKIN_COLUMNS_SQL = raw(CHECKIN_COLUMNS);
const FROM_CHECKINS_SQL = raw(FROM_CHECKINS);

export const MAX_SERIES_DAYS = 366;

function ratingsOf(r: CheckinRatingsModel): CheckinRatingsModel {
  return {
    closeness: r.closeness,
    understood: r.understood,
    sharing: r.sharing,
    affection: r.affection,
    fun: r.fun,
    conflict: r.conflict,
    stress: r.stress,
  };
}

/**
 * Daily check-ins: filing, and every figure made of them. Privacy invariant: every read
 * below selects check-ins through `AccessService.entryScope`, so a partner's PRIVATE
 * check-in never reaches the other partner through any list, count, chart or mean, and
 * clinic admins (who are neither author, partner nor coach) get none at all.
 */
@Injectable()
export class CheckinsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly frames: CoupleFramesService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly commentsService: CommentsService,
  ) {}

  private toModel(actor: Actor, r: CheckinRow): CheckinModel {
    return {
      id: r.id,
      coupleId: r.couple_id,
      partner: r.partner,
      mine: r.author_id === actor.membershipIds.CLIENT,
      date: r.date,
      late: r.late,
      ratings: ratingsOf(r),
      note: r.note,
      wantsToTalk: r.wants_to_talk,
      visibility: r.visibility,
      filedAt: r.created_at,
      updatedAt: r.updated_at,
    };
  }

  /**
   * A partner files (or re-files) their check-in for today, or for yesterday until noon.
   * One statement, keyed by the unique (couple, author, day) index: a retry or a second
   * submit updates the same row. Nothing is written unless every field is valid.
   */
  async file(actor: Actor, input: FileCheckinInput): Promise<CheckinModel> {
    const frame = (await this.frames.load(actor, [input.coupleId], 'PARTNER')).get(input.coupleId);
    if (!frame?.viewerPartner) throw AppError.notFound('Couple');
    if (frame.status === 'CLOSED') throw AppError.conflict('This couple’s work has been closed.');

    const errors: FieldError[] = [];
    const ratings: Record<string, number> = {};
    for (const { item, value } of input.ratings) {
      if (item in ratings) errors.push({ field: `ratings.${item}`, message: 'Rate this once.' });
      else ratings[item] = value;
    }
    const note = input.note?.trim() ? input.note.trim() : null;
    errors.push(...validateCheckin(ratings, note));
    const day = resolveCheckinDate({
      requestedDate: input.date ?? null,
      now: this.clock.now(),
      timeZone: frame.timeZone,
    });
    if ('error' in day) errors.push(day.error);
    if (errors.length > 0 || 'error' in day) throw AppError.badInput(errors);

    const author = frame.partners[frame.viewerPartner].membershipId;
    const rows = await this.audit.write(
      actor,
      (em) =>
        run<CheckinRow & { created: boolean }>(
          em,
          sql`INSERT INTO checkins AS e (clinic_id, couple_id, author_id, partner, checkin_date, late,
          closeness, understood, sharing, affection, fun, conflict, stress,
          note, wants_to_talk, visibility)
        VALUES (${join([
          frame.clinicId,
          frame.id,
          author,
          frame.viewerPartner,
          day.date,
          day.late,
          ...CHECKIN_ITEM_IDS.map((id) => ratings[id]),
          note,
          input.wantsToTalk,
          input.visibility,
        ])})
        ON CONFLICT (clinic_id, couple_id, author_id, checkin_date) DO UPDATE SET
          -- Late only if it was first filed late: correcting an on-time check-in the next
          -- morning does not make it late.
          late = e.late AND EXCLUDED.late,
          closeness = EXCLUDED.closeness, understood = EXCLUDED.understood,
          sharing = EXCLUDED.sharing, affection = EXCLUDED.affection, fun = EXCLUDED.fun,
          conflict = EXCLUDED.conflict, stress = EXCLUDED.stress, note = EXCLUDED.note,
          wants_to_talk = EXCLUDED.wants_to_talk, visibility = EXCLUDED.visibility,
          updated_at = now()
        RETURNING ${CHECKIN_COLUMNS_SQL}, (xmax = 0) AS created`,
        ),
      ([row]) => ({
        action: row!.created ? 'CREATE' : 'UPDATE',
        targetType: 'checkin',
        targetId: row!.id,
        coupleId: frame.id,
        role: 'CLIENT',
      }),
    );
    return this.toModel(actor, rows[0]!);
  }

  /** Visible check-ins of the couples dated within [from, to] of each (one query). */
  private async visibleCheckins(
    actor: Actor,
    windows: { coupleId: string; from: string; to: string }[],
  ): Promise<CheckinRow[]> {
    if (windows.length === 0) return [];
    return run<CheckinRow>(
      this.db,
      sql`SELECT ${CHECKIN_COLUMNS_SQL}
        FROM ${FROM_CHECKINS_SQL}
        JOIN unnest(${windows.map((w) => w.coupleId)}::uuid[], ${windows.map((w) => w.from)}::date[],
          ${windows.map((w) => w.to)}::date[]) AS w(couple_id, from_date, to_date)
          ON w.couple_id = e.couple_id
        WHERE e.checkin_date BETWEEN w.from_date AND w.to_date AND ${this.access.entryScope(actor)}
        ORDER BY e.checkin_date DESC, e.partner`,
    );
  }

  /** The caller's own check-in for today, per couple; null for coaches and when not filed. */
  async myToday(actor: Actor, coupleIds: string[]): Promise<Map<string, CheckinModel | null>> {
    const frames = await this.frames.load(actor, coupleIds, 'READ');
    const own = [...frames.values()].filter((f) => f.viewerPartner);
    const rows = await this.visibleCheckins(
      actor,
      own.map((f) => ({ coupleId: f.id, from: f.today, to: f.today })),
    );
    const mine = rows.filter((r) => r.author_id === actor.membershipIds.CLIENT);
    return new Map(
      [...frames.keys()].map((id) => {
        const row = mine.find((r) => r.couple_id === id);
        return [id, row ? this.toModel(actor, row) : null];
      }),
    );
  }

  /** Visible check-ins of the last `days` local days, newest first, per couple. */
  async feed(
    actor: Actor,
    coupleIds: string[],
    days: number,
  ): Promise<Map<string, CheckinModel[]>> {
    assertDays(days);
    const frames = await this.frames.load(actor, coupleIds, 'READ');
    const rows = await this.visibleCheckins(
      actor,
      [...frames.values()].map((f) => ({
        coupleId: f.id,
        from: addDays(f.today, 1 - days),
        to: f.today,
      })),
    );
    return new Map(
      [...frames.keys()].map((id) => [
        id,
        rows.filter((r) => r.couple_id === id).map((r) => this.toModel(actor, r)),
      ]),
    );
  }

  /** Ratings per partner per day and 7-day mean closeness, from visible check-ins only. */
  async series(
    actor: Actor,
    coupleIds: string[],
    days: number,
  ): Promise<Map<string, CheckinSeriesModel>> {
    assertDays(days);
    const frames = await this.frames.load(actor, coupleIds, 'READ');
    const windows = [...frames.values()].map((f) => ({
      coupleId: f.id,
      from: addDays(f.today, 1 - days - (MEAN_WINDOW_DAYS - 1)),
      to: f.today,
    }));
    const rows = await this.visibleCheckins(actor, windows);
    return new Map(
      [...frames.values()].map((f) => [
        f.id,
        buildSeries(
          rows
            .filter((r) => r.couple_id === f.id)
            .map((r) => ({ partner: r.partner, date: r.date, ratings: ratingsOf(r) })),
          addDays(f.today, 1 - days),
          f.today,
        ),
      ]),
    );
  }

  /** Days with a (visible) check-in over days enrolled, per partner, in the last `days` days. */
  async adherence(
    actor: Actor,
    coupleIds: string[],
    days: number,
  ): Promise<Map<string, CheckinAdherenceModel[]>> {
    assertDays(days);
    const frames = [...(await this.frames.load(actor, coupleIds, 'READ')).values()];
    const windows = frames.flatMap((f) =>
      PARTNERS.map((partner) => ({
        frame: f,
        partner,
        from: adherenceFrom(f.today, days, f.partners[partner].enrolledOn),
      })),
    );
    // One GROUP BY over all couples and partners, made of visible check-ins only.
    const counts =
      windows.length === 0
        ? []
        : await run<{ couple_id: string; partner: Partner; n: number; today: boolean }>(
            this.db,
            sql`SELECT e.couple_id, e.partner, count(*)::int AS n,
                bool_or(e.checkin_date = w.today) AS today
              FROM ${FROM_CHECKINS_SQL}
              JOIN unnest(${windows.map((w) => w.frame.id)}::uuid[], ${windows.map((w) => w.partner)}::text[],
                ${windows.map((w) => w.from)}::date[], ${windows.map((w) => w.frame.today)}::date[])
                AS w(couple_id, partner, from_date, today)
                ON w.couple_id = e.couple_id AND w.partner = e.partner::text
              WHERE e.checkin_date BETWEEN w.from_date AND w.today AND ${this.access.entryScope(actor)}
              GROUP BY e.couple_id, e.partner`,
          );
    return new Map(
      frames.map((f) => [
        f.id,
        PARTNERS.map((partner) => {
          const row = counts.find((c) => c.couple_id === f.id && c.partner === partner);
          return adherence({
            partner,
            today: f.today,
            days,
            enrolledOn: f.partners[partner].enrolledOn,
            daysWithCheckin: row?.n ?? 0,
            filedToday: row?.today ?? false,
          });
        }),
      ]),
    );
  }

  /** Coach comments on the given check-ins, for callers who may see each check-in. */
  async comments(actor: Actor, checkinIds: string[]): Promise<Map<string, CommentModel[]>> {
    const ids = [...new Set(checkinIds)].filter(isUuid);
    const found = await this.commentsService.on(actor, 'checkin', ids);
    return new Map(ids.map((id) => [id, found.get(id) ?? []]));
  }

  /**
   * The couple's coach replies on a check-in; the reply is seen by whoever sees the check-in.
   * The couple is locked for share (a reassignment waits, or is seen before writing) and the
   * comment is read back in the same transaction.
   */
  async comment(actor: Actor, checkinId: string, body: string): Promise<CommentModel> {
    const coach = actor.membershipIds.COACH;
    if (!coach || !isUuid(checkinId)) throw AppError.notFound('Check-in');
    return transaction(this.db, async (em) => {
      const found = await run<{ id: string; couple_id: string }>(
        em,
        sql`SELECT e.id, e.couple_id FROM ${FROM_CHECKINS_SQL}
          WHERE e.id = ${checkinId} AND ${this.access.coupleScope(actor, 'MANAGE')}
            AND ${this.access.entryScope(actor)}
          FOR SHARE OF c`,
      );
      const checkin = found[0];
      if (!checkin) throw AppError.notFound('Check-in');
      const target = { kind: 'checkin' as const, id: checkin.id, coupleId: checkin.couple_id };
      const id = await this.commentsService.add(em, actor, target, body);
      await this.audit.record(em, actor, {
        action: 'CREATE',
        targetType: 'comment',
        targetId: id,
        coupleId: checkin.couple_id,
        role: 'COACH',
        detail: { checkinId: checkin.id },
      });
      return this.commentsService.written(em, actor, target, id);
    });
  }
}

function assertDays(days: number): void {
  if (!Number.isInteger(days) || days < 1 || days > MAX_SERIES_DAYS) {
    throw AppError.field('days', `Choose from 1 to ${MAX_SERIES_DAYS} days.`);
  }
}
