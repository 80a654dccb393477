import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Role } from '@hearth/domain';
import { ClinicModel } from '../tenant/clinic.model';
import { RoleEnum } from '../graphql/enums';

/** The signed-in person, in the clinic of their session. */
@ObjectType('Viewer')
export class ViewerModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => ClinicModel)
  clinic!: ClinicModel;

  @Field(() => [RoleEnum])
  roles!: Role[];

  @Field({
    description:
      'The clinic requires two-factor sign-in and this person has not set it up: until they do, ' +
      'every other operation answers TWO_FACTOR_ENROLMENT_REQUIRED.',
  })
  mustEnrolTwoFactor!: boolean;
}

@ObjectType('ClinicChoice', { description: 'A clinic the person is an active member of.' })
export class ClinicChoiceModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'The clinic this session acts in.' })
  current!: boolean;
}

@ObjectType('TwoFactorStatus')
export class TwoFactorStatusModel {
  @Field()
  enabled!: boolean;

  @Field(() => Int, { description: 'Unused recovery codes.' })
  recoveryCodesLeft!: number;
}

@ObjectType('TwoFactorChallenge', {
  description: 'The password was right; send a code with this token to finish signing in.',
})
export class TwoFactorChallengeModel {
  @Field({ description: 'Single-use, short-lived. Not a session.' })
  token!: string;

  @Field()
  expiresAt!: Date;
}

@ObjectType('SignInResult', {
  description: 'Either signed in (viewer, cookie set) or a code is needed (twoFactor).',
})
export class SignInResultModel {
  @Field(() => ViewerModel, { nullable: true })
  viewer!: ViewerModel | null;

  @Field(() => TwoFactorChallengeModel, { nullable: true })
  twoFactor!: TwoFactorChallengeModel | null;
}

@ObjectType('TwoFactorEnrolment')
export class TwoFactorEnrolmentModel {
  @Field({ description: 'Base32, for typing into an authenticator app.' })
  secret!: string;

  @Field({ description: 'otpauth:// URI, shown as a QR code.' })
  uri!: string;
}

@ObjectType('RecoveryCodes')
export class RecoveryCodesModel {
  @Field(() => [String], { description: 'Shown once; each signs in once.' })
  codes!: string[];
}
