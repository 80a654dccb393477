import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  type ScheduleKind,
  type TaskState,
  type Weekday,
  type AssignmentStatus,
  type AudienceKind,
  type Visibility,
} from '@hearth/domain';
import { PersonModel } from '../tenant/person.model';
import { ExerciseModel } from '../exercises/exercise.model';
import {
  AssignmentStatusEnum,
  AudienceKindEnum,
  PartnerSlotEnum,
  ScheduleKindEnum,
  TaskStateEnum,
  VisibilityEnum,
  WeekdayEnum,
} from '../graphql/enums';

@ObjectType('Schedule')
export class ScheduleModel {
  @Field(() => ScheduleKindEnum)
  kind!: ScheduleKind;

  @Field(() => String, { nullable: true, description: 'ONCE: the due date (YYYY-MM-DD).' })
  dueDate!: string | null;

  @Field(() => String, { nullable: true })
  startDate!: string | null;

  @Field(() => String, { nullable: true })
  endDate!: string | null;

  @Field(() => Int, { nullable: true })
  timesPerWeek!: number | null;

  @Field(() => [WeekdayEnum], { nullable: true })
  weekdays!: Weekday[] | null;

  @Field({ description: 'In words, e.g. "3 times a week, 2 Mar – 29 Mar".' })
  summary!: string;
}

@ObjectType('AssignmentProgress')
export class AssignmentProgressModel {
  @Field(() => Int, { description: 'Tasks due by today.' })
  due!: number;

  @Field(() => Int)
  done!: number;

  @Field(() => Int, { description: 'Not done, 1–7 days past due.' })
  overdue!: number;

  @Field(() => Int)
  upcoming!: number;
}

@ObjectType('Assignment')
export class AssignmentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  coupleId!: string;

  /** The exercise version this assignment keeps; resolved through a loader. */
  exerciseId!: string;

  @Field(() => AudienceKindEnum)
  audience!: AudienceKind;

  @Field(() => PartnerSlotEnum, { nullable: true, description: 'For audience ONE.' })
  audiencePartner!: 'A' | 'B' | null;

  @Field(() => ScheduleModel)
  schedule!: ScheduleModel;

  @Field()
  note!: string;

  @Field(() => AssignmentStatusEnum)
  status!: AssignmentStatus;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('ReflectionAnswer')
export class ReflectionAnswerModel {
  @Field()
  promptId!: string;

  @Field(() => String, { nullable: true })
  text!: string | null;

  @Field(() => Int, { nullable: true })
  scale!: number | null;

  @Field(() => Boolean, { nullable: true })
  yes!: boolean | null;
}

@ObjectType('Completion')
export class CompletionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  taskId!: string;

  @Field(() => ID)
  coupleId!: string;

  @Field(() => ID)
  assignmentId!: string;

  @Field({ description: 'Title of the exercise (the assigned version).' })
  exerciseTitle!: string;

  @Field({ description: 'YYYY-MM-DD the task was due.' })
  dueDate!: string;

  @Field(() => PartnerSlotEnum, { description: "The author's side of the couple." })
  partner!: 'A' | 'B';

  authorId!: string;

  @Field(() => Date)
  completedAt!: Date;

  @Field({ description: 'Local date of completion; editable until it ends.' })
  completedOn!: string;

  @Field(() => [ReflectionAnswerModel])
  answers!: ReflectionAnswerModel[];

  @Field(() => Int)
  helpfulness!: number;

  @Field(() => Int)
  closenessBefore!: number;

  @Field(() => Int)
  closenessAfter!: number;

  @Field(() => VisibilityEnum)
  visibility!: Visibility;

  @Field(() => Date, { nullable: true })
  reviewedAt!: Date | null;

  /** The couple's zone, for the same-day edit rule; not exposed. */
  timeZone!: string;
}

@ObjectType('Task')
export class TaskModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  assignmentId!: string;

  @Field({ description: 'YYYY-MM-DD, in the couple’s time zone.' })
  dueDate!: string;

  @Field(() => Date)
  dueAt!: Date;

  @Field(() => PartnerSlotEnum, { nullable: true, description: 'Null when done together.' })
  partner!: 'A' | 'B' | null;

  @Field(() => TaskStateEnum)
  state!: TaskState;

  /** Set when a completion exists; the completion itself is only shown where visible. */
  completionId!: string | null;
}

@ObjectType('HomeworkSummary', {
  description: "A coach's caseload line: this week and what needs attention.",
})
export class HomeworkSummaryModel {
  @Field(() => Int)
  dueThisWeek!: number;

  @Field(() => Int)
  doneThisWeek!: number;

  @Field(() => Int, { description: 'Not done, 1–7 days past due.' })
  overdue!: number;

  @Field(() => Int, { description: 'Completions the coach has not marked reviewed.' })
  unreviewed!: number;
}

// Re-exported for resolvers that add fields to these types.
export { ExerciseModel, PersonModel };
