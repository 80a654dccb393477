import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsInt,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

/** One answer, by item id (libs/domain CSI4_ITEMS), so a missing or unknown item is a field error. */
@InputType()
export class Csi4AnswerInput {
  @Field({ description: 'happiness, warm, rewarding or satisfied.' })
  @IsString()
  @MaxLength(40)
  item!: string;

  @Field(() => Int, { description: 'The chosen option’s value: 0–6 for happiness, else 0–5.' })
  @IsInt()
  value!: number;
}

@InputType()
export class FileCsi4Input {
  @Field(() => ID)
  @IsString()
  coupleId!: string;

  @Field(() => [Csi4AnswerInput], { description: 'All four items.' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => Csi4AnswerInput)
  answers!: Csi4AnswerInput[];
}

@ArgsType()
export class SetCsi4IntervalArgs {
  @Field(() => ID)
  @IsString()
  coupleId!: string;

  @Field(() => Int, { description: 'Re-measure every this many weeks after intake (1–52).' })
  @IsInt({ message: 'Choose from 1 to 52 weeks.' })
  @Min(1, { message: 'Choose from 1 to 52 weeks.' })
  @Max(52, { message: 'Choose from 1 to 52 weeks.' })
  everyWeeks!: number;
}
