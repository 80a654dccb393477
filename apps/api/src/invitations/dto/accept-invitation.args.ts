import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

@ArgsType()
export class AcceptInvitationArgs {
  @Field()
  @IsString()
  @MinLength(10, { message: 'This invitation link is incomplete.' })
  @MaxLength(200, { message: 'This invitation link is invalid.' })
  token!: string;

  @Field({ description: '8 to 128 characters; for an existing account, its password.' })
  @IsString()
  password!: string;

  @Field({ nullable: true, description: 'How the person wants to be called.' })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'Enter your name.' })
  @MaxLength(80, { message: 'Use at most 80 characters.' })
  displayName?: string;
}
