import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  type ScheduleKind,
  type AudienceKind,
  VISIBILITIES,
  type Visibility,
} from '@hearth/domain';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import {
  AudienceKindEnum,
  PartnerSlotEnum,
  ScheduleKindEnum,
  VisibilityEnum,
} from '../../graphql/enums';
import { CommentBody } from '../../comments/comment-body';
import { Multiline } from '../../common/text';

/** Dates and weekdays are checked by libs/domain's validateSchedule, field by field. */
@InputType()
export class ScheduleInput {
  @Field(() => ScheduleKindEnum)
  kind!: ScheduleKind;

  @Field({ nullable: true, description: 'ONCE: YYYY-MM-DD' })
  dueDate?: string;

  @Field({ nullable: true })
  startDate?: string;

  @Field({ nullable: true })
  endDate?: string;

  @Field(() => Int, { nullable: true, description: 'N_PER_WEEK: 1–7' })
  timesPerWeek?: number;

  @Field(() => [String], { nullable: true, description: 'WEEKLY: MON … SUN' })
  weekdays?: string[];
}

@InputType()
export class AssignExerciseInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a couple.' })
  coupleId!: string;

  @Field(() => ID, { description: 'An exercise version id from the catalogue.' })
  @IsUUID('all', { message: 'Choose an exercise.' })
  exerciseId!: string;

  @Field(() => AudienceKindEnum)
  audience!: AudienceKind;

  @Field(() => PartnerSlotEnum, { nullable: true, description: 'Required for audience ONE.' })
  @IsOptional()
  audiencePartner?: 'A' | 'B';

  @Field(() => ScheduleInput)
  schedule!: ScheduleInput;

  @Field({ nullable: true, description: 'A note from the coach to the couple.' })
  @Multiline()
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'Keep the note to 2000 characters or fewer.' })
  note?: string;
}

@InputType()
export class UpdateAssignmentInput {
  @Field(() => ScheduleInput, { nullable: true, description: 'Applies to tasks from today on.' })
  schedule?: ScheduleInput;

  @Field({ nullable: true })
  @Multiline()
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'Keep the note to 2000 characters or fewer.' })
  note?: string;
}

@InputType()
export class ReflectionAnswerInput {
  @Field()
  promptId!: string;

  @Field({ nullable: true })
  @Multiline()
  text?: string;

  @Field(() => Int, { nullable: true })
  scale?: number;

  @Field({ nullable: true })
  yes?: boolean;
}

@InputType()
export class CompleteTaskInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This task does not exist.' })
  taskId!: string;

  @Field(() => [ReflectionAnswerInput], { defaultValue: [] })
  answers!: ReflectionAnswerInput[];

  @Field(() => Int, { description: '1 (not at all) – 5 (very)' })
  @IsInt({ message: 'Choose 1 to 5.' })
  @Min(1, { message: 'Choose 1 to 5.' })
  @Max(5, { message: 'Choose 1 to 5.' })
  helpfulness!: number;

  @Field(() => Int, { description: 'Closeness just before, 1–7' })
  @IsInt({ message: 'Choose 1 to 7.' })
  @Min(1, { message: 'Choose 1 to 7.' })
  @Max(7, { message: 'Choose 1 to 7.' })
  closenessBefore!: number;

  @Field(() => Int, { description: 'Closeness just after, 1–7' })
  @IsInt({ message: 'Choose 1 to 7.' })
  @Min(1, { message: 'Choose 1 to 7.' })
  @Max(7, { message: 'Choose 1 to 7.' })
  closenessAfter!: number;

  @Field(() => VisibilityEnum, { defaultValue: 'PRIVATE' })
  @IsIn(VISIBILITIES)
  visibility!: Visibility;
}

@InputType()
export class CommentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This entry does not exist.' })
  entryId!: string;

  @Field()
  @CommentBody()
  body!: string;
}
