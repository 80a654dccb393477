import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

@ArgsType()
export class LoginArgs {
  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter your email.' })
  @MaxLength(320)
  email!: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter your password.' })
  @MaxLength(1024)
  password!: string;
}

@ArgsType()
export class ChangePasswordArgs {
  @Field()
  @IsString()
  @MaxLength(1024)
  currentPassword!: string;

  @Field({ description: '8 to 128 characters.' })
  @IsString()
  newPassword!: string;
}

@ArgsType()
export class TwoFactorSignInArgs {
  @Field({ description: 'The token of the password step.' })
  @IsString()
  @MaxLength(100)
  challenge!: string;

  @Field({ description: 'A 6-digit code from the app, or a recovery code.' })
  @IsString()
  @MinLength(1, { message: 'Enter the code.' })
  @MaxLength(64, { message: 'Enter the 6-digit code or a recovery code.' })
  code!: string;
}

@ArgsType()
export class TwoFactorCodeArgs {
  @Field({ description: 'A 6-digit code from the app.' })
  @IsString()
  @MinLength(1, { message: 'Enter the code.' })
  @MaxLength(64)
  code!: string;
}

@ArgsType()
export class ReauthenticateArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1024)
  password?: string | null;

  @Field(() => String, { nullable: true, description: 'A current code, instead of the password.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  code?: string | null;
}

@ArgsType()
export class SessionIdArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  id!: string;
}

@ArgsType()
export class SwitchClinicArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  clinicId!: string;
}

@ArgsType()
export class ClinicTwoFactorArgs {
  @Field({ description: 'Require two-factor sign-in for coaches and clinic admins.' })
  @IsBoolean()
  required!: boolean;
}
