import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../common/actor';
import { CurrentActor } from '../graphql/graphql-context';
import { InvitationLinkModel } from '../invitations/invitation.model';
import { ClinicModel } from '../tenant/clinic.model';
import { ClinicsService } from './clinics.service';
import { InviteCoachInput, UpdateClinicInput } from './dto/clinic.inputs';
import { CoachModel } from '../tenant/person.model';

@Resolver()
export class ClinicsResolver {
  constructor(private readonly clinics: ClinicsService) {}

  @Query(() => [CoachModel], { description: "The clinic's coaches (clinic admins only)." })
  clinicCoaches(@CurrentActor() actor: Actor): Promise<CoachModel[]> {
    return this.clinics.coaches(actor);
  }

  @Mutation(() => ClinicModel)
  updateClinic(
    @Args('input') input: UpdateClinicInput,
    @CurrentActor() actor: Actor,
  ): Promise<ClinicModel> {
    return this.clinics.update(actor, input);
  }

  @Mutation(() => InvitationLinkModel, {
    description: 'Invites a coach; returns the link to pass on.',
  })
  inviteCoach(
    @Args('input') input: InviteCoachInput,
    @CurrentActor() actor: Actor,
  ): Promise<InvitationLinkModel> {
    return this.clinics.inviteCoach(actor, input);
  }

  @Mutation(() => CoachModel, { description: 'Deactivates a coach and ends their sessions.' })
  deactivateCoach(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<CoachModel> {
    return this.clinics.deactivateCoach(actor, id);
  }
}
