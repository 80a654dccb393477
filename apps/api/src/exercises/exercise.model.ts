import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { IntimacyType, PromptKind, ScheduleKind, Weekday } from '@hearth/domain';
import {
  IntimacyTypeEnum,
  PromptKindEnum,
  ScheduleKindEnum,
  SuggestedAudienceEnum,
  WeekdayEnum,
} from '../graphql/enums';

@ObjectType('ReflectionPrompt')
export class ReflectionPromptModel {
  @Field()
  id!: string;

  @Field(() => PromptKindEnum)
  kind!: PromptKind;

  @Field()
  label!: string;
}

@ObjectType('ScheduleRule', {
  description: 'A schedule without dates, as suggested by an exercise.',
})
export class ScheduleRuleModel {
  @Field(() => ScheduleKindEnum)
  kind!: ScheduleKind;

  @Field(() => Int, { nullable: true })
  timesPerWeek?: number | null;

  @Field(() => [WeekdayEnum], { nullable: true })
  weekdays?: Weekday[] | null;
}

@ObjectType('ExerciseSource')
export class ExerciseSourceModel {
  @Field()
  title!: string;

  @Field()
  publisher!: string;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field()
  note!: string;
}

/** One version of an exercise, built-in or the clinic's own. */
@ObjectType('Exercise')
export class ExerciseModel {
  @Field(() => ID, { description: 'The id of this version.' })
  id!: string;

  @Field({ description: 'Stable across versions: the slug of a built-in, a uuid for custom ones.' })
  key!: string;

  @Field(() => Int)
  version!: number;

  @Field()
  builtIn!: boolean;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true, description: 'The seed activity it belongs to.' })
  activity!: string | null;

  @Field(() => [IntimacyTypeEnum])
  intimacyTypes!: IntimacyType[];

  @Field()
  summary!: string;

  @Field()
  whyItHelps!: string;

  @Field({ description: 'Markdown, a numbered list.' })
  steps!: string;

  @Field(() => Int)
  estimatedMinutes!: number;

  @Field(() => ScheduleRuleModel)
  suggestedSchedule!: ScheduleRuleModel;

  @Field(() => SuggestedAudienceEnum)
  suggestedAudience!: 'EACH' | 'TOGETHER';

  @Field(() => [ReflectionPromptModel])
  reflectionPrompts!: ReflectionPromptModel[];

  @Field(() => ExerciseSourceModel, { nullable: true })
  source!: ExerciseSourceModel | null;

  @Field()
  archived!: boolean;

  @Field({ description: 'False for an older version kept by an assignment.' })
  isLatest!: boolean;
}
