import { VISIBILITIES, type Visibility } from '@hearth/domain';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { VisibilityEnum } from '../../graphql/enums';
import { CommentBody } from '../../comments/comment-body';
import { Multiline } from '../../common/text';

/**
 * One rating. Items are named by id (libs/domain CHECKIN_ITEMS) rather than being fixed
 * input fields, so that a missing, unknown or repeated item is answered by the API with a
 * field error under `ratings.<item>` instead of a schema error the form cannot place.
 */
@InputType()
export class CheckinRatingInput {
  @Field({ description: 'closeness, understood, sharing, affection, fun, conflict or stress.' })
  @IsString()
  @MaxLength(40)
  item!: string;

  @Field(() => Int, { description: '1–7' })
  @IsInt()
  value!: number;
}

@InputType()
export class FileCheckinInput {
  @Field(() => ID)
  @IsString()
  coupleId!: string;

  @Field({
    nullable: true,
    description: "YYYY-MM-DD. Omit for today; yesterday's date is accepted until 12:00 (late).",
  })
  @IsOptional()
  @IsString()
  date?: string;

  @Field(() => [CheckinRatingInput], { description: 'All seven items, each rated 1–7.' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CheckinRatingInput)
  ratings!: CheckinRatingInput[];

  @Field({ nullable: true, description: 'Up to 2000 characters.' })
  @Multiline()
  @IsOptional()
  @IsString()
  // A generous transport limit; the 2000-character rule (counting emoji as one) is the domain's.
  @MaxLength(8000, { message: 'Keep the note to 2000 characters or fewer.' })
  note?: string;

  @Field({ defaultValue: false, description: "I'd like to talk to my coach soon." })
  @IsBoolean()
  wantsToTalk!: boolean;

  @Field(() => VisibilityEnum, {
    defaultValue: 'PRIVATE',
    description: 'PRIVATE (you and your coach) or SHARED (also your partner).',
  })
  @IsIn(VISIBILITIES, { message: 'Choose PRIVATE or SHARED.' })
  visibility!: Visibility;
}

@ArgsType()
export class CommentOnCheckinArgs {
  @Field(() => ID)
  @IsString()
  checkinId!: string;

  @Field({ description: 'Up to 2000 characters.' })
  @CommentBody()
  body!: string;
}
