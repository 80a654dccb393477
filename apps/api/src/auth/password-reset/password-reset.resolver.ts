import { Args, ArgsType, Field, Mutation, Resolver } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { PasswordResetService } from './password-reset.service';

@ArgsType()
class RequestPasswordResetArgs {
  @Field()
  @IsString()
  @MaxLength(320)
  email!: string;
}

@ArgsType()
class ResetPasswordArgs {
  @Field({ description: 'The token of the emailed link.' })
  @IsString()
  @MaxLength(200)
  token!: string;

  @Field({ description: '8 to 128 characters.' })
  @IsString()
  password!: string;
}

/** "Forgot password", for people who are signed out. */
@Resolver()
export class PasswordResetResolver {
  constructor(private readonly resets: PasswordResetService) {}

  @Mutation(() => Boolean, {
    description:
      'Emails a one-hour, single-use reset link if the address has an account. Always true: the answer never says whether it does.',
  })
  async requestPasswordReset(@Args() args: RequestPasswordResetArgs): Promise<boolean> {
    await this.resets.request(args.email);
    return true;
  }

  @Mutation(() => Boolean, {
    description: 'Sets a new password with a reset link; ends every session of the person.',
  })
  async resetPassword(@Args() args: ResetPasswordArgs): Promise<boolean> {
    await this.resets.reset(args.token, args.password);
    return true;
  }
}
