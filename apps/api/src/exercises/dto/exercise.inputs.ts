import { Field, InputType, Int } from '@nestjs/graphql';
import type { IntimacyType, PromptKind, ScheduleKind } from '@hearth/domain';
import {
  IntimacyTypeEnum,
  PromptKindEnum,
  ScheduleKindEnum,
  SuggestedAudienceEnum,
} from '../../graphql/enums';
import { CheckedByDomain, Multiline } from '../../common/text';

@InputType()
export class ReflectionPromptInput {
  @Field({ nullable: true, description: 'Kept across versions; generated when missing.' })
  id?: string;

  @Field(() => PromptKindEnum)
  kind!: PromptKind;

  @Field()
  @CheckedByDomain()
  label!: string;
}

@InputType()
export class ScheduleRuleInput {
  @Field(() => ScheduleKindEnum)
  kind!: ScheduleKind;

  @Field(() => Int, { nullable: true })
  timesPerWeek?: number;

  @Field(() => [String], { nullable: true, description: 'MON … SUN' })
  weekdays?: string[];
}

/** A custom exercise. Checked by libs/domain's validateExerciseDraft, field by field. */
@InputType()
export class ExerciseInput {
  @Field()
  @CheckedByDomain()
  title!: string;

  @Field({ nullable: true })
  summary?: string;

  @Field(() => String, { nullable: true })
  activity?: string | null;

  @Field(() => [IntimacyTypeEnum])
  intimacyTypes!: IntimacyType[];

  @Field()
  @Multiline()
  @CheckedByDomain()
  whyItHelps!: string;

  @Field()
  @Multiline()
  @CheckedByDomain()
  steps!: string;

  @Field(() => Int)
  estimatedMinutes!: number;

  @Field(() => ScheduleRuleInput, { nullable: true })
  suggestedSchedule?: ScheduleRuleInput;

  @Field(() => SuggestedAudienceEnum, { nullable: true })
  suggestedAudience?: 'EACH' | 'TOGETHER';

  @Field(() => [ReflectionPromptInput])
  reflectionPrompts!: ReflectionPromptInput[];
}

@InputType()
export class ExerciseFilter {
  @Field({ nullable: true, description: 'Words in the title, summary or steps.' })
  search?: string;

  @Field(() => [IntimacyTypeEnum], { nullable: true, description: 'Any of these types.' })
  intimacyTypes?: IntimacyType[];

  @Field(() => Int, { nullable: true })
  maxMinutes?: number;

  @Field({ nullable: true, description: 'Only built-in (true) or only custom (false).' })
  builtIn?: boolean;

  @Field({ nullable: true, defaultValue: false })
  includeArchived?: boolean;
}
