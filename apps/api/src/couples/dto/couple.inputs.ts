import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { COUPLE_STATUSES, type CoupleStatus } from '@hearth/domain';
import { CoupleStatusEnum } from '../../graphql/enums';
import { INTAKE_DATES, IsLocalDate, IsTimeZone } from '../../common/validators';

@InputType()
export class PartnerInput {
  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter a name.' })
  @MaxLength(80, { message: 'Use at most 80 characters.' })
  displayName!: string;

  @Field()
  @IsEmail({}, { message: 'Enter a valid email address.' })
  @MaxLength(320)
  email!: string;
}

@InputType()
export class CreateCoupleInput {
  @Field({ description: 'How the coach refers to the couple, e.g. "Alex & Sam".' })
  @IsString()
  @MinLength(1, { message: 'Enter a label.' })
  @MaxLength(80, { message: 'Use at most 80 characters.' })
  label!: string;

  @Field({ nullable: true, description: "IANA time zone; defaults to the clinic's." })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD; defaults to today.' })
  @IsOptional()
  @IsLocalDate(INTAKE_DATES)
  intakeDate?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Primary coach (admins must choose one; a coach creating a couple is its coach).',
  })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a coach.' })
  coachId?: string;

  @Field(() => PartnerInput)
  @ValidateNested()
  @Type(() => PartnerInput)
  partnerA!: PartnerInput;

  @Field(() => PartnerInput)
  @ValidateNested()
  @Type(() => PartnerInput)
  partnerB!: PartnerInput;
}

@InputType()
export class UpdateRosterCoupleInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a coach.' })
  coachId?: string;

  @Field(() => CoupleStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(COUPLE_STATUSES, { message: 'Choose ACTIVE, PAUSED or CLOSED.' })
  status?: CoupleStatus;

  @Field({
    nullable: true,
    description:
      'Why the couple moves to another coach (required with a new coachId, up to 500 characters). Seen by the previous coach and the clinic admins, not by the couple.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'Use at most 500 characters.' })
  reason?: string;
}
