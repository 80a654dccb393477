import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { IsLocalDate } from '../../common/validators';
import { AuditActionEnum } from '../activity.models';
import { AUDIT_ACTIONS, type AuditAction } from '../../audit/audit-event.entity';

@InputType()
export class ActivityFilterInput {
  @Field(() => ID, { nullable: true, description: 'A user id from ActivityPage.people.' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a person.' })
  personId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a couple.' })
  coupleId?: string;

  @Field(() => AuditActionEnum, { nullable: true })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS, { message: 'Choose an action.' })
  action?: AuditAction;

  @Field({ nullable: true, description: 'First day (YYYY-MM-DD, clinic time zone).' })
  @IsOptional()
  @IsLocalDate()
  from?: string;

  @Field({ nullable: true, description: 'Last day (YYYY-MM-DD, clinic time zone).' })
  @IsOptional()
  @IsLocalDate()
  to?: string;
}

@ArgsType()
export class ClinicActivityArgs {
  @Field(() => ActivityFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ActivityFilterInput)
  filter?: ActivityFilterInput;

  @Field(() => Int, { defaultValue: 1 })
  @IsInt()
  @Min(1, { message: 'Pages start at 1.' })
  @Max(100000)
  page!: number;

  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(1, { message: 'Choose 1 to 200 per page.' })
  @Max(200, { message: 'Choose 1 to 200 per page.' })
  pageSize!: number;
}
