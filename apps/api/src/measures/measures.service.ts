import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isCsi4Due, PARTNERS, scoreCsi4, type FieldError, type Partner } from '@hearth/domain';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { AppError } from '../common/app-error';
import { CoupleFramesService, type CoupleFrame } from '../couple-frames/couple-frames.service';
import { raw, run, sql } from '../database/sql';
import { csi4History, type Csi4Filed } from './csi4-history';
import type { Csi4AnswersModel, Csi4PartnerHistoryModel, Csi4ResultModel } from './csi4.model';
import type { FileCsi4Input } from './dto/csi4.inputs';

interface ResultRow {
  id: string;
  couple_id: string;
  partner: Partner;
  date: string;
  answers: Csi4AnswersModel;
  total: number;
}

const RESULT_COLUMNS = `e.id, e.couple_id, e.partner, e.filed_on::text AS date, e.answers, e.total`;

const toFiled = (r: ResultRow): Csi4Filed => ({
  id: r.id,
  partner: r.partner,
  date: r.date,
  total: r.total,
  answers: {
    happiness: r.answers.happiness,
    warm: r.answers.warm,
    rewarding: r.answers.rewarding,
    satisfied: r.answers.satisfied,
  },
});

/**
 * The CSI-4: filing (scored here with libs/domain, never trusted from the client), history,
 * reliable change and when it is due. Privacy invariant: results are read only through
 * `AccessService.entryScope`, and measures are always PRIVATE (a database check), so the
 * answers and scores reach their author and the couple's coach only.
 */
@Injectable()
export class MeasuresService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly frames: CoupleFramesService,
    private readonly audit: AuditService,
  ) {}

  async fileCsi4(actor: Actor, input: FileCsi4Input): Promise<Csi4ResultModel> {
    const frame = (await this.frames.load(actor, [input.coupleId], 'PARTNER')).get(input.coupleId);
    if (!frame?.viewerPartner) throw AppError.notFound('Couple');
    const partner = frame.viewerPartner;
    if (frame.status === 'CLOSED') throw AppError.conflict('This couple’s work has been closed.');
    const errors: FieldError[] = [];
    const answers: Record<string, number> = {};
    for (const { item, value } of input.answers) {
      if (item in answers) errors.push({ field: `answers.${item}`, message: 'Answer this once.' });
      else answers[item] = value;
    }
    const scored = scoreCsi4(answers);
    if ('errors' in scored) errors.push(...scored.errors);
    if (errors.length > 0 || 'errors' in scored) throw AppError.badInput(errors);

    // One per partner per local day: a retry or a second submit that day updates it.
    const rows = await this.audit.write(
      actor,
      (em) =>
        run<{ id: string; created: boolean }>(
          em,
          sql`INSERT INTO measure_results AS e (clinic_id, couple_id, author_id, partner, instrument,
          filed_on, answers, total)
        VALUES (${frame.clinicId}, ${frame.id}, ${frame.partners[partner].membershipId}, ${partner},
          'CSI4', ${frame.today}, ${JSON.stringify(answers)}::jsonb, ${scored.total})
        ON CONFLICT (clinic_id, couple_id, author_id, instrument, filed_on) DO UPDATE SET
          answers = EXCLUDED.answers, total = EXCLUDED.total, updated_at = now()
        RETURNING e.id, (xmax = 0) AS created`,
        ),
      // Never the answers or the score: which measure, and that it was filed.
      ([row]) => ({
        action: row!.created ? 'CREATE' : 'UPDATE',
        targetType: 'measure',
        targetId: row!.id,
        coupleId: frame.id,
        role: 'CLIENT',
        detail: { instrument: 'CSI4' },
      }),
    );
    const history = (await this.histories(actor, new Map([[frame.id, frame]]))).get(frame.id);
    const result = history?.flatMap((h) => h.results).find((r) => r.id === rows[0]!.id);
    if (!result) throw new Error('A CSI-4 just filed could not be read back.');
    return result;
  }

  /**
   * Per couple, the partners' CSI-4 histories the caller may see: both for the coach, the
   * caller's own for a partner (the other partner's are never visible to them).
   */
  async history(
    actor: Actor,
    coupleIds: string[],
  ): Promise<Map<string, Csi4PartnerHistoryModel[]>> {
    return this.histories(actor, await this.frames.load(actor, coupleIds, 'READ'));
  }

  /** Whether the caller, as a partner, has a CSI-4 due; false for everyone else. */
  async dueForViewer(actor: Actor, coupleIds: string[]): Promise<Map<string, boolean>> {
    const frames = await this.frames.load(actor, coupleIds, 'READ');
    const histories = await this.histories(actor, frames);
    return new Map(
      [...frames.values()].map((f) => [
        f.id,
        histories.get(f.id)?.find((h) => h.partner === f.viewerPartner)?.due ?? false,
      ]),
    );
  }

  async everyWeeks(actor: Actor, coupleIds: string[]): Promise<Map<string, number>> {
    const frames = await this.frames.load(actor, coupleIds, 'READ');
    return new Map([...frames.values()].map((f) => [f.id, f.csi4EveryWeeks]));
  }

  /** The couple's coach sets how often the CSI-4 is due after intake. */
  async setInterval(actor: Actor, coupleId: string, everyWeeks: number): Promise<void> {
    await this.access.requireCouple(actor, coupleId, 'MANAGE');
    await this.audit.write(
      actor,
      (em) =>
        run(
          em,
          sql`UPDATE couples SET csi4_every_weeks = ${everyWeeks}
            WHERE clinic_id = ${actor.clinicId} AND id = ${coupleId}`,
        ),
      () => ({
        action: 'SETTINGS_CHANGE',
        targetType: 'couple',
        targetId: coupleId,
        coupleId,
        role: 'COACH',
        detail: { setting: 'csi4EveryWeeks' },
      }),
    );
  }

  private async histories(
    actor: Actor,
    frames: Map<string, CoupleFrame>,
  ): Promise<Map<string, Csi4PartnerHistoryModel[]>> {
    if (frames.size === 0) return new Map();
    const rows = await run<ResultRow>(
      this.db,
      sql`SELECT ${raw(RESULT_COLUMNS)}
        FROM measure_results e JOIN couples c ON c.clinic_id = e.clinic_id AND c.id = e.couple_id
        WHERE e.couple_id = ANY(${[...frames.keys()]}::uuid[]) AND e.instrument = 'CSI4'
          AND ${this.access.entryScope(actor)}
        ORDER BY e.filed_on, e.id`,
    );
    return new Map(
      [...frames.values()].map((f) => {
        const partners = f.viewerIsCoach ? PARTNERS : PARTNERS.filter((p) => p === f.viewerPartner);
        return [
          f.id,
          partners.map((partner) => {
            const own = rows.filter((r) => r.couple_id === f.id && r.partner === partner);
            const { results, change } = csi4History(own.map(toFiled));
            const enrolled = f.partners[partner].enrolledOn !== null;
            return {
              partner,
              results,
              change,
              due:
                enrolled &&
                f.status === 'ACTIVE' &&
                isCsi4Due(results.at(-1)?.date ?? null, f.intakeDate, f.today, f.csi4EveryWeeks),
            };
          }),
        ];
      }),
    );
  }
}
