import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEmail, IsInt, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsTimeZone } from '../../common/validators';

@InputType()
export class UpdateClinicInput {
  @Field()
  @IsString()
  @MinLength(2, { message: 'Use at least 2 characters.' })
  @MaxLength(120, { message: 'Use at most 120 characters.' })
  name!: string;

  @Field()
  @IsTimeZone()
  timeZone!: string;

  @Field(() => Int, { description: 'Small-cell threshold k, 2 to 100 (default 11).' })
  @IsInt()
  @Min(2, { message: 'k must be at least 2.' })
  @Max(100, { message: 'k must be at most 100.' })
  smallCellK!: number;
}

@InputType()
export class InviteCoachInput {
  @Field()
  @IsEmail({}, { message: 'Enter a valid email address.' })
  @MaxLength(320)
  email!: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter a name.' })
  @MaxLength(80, { message: 'Use at most 80 characters.' })
  displayName!: string;
}
