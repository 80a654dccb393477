import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ClinicModel } from '../../tenant/clinic.model';
import { CurrentActor } from '../../graphql/graphql-context';
import { AccountActor } from '../account-actor';
import type { Actor } from '../../common/actor';
import { ClinicTwoFactorArgs, ReauthenticateArgs, TwoFactorCodeArgs } from '../dto/login.args';
import { RecoveryCodesModel, TwoFactorEnrolmentModel } from '../viewer.model';
import { ClinicTwoFactorService } from './clinic-two-factor.service';
import { TwoFactorService } from './two-factor.service';

@Resolver()
export class TwoFactorResolver {
  constructor(private readonly twoFactor: TwoFactorService) {}

  @Mutation(() => TwoFactorEnrolmentModel, {
    description: 'A new authenticator secret to scan. Two-factor is on only once confirmed.',
  })
  startTwoFactorEnrolment(@AccountActor() actor: Actor): Promise<TwoFactorEnrolmentModel> {
    return this.twoFactor.startEnrolment(actor);
  }

  @Mutation(() => RecoveryCodesModel, {
    description: 'Turns two-factor on with a code from the app; returns recovery codes, once.',
  })
  async confirmTwoFactorEnrolment(
    @Args() args: TwoFactorCodeArgs,
    @AccountActor() actor: Actor,
  ): Promise<RecoveryCodesModel> {
    return { codes: await this.twoFactor.confirmEnrolment(actor, args.code) };
  }

  @Mutation(() => Boolean, { description: 'Turns two-factor off; needs the password or a code.' })
  async disableTwoFactor(
    @Args() args: ReauthenticateArgs,
    @AccountActor() actor: Actor,
  ): Promise<boolean> {
    await this.twoFactor.disable(actor, args);
    return true;
  }

  @Mutation(() => RecoveryCodesModel, {
    description: 'New recovery codes (the old ones stop working); needs the password or a code.',
  })
  async regenerateRecoveryCodes(
    @Args() args: ReauthenticateArgs,
    @AccountActor() actor: Actor,
  ): Promise<RecoveryCodesModel> {
    return { codes: await this.twoFactor.regenerateRecoveryCodes(actor, args) };
  }
}

@Resolver(() => ClinicModel)
export class ClinicTwoFactorResolver {
  constructor(private readonly clinics: ClinicTwoFactorService) {}

  @ResolveField(() => Boolean, {
    description: 'Coaches and clinic admins must sign in with two-factor.',
  })
  requireTwoFactor(@Parent() clinic: ClinicModel): Promise<boolean> {
    return this.clinics.required(clinic.id);
  }

  @Mutation(() => ClinicModel, {
    description: 'Clinic admins: require two-factor sign-in for coaches and admins (or not).',
  })
  setClinicTwoFactorRequirement(
    @Args() args: ClinicTwoFactorArgs,
    @CurrentActor() actor: Actor,
  ): Promise<ClinicModel> {
    return this.clinics.setRequired(actor, args.required);
  }
}
