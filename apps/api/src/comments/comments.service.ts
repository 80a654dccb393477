import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService, isUuid } from '../access/access.service';
import type { Actor } from '../common/actor';
import { AppError } from '../common/app-error';
import { PeopleService } from '../tenant/people.service';
import { raw, run, sql, type Sql } from '../database/sql';
import { commentBodyProblem } from './comment-body';
import type { CommentModel } from './comment.model';

/** The kinds of entry a coach can reply on. */
export type CommentedEntry = 'completion' | 'checkin';

/** Each entry kind's table and the column of comments that points at it. */
const ENTRY: Record<CommentedEntry, { table: Sql; column: Sql }> = {
  completion: { table: raw('completions'), column: raw('completion_id') },
  checkin: { table: raw('checkins'), column: raw('checkin_id') },
};

/**
 * Coaches' comments on entries. A comment is seen by exactly whoever may see the entry it is
 * on (AccessService.entryScope); the caller decides who may write one (the couple's coach).
 */
@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly people: PeopleService,
  ) {}

  /** Comments on many entries of a kind (loader), oldest first; only entries the actor sees. */
  async on(
    actor: Actor,
    kind: CommentedEntry,
    entryIds: readonly string[],
    db: DataSource | EntityManager = this.db,
  ): Promise<Map<string, CommentModel[]>> {
    const ids = [...new Set(entryIds)].filter(isUuid);
    if (ids.length === 0) return new Map();
    const { table, column } = ENTRY[kind];
    const rows = await run<{
      id: string;
      entry_id: string;
      author_id: string;
      body: string;
      created_at: Date;
    }>(
      db,
      sql`SELECT k.id, k.${column} AS entry_id, k.author_id, k.body, k.created_at
          FROM comments k
          JOIN ${table} e ON e.clinic_id = k.clinic_id AND e.id = k.${column}
          JOIN couples c ON c.clinic_id = e.clinic_id AND c.id = e.couple_id
          WHERE k.${column} = ANY(${ids}::uuid[]) AND ${this.access.entryScope(actor)}
          ORDER BY k.created_at, k.id`,
    );
    const people = await this.people.byIds(
      actor.clinicId,
      rows.map((r) => r.author_id),
      db,
    );
    const byEntry = new Map<string, CommentModel[]>();
    for (const r of rows) {
      const author = people.get(r.author_id);
      if (!author) throw new Error(`Membership ${r.author_id} of a comment is missing`);
      const comment = { id: r.id, author, body: r.body, createdAt: r.created_at };
      byEntry.set(r.entry_id, [...(byEntry.get(r.entry_id) ?? []), comment]);
    }
    return byEntry;
  }

  /**
   * Writes the actor's comment on an entry the caller has checked they may comment on, in
   * the caller's transaction; refuses a body the comment rule does not allow.
   */
  async add(
    em: EntityManager,
    actor: Actor,
    entry: { kind: CommentedEntry; id: string; coupleId: string },
    body: string,
  ): Promise<string> {
    const problem = commentBodyProblem(body);
    if (problem) throw AppError.field('body', problem);
    const rows = await run<{ id: string }>(
      em,
      sql`INSERT INTO comments (clinic_id, couple_id, ${ENTRY[entry.kind].column}, author_id, body)
          VALUES (${actor.clinicId}, ${entry.coupleId}, ${entry.id}, ${actor.membershipIds.COACH},
                  ${body.trim()})
          RETURNING id`,
    );
    return rows[0]!.id;
  }

  /**
   * A comment just written, read back in the transaction that wrote it (so the answer holds
   * whatever commits next, a reassignment say).
   */
  async written(
    em: EntityManager,
    actor: Actor,
    entry: { kind: CommentedEntry; id: string },
    id: string,
  ): Promise<CommentModel> {
    const comments = await this.on(actor, entry.kind, [entry.id], em);
    const found = comments.get(entry.id)?.find((c) => c.id === id);
    if (!found) throw new Error('A comment just written could not be read back.');
    return found;
  }
}
