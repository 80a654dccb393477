import { randomUUID } from 'node:crypto';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  BUILT_IN_EXERCISES,
  validateExerciseDraft,
  type Exercise,
  type IntimacyType,
  type ScheduleRule,
} from '@hearth/domain';
import { AppError } from '../common/app-error';
import type { Actor } from '../common/actor';
import type { CustomExerciseContent } from './clinic-exercise.entity';
import type { ExerciseFilter, ExerciseInput } from './dto/exercise.inputs';
import type { ExerciseModel } from './exercise.model';
import { AccessService, isUuid } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { join, raw, run, runChange, sql, type Sql } from '../database/sql';

interface ExerciseRow {
  id: string;
  key: string;
  version: number;
  built_in: boolean;
  content: Exercise | CustomExerciseContent;
  archived_at: Date | null;
  is_latest: boolean;
}

/**
 * Built-in versions and the clinic's own versions as one relation ($1 = clinic id). Only
 * this clinic's custom exercises are ever in it: another clinic's are invisible by
 * construction.
 */
const exercisesOfClinic = (clinicId: string): Sql => sql`(
  SELECT ce.id, ce.slug AS key, ce.version, true AS built_in, ce.content, ce.title,
         ce.intimacy_types, ce.estimated_minutes, NULL::timestamptz AS archived_at,
         ce.version = max(ce.version) OVER (PARTITION BY ce.slug) AS is_latest
    FROM catalogue_exercises ce
  UNION ALL
  SELECT e.id, e.exercise_key::text, e.version, false, e.content, e.title,
         e.intimacy_types, e.estimated_minutes, e.archived_at,
         e.version = max(e.version) OVER (PARTITION BY e.exercise_key)
    FROM clinic_exercises e WHERE e.clinic_id = ${clinicId}
) x`;

const COLUMNS = raw('x.id, x.key, x.version, x.built_in, x.content, x.archived_at, x.is_latest');

function toModel(row: ExerciseRow): ExerciseModel {
  const c = row.content;
  const rule: ScheduleRule = c.suggestedSchedule ?? { kind: 'ONCE' };
  const source = 'source' in c ? c.source : null;
  return {
    id: row.id,
    key: row.key,
    version: row.version,
    builtIn: row.built_in,
    title: c.title,
    activity: c.activity ?? null,
    intimacyTypes: c.intimacyTypes,
    summary: c.summary ?? '',
    whyItHelps: c.whyItHelps,
    steps: c.steps,
    estimatedMinutes: c.estimatedMinutes,
    suggestedSchedule: {
      kind: rule.kind,
      timesPerWeek: rule.kind === 'N_PER_WEEK' ? rule.timesPerWeek : null,
      weekdays: rule.kind === 'WEEKLY' ? rule.weekdays : null,
    },
    suggestedAudience: c.suggestedAudience ?? 'EACH',
    reflectionPrompts: c.reflectionPrompts,
    source: source
      ? {
          title: source.title,
          publisher: source.publisher,
          url: source.url ?? null,
          note: source.note,
        }
      : null,
    archived: row.archived_at !== null,
    isLatest: row.is_latest,
  };
}

/**
 * Writes libs/domain's built-in exercises to catalogue_exercises: a new or changed one
 * becomes its next version, an unchanged one is left alone. Run at boot, and by tools that
 * seed a database without booting the app (seed:scale, the benchmark).
 */
export async function syncBuiltInCatalogue(db: DataSource | EntityManager): Promise<void> {
  await run(
    db,
    sql`WITH incoming AS (SELECT x AS content
                          FROM jsonb_array_elements(${JSON.stringify(BUILT_IN_EXERCISES)}::jsonb) AS t(x)),
          latest AS (SELECT DISTINCT ON (slug) slug, version, content FROM catalogue_exercises
                      ORDER BY slug, version DESC)
     INSERT INTO catalogue_exercises (slug, version, title, intimacy_types, estimated_minutes, content)
     SELECT i.content->>'slug', coalesce(l.version, 0) + 1, i.content->>'title',
            ARRAY(SELECT jsonb_array_elements_text(i.content->'intimacyTypes')),
            (i.content->>'estimatedMinutes')::int, i.content
       FROM incoming i LEFT JOIN latest l ON l.slug = i.content->>'slug'
      WHERE l.content IS DISTINCT FROM i.content
     ON CONFLICT DO NOTHING`,
  );
}

const likePattern = (s: string) => `%${s.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;

@Injectable()
export class ExercisesService implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /** Loads libs/domain's catalogue: a changed built-in becomes its next version. */
  async onApplicationBootstrap(): Promise<void> {
    await syncBuiltInCatalogue(this.db);
  }

  /** The catalogue page: latest versions, built-in and the clinic's own (coaches, admins). */
  async list(actor: Actor, filter: ExerciseFilter = {}): Promise<ExerciseModel[]> {
    this.access.requireStaff(actor);
    const where: Sql[] = [sql`x.is_latest`];
    if (!filter.includeArchived) where.push(sql`x.archived_at IS NULL`);
    const search = filter.search?.trim();
    if (search) {
      const p = likePattern(search);
      where.push(sql`(x.title ILIKE ${p} OR x.content->>'summary' ILIKE ${p} OR x.content->>'steps' ILIKE ${p}
        OR x.content->>'whyItHelps' ILIKE ${p})`);
    }
    if (filter.intimacyTypes?.length) {
      where.push(sql`x.intimacy_types && ${filter.intimacyTypes}::text[]`);
    }
    if (filter.maxMinutes) {
      where.push(sql`x.estimated_minutes <= ${filter.maxMinutes}`);
    }
    if (filter.builtIn !== undefined && filter.builtIn !== null) {
      where.push(sql`x.built_in = ${filter.builtIn}`);
    }
    const rows = await run<ExerciseRow>(
      this.db,
      sql`SELECT ${COLUMNS} FROM ${exercisesOfClinic(actor.clinicId)} WHERE ${join(where, ' AND ')}
        ORDER BY x.built_in DESC, x.title`,
    );
    return rows.map(toModel);
  }

  /**
   * Exercise versions by id, for the actor's clinic (built-in or its own). Callers reach ids
   * through records already access-checked (an assignment of a couple they may read) or,
   * for staff, through the catalogue.
   */
  async byIds(clinicId: string, ids: readonly string[]): Promise<Map<string, ExerciseModel>> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return new Map();
    const rows = await run<ExerciseRow>(
      this.db,
      sql`SELECT ${COLUMNS} FROM ${exercisesOfClinic(clinicId)} WHERE x.id = ANY(${valid}::uuid[])`,
    );
    return new Map(rows.map((r) => [r.id, toModel(r)]));
  }

  async get(actor: Actor, id: string): Promise<ExerciseModel> {
    this.access.requireStaff(actor);
    const found = (await this.byIds(actor.clinicId, [id])).get(id);
    if (!found) throw AppError.notFound('Exercise');
    return found;
  }

  async create(actor: Actor, input: ExerciseInput): Promise<ExerciseModel> {
    const authorId = this.access.requireStaff(actor);
    const content = this.validate(input);
    const key = randomUUID();
    const rows = await this.audit.write(
      actor,
      (em) =>
        run<{ id: string }>(
          em,
          sql`INSERT INTO clinic_exercises (clinic_id, exercise_key, version, title, intimacy_types, estimated_minutes, content, created_by_id)
       VALUES (${actor.clinicId}, ${key}, 1, ${content.title}, ${content.intimacyTypes},
         ${content.estimatedMinutes}, ${content}, ${authorId}) RETURNING id`,
        ),
      ([row]) => ({
        action: 'CREATE',
        targetType: 'exercise',
        targetId: row!.id,
        detail: { key },
      }),
    );
    return this.get(actor, rows[0]!.id);
  }

  /** Editing writes the next version; assignments keep the version they were given. */
  async update(actor: Actor, key: string, input: ExerciseInput): Promise<ExerciseModel> {
    const authorId = this.access.requireStaff(actor);
    const content = this.validate(input);
    if (!isUuid(key)) throw AppError.notFound('Exercise');
    const id = await this.db.transaction(async (em) => {
      const latest = await run<{ version: number; archived_at: Date | null }>(
        em,
        sql`SELECT version, archived_at FROM clinic_exercises
          WHERE clinic_id = ${actor.clinicId} AND exercise_key = ${key}
          ORDER BY version DESC LIMIT 1 FOR UPDATE`,
      );
      const current = latest[0];
      if (!current) throw AppError.notFound('Exercise');
      const rows = await run<{ id: string }>(
        em,
        sql`INSERT INTO clinic_exercises (clinic_id, exercise_key, version, title, intimacy_types, estimated_minutes, content, created_by_id, archived_at)
         VALUES (${actor.clinicId}, ${key}, ${current.version + 1}, ${content.title},
           ${content.intimacyTypes}, ${content.estimatedMinutes}, ${content}, ${authorId},
           ${current.archived_at}) RETURNING id`,
      );
      await this.audit.record(em, actor, {
        action: 'UPDATE',
        targetType: 'exercise',
        targetId: rows[0]!.id,
        detail: { key, version: current.version + 1 },
      });
      return rows[0]!.id;
    });
    return this.get(actor, id);
  }

  /** Archived exercises leave the catalogue; existing assignments keep working. */
  async setArchived(actor: Actor, key: string, archived: boolean): Promise<ExerciseModel> {
    this.access.requireStaff(actor);
    if (!isUuid(key)) throw AppError.notFound('Exercise');
    const rows = await this.audit.write(
      actor,
      (em) =>
        runChange<{ id: string; version: number }>(
          em,
          sql`UPDATE clinic_exercises
            SET archived_at = CASE WHEN ${archived} THEN coalesce(archived_at, now()) END
            WHERE clinic_id = ${actor.clinicId} AND exercise_key = ${key} RETURNING id, version`,
        ),
      ([updated]) =>
        updated.length === 0
          ? []
          : { action: 'UPDATE', targetType: 'exercise', targetId: key, detail: { key, archived } },
    );
    const latest = rows[0].sort((a, b) => b.version - a.version)[0];
    if (!latest) throw AppError.notFound('Exercise');
    return this.get(actor, latest.id);
  }

  private validate(input: ExerciseInput): CustomExerciseContent {
    const prompts = (input.reflectionPrompts ?? []).map((p, i) => ({
      id: p.id?.trim() || `prompt-${i + 1}`,
      kind: p.kind,
      label: p.label?.trim(),
    }));
    const rule = input.suggestedSchedule;
    const draft = {
      title: input.title?.trim(),
      summary: input.summary?.trim() ?? '',
      activity: input.activity ?? undefined,
      intimacyTypes: input.intimacyTypes,
      whyItHelps: input.whyItHelps?.trim(),
      steps: input.steps?.trim(),
      estimatedMinutes: input.estimatedMinutes,
      reflectionPrompts: prompts,
      suggestedSchedule: rule
        ? rule.kind === 'N_PER_WEEK'
          ? { kind: rule.kind, timesPerWeek: rule.timesPerWeek }
          : rule.kind === 'WEEKLY'
            ? { kind: rule.kind, weekdays: rule.weekdays ?? [] }
            : { kind: rule.kind }
        : { kind: 'ONCE' as const },
      suggestedAudience: input.suggestedAudience ?? 'EACH',
    };
    const errors = validateExerciseDraft(draft);
    if (errors.length > 0) throw AppError.badInput(errors);
    return {
      ...draft,
      activity: (draft.activity as Exercise['activity'] | undefined) ?? null,
      intimacyTypes: draft.intimacyTypes as IntimacyType[],
      suggestedSchedule: draft.suggestedSchedule as ScheduleRule,
    } as CustomExerciseContent;
  }
}
