import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { DASHBOARD_PRESETS, type DashboardPreset } from '@hearth/domain';
import { DashboardPresetEnum } from '../dashboard.models';

/** The dates themselves are checked by libs/domain resolveDashboardPeriod (field errors). */
@InputType()
export class DashboardPeriodInput {
  @Field(() => DashboardPresetEnum)
  @IsIn(DASHBOARD_PRESETS, { message: `Choose one of ${DASHBOARD_PRESETS.join(', ')}.` })
  preset!: DashboardPreset;

  @Field(() => String, { nullable: true, description: 'CUSTOM only: first day, YYYY-MM-DD.' })
  @IsOptional()
  @IsString()
  @MaxLength(10, { message: 'Use a date like 2026-03-14.' })
  from?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'CUSTOM only: last day, YYYY-MM-DD (at most two years after from).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(10, { message: 'Use a date like 2026-03-14.' })
  to?: string | null;
}

/** Query string of GET /api/clinic-dashboard.csv: ?period=LAST_4_WEEKS, or CUSTOM&from=…&to=… */
export class DashboardCsvQuery {
  @IsIn(DASHBOARD_PRESETS, { message: `Choose one of ${DASHBOARD_PRESETS.join(', ')}.` })
  period!: string;

  @IsOptional()
  @IsString({ message: 'Use a date like 2026-03-14.' })
  @MaxLength(10, { message: 'Use a date like 2026-03-14.' })
  from?: string;

  @IsOptional()
  @IsString({ message: 'Use a date like 2026-03-14.' })
  @MaxLength(10, { message: 'Use a date like 2026-03-14.' })
  to?: string;
}
