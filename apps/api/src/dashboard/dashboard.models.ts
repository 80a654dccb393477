import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DASHBOARD_PRESETS, type DashboardPreset } from '@hearth/domain';

export const FIGURE_STATUSES = ['SHOWN', 'NO_DATA', 'SUPPRESSED'] as const;
export type FigureStatus = (typeof FIGURE_STATUSES)[number];

export const FigureStatusEnum = Object.fromEntries(FIGURE_STATUSES.map((s) => [s, s])) as Record<
  FigureStatus,
  FigureStatus
>;
export const DashboardPresetEnum = Object.fromEntries(
  DASHBOARD_PRESETS.map((p) => [p, p]),
) as Record<DashboardPreset, DashboardPreset>;

registerEnumType(FigureStatusEnum, {
  name: 'FigureStatus',
  description:
    'SHOWN; NO_DATA (no couple is in it); SUPPRESSED (fewer than k couples, or hidden so that such a figure cannot be worked out from the others).',
});
registerEnumType(DashboardPresetEnum, {
  name: 'DashboardPreset',
  description:
    'LAST_4_WEEKS, LAST_12_WEEKS, LAST_26_WEEKS: the last 28, 84 or 182 days ending today (clinic time zone). CUSTOM: from/to.',
});

/**
 * One aggregate figure after small-cell suppression. A suppressed figure carries nothing
 * but its status: no value, no n, no numerator or denominator (libs/domain suppressCells).
 */
@ObjectType('DashboardFigure')
export class DashboardFigureModel {
  @Field(() => FigureStatusEnum)
  status!: FigureStatus;

  @Field({ description: 'True when the figure is hidden (status SUPPRESSED).' })
  suppressed!: boolean;

  @Field(() => Float, {
    nullable: true,
    description:
      'The figure, in the unit its field names (rates and shares as a fraction 0–1). Null unless SHOWN.',
  })
  value!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Distinct couples the figure is based on; 0 for NO_DATA; null when suppressed.',
  })
  n!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'For rates, shares and means: value = numerator / denominator (e.g. tasks completed). Null otherwise, and unless SHOWN.',
  })
  numerator!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'What the figure is taken over (tasks due, partner-days expected, completions, partners). Null unless SHOWN.',
  })
  denominator!: number | null;
}

@ObjectType('DashboardPeriod')
export class DashboardPeriodModel {
  @Field(() => DashboardPresetEnum)
  preset!: DashboardPreset;

  @Field({ description: 'First local day, YYYY-MM-DD (included).' })
  from!: string;

  @Field({ description: 'Last local day, YYYY-MM-DD (included).' })
  to!: string;

  @Field({ description: "The clinic's time zone, in which presets end today." })
  timeZone!: string;
}

/** The clinic-wide figures; the homework and weekly tables' totals are these. */
@ObjectType('DashboardSummary')
export class DashboardSummaryModel {
  @Field(() => DashboardFigureModel, {
    description: 'Couples ACTIVE today with an intake on or before the period end (a count).',
  })
  activeCouples!: DashboardFigureModel;

  @Field(() => DashboardFigureModel, {
    description: 'Couples with homework due in the period (a count).',
  })
  couplesWithHomework!: DashboardFigureModel;

  @Field(() => DashboardFigureModel, {
    description: 'Tasks completed / tasks due in the period, due by now (fraction).',
  })
  completionRate!: DashboardFigureModel;

  @Field(() => DashboardFigureModel, {
    description: 'Mean helpfulness (1–5) of the completions of those tasks.',
  })
  meanHelpfulness!: DashboardFigureModel;

  @Field(() => DashboardFigureModel, {
    description: 'Mean closeness after − before (points on 1–7) over those completions.',
  })
  meanClosenessChange!: DashboardFigureModel;

  @Field(() => DashboardFigureModel, {
    description:
      'Partner-days with a check-in / partner-days expected, ACTIVE couples, days that are over (fraction).',
  })
  checkinAdherence!: DashboardFigureModel;

  @Field(() => DashboardFigureModel, {
    description:
      'Median CSI-4 change (points) from each partner’s first result to their latest filed in the period; over partners.',
  })
  csi4MedianChange!: DashboardFigureModel;

  @Field(() => DashboardFigureModel, {
    description: 'Share of those partners reliably improved (recovered included) (fraction).',
  })
  csi4Improved!: DashboardFigureModel;

  @Field(() => DashboardFigureModel, {
    description: 'Share reliably improved and crossed the 13.5 cut-off upwards (fraction).',
  })
  csi4Recovered!: DashboardFigureModel;

  @Field(() => DashboardFigureModel, {
    description: 'Share reliably deteriorated (fraction).',
  })
  csi4Deteriorated!: DashboardFigureModel;
}

/** Homework figures of one group of couples (a coach's, or an exercise's). */
@ObjectType({ isAbstract: true })
export class DashboardHomeworkFiguresModel {
  @Field(() => DashboardFigureModel, { description: 'Couples with homework due (a count).' })
  couples!: DashboardFigureModel;

  @Field(() => DashboardFigureModel, { description: 'Tasks completed / tasks due (fraction).' })
  completionRate!: DashboardFigureModel;

  @Field(() => DashboardFigureModel, { description: 'Mean helpfulness, 1–5.' })
  meanHelpfulness!: DashboardFigureModel;

  @Field(() => DashboardFigureModel, { description: 'Mean closeness after − before, points.' })
  meanClosenessChange!: DashboardFigureModel;
}

@ObjectType('DashboardCoachRow')
export class DashboardCoachRowModel extends DashboardHomeworkFiguresModel {
  @Field(() => ID, { description: "The coach's membership id." })
  coachId!: string;

  @Field()
  coachName!: string;
}

@ObjectType('DashboardExerciseRow')
export class DashboardExerciseRowModel extends DashboardHomeworkFiguresModel {
  @Field({
    description:
      "The exercise across its versions: a built-in exercise's slug, or a clinic exercise's key.",
  })
  exerciseKey!: string;

  @Field({ description: 'Title of the latest version.' })
  title!: string;

  @Field()
  builtIn!: boolean;
}

@ObjectType('DashboardWeekRow')
export class DashboardWeekRowModel {
  @Field({ description: 'ISO week, e.g. 2026-W10.' })
  week!: string;

  @Field({ description: 'First day of the week inside the period (YYYY-MM-DD).' })
  from!: string;

  @Field({ description: 'Last day of the week inside the period (YYYY-MM-DD).' })
  to!: string;

  @Field(() => DashboardFigureModel, { description: 'Tasks due that week (fraction).' })
  completionRate!: DashboardFigureModel;

  @Field(() => DashboardFigureModel, { description: 'Partner-days of that week (fraction).' })
  checkinAdherence!: DashboardFigureModel;
}

@ObjectType('ClinicDashboard', {
  description:
    'Aggregates over the whole clinic for clinic admins: never an entry, and every figure of fewer than k couples suppressed (also where it could be derived from the others). docs/metrics.md defines each figure.',
})
export class ClinicDashboardModel {
  @Field(() => DashboardPeriodModel)
  period!: DashboardPeriodModel;

  @Field(() => Int, { description: 'The clinic’s small-cell threshold k.' })
  smallCellK!: number;

  @Field(() => DashboardSummaryModel)
  summary!: DashboardSummaryModel;

  @Field(() => [DashboardCoachRowModel], {
    description: 'Per coach (of the couple today), by name. Totals: the summary.',
  })
  byCoach!: DashboardCoachRowModel[];

  @Field(() => [DashboardExerciseRowModel], {
    description: 'Per exercise with homework due in the period, by title. Totals: the summary.',
  })
  byExercise!: DashboardExerciseRowModel[];

  @Field(() => [DashboardWeekRowModel], {
    description: 'Per ISO week of the period, oldest first. Totals: the summary.',
  })
  weekly!: DashboardWeekRowModel[];
}
