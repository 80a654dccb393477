import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import type { Actor } from '../common/actor';
import { AppError } from '../common/app-error';
import { run, sql } from '../database/sql';
import { CurrentActor } from '../graphql/graphql-context';
import { CoachMoveModel } from './couple.model';

const MAX_DAYS = 365;

/**
 * Couples that moved from the calling coach to another, so the previous coach learns of it
 * in the app (issue: reassignment is shown to the previous coach). Label, new coach, date
 * and the admin's reason only: the couple's page is no longer theirs to open.
 */
@Resolver(() => CoachMoveModel)
export class CoachMovesResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  @Query(() => [CoachMoveModel], {
    description:
      'Coaches: couples moved from you to another coach in the last `days` days (1–365), newest first.',
  })
  async coachMovesFromMe(
    @Args('days', { type: () => Int, defaultValue: 30 }) days: number,
    @CurrentActor() actor: Actor,
  ): Promise<CoachMoveModel[]> {
    const coach = this.access.requireCoach(actor);
    if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) {
      throw AppError.field('days', `Choose from 1 to ${MAX_DAYS} days.`);
    }
    const rows = await run<{
      id: string;
      label: string;
      to_coach: string;
      changed_at: Date;
      reason: string;
    }>(
      this.db,
      sql`SELECT x.id, c.label, u.display_name AS to_coach, x.changed_at, x.reason
         FROM couple_coach_changes x
         JOIN couples c ON c.clinic_id = x.clinic_id AND c.id = x.couple_id
         JOIN memberships m ON m.clinic_id = x.clinic_id AND m.id = x.to_coach_id
         JOIN users u ON u.id = m.user_id
        WHERE x.clinic_id = ${actor.clinicId} AND x.from_coach_id = ${coach}
          AND x.to_coach_id <> ${coach}
          AND x.changed_at >= now() - make_interval(days => ${days})
        ORDER BY x.changed_at DESC`,
    );
    return rows.map((r) => ({
      id: r.id,
      coupleLabel: r.label,
      toCoachName: r.to_coach,
      movedAt: r.changed_at,
      reason: r.reason,
    }));
  }
}
