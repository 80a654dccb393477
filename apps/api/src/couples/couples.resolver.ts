import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { CurrentActor } from '../graphql/graphql-context';
import { CoupleStatusEnum, PartnerSlotEnum } from '../graphql/enums';
import { InvitationLinkModel } from '../invitations/invitation.model';
import type { CoupleStatus } from '@hearth/domain';
import { CoupleModel, RosterCoupleModel } from './couple.model';
import { CouplesService } from './couples.service';
import { CoupleStatusService } from './couple-status.service';
import { CreateCouplePayload } from './create-couple.payload';
import { CreateCoupleInput, UpdateRosterCoupleInput } from './dto/couple.inputs';

@Resolver(() => CoupleModel)
export class CouplesResolver {
  constructor(
    private readonly couples: CouplesService,
    private readonly status: CoupleStatusService,
    private readonly audit: AuditService,
  ) {}

  @Query(() => [CoupleModel], {
    description: "The coach's caseload: couples whose primary coach is the caller.",
  })
  async myCouples(@CurrentActor() actor: Actor): Promise<CoupleModel[]> {
    const couples = await this.couples.list(actor, 'MANAGE');
    // The caseload shows states derived from every couple's entries: a read of each.
    this.audit.read(
      actor,
      couples.map((c) => c.id),
    );
    return couples;
  }

  @Query(() => CoupleModel, { description: 'A couple, for its coach or its partners.' })
  async couple(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<CoupleModel> {
    const couple = await this.couples.get(actor, id, 'READ').catch((error: unknown) => {
      this.audit.denied(actor, 'couple', id);
      throw error;
    });
    this.audit.read(actor, [couple.id]);
    return couple;
  }

  @Query(() => CoupleModel, { nullable: true, description: "A client's own couple." })
  async ourCouple(@CurrentActor() actor: Actor): Promise<CoupleModel | null> {
    const couple = await this.couples.ourCouple(actor);
    if (couple) this.audit.read(actor, [couple.id]);
    return couple;
  }

  @Query(() => [RosterCoupleModel], {
    description: 'All couples of the clinic: names, coach, status (admins).',
  })
  clinicRoster(@CurrentActor() actor: Actor): Promise<RosterCoupleModel[]> {
    return this.couples.roster(actor);
  }

  @Mutation(() => CreateCouplePayload, { description: 'Adds a couple and invites both partners.' })
  async createCouple(
    @Args('input') input: CreateCoupleInput,
    @CurrentActor() actor: Actor,
  ): Promise<CreateCouplePayload> {
    return this.couples.create(actor, input);
  }

  @Mutation(() => InvitationLinkModel, {
    description: "Issues a new link for a partner who hasn't joined.",
  })
  invitePartner(
    @Args('coupleId', { type: () => ID }) coupleId: string,
    @Args('partner', { type: () => PartnerSlotEnum }) partner: 'A' | 'B',
    @CurrentActor() actor: Actor,
  ): Promise<InvitationLinkModel> {
    return this.couples.invitePartner(actor, coupleId, partner);
  }

  @Mutation(() => CoupleModel, {
    description: 'The coach pauses, closes or reopens a couple of their caseload.',
  })
  setCoupleStatus(
    @Args('coupleId', { type: () => ID }) coupleId: string,
    @Args('status', { type: () => CoupleStatusEnum }) status: CoupleStatus,
    @CurrentActor() actor: Actor,
  ): Promise<CoupleModel> {
    return this.status.setStatus(actor, coupleId, status);
  }

  @Mutation(() => RosterCoupleModel, {
    description: 'Clinic admin: reassign the coach or change status.',
  })
  updateRosterCouple(
    @Args('coupleId', { type: () => ID }) coupleId: string,
    @Args('input') input: UpdateRosterCoupleInput,
    @CurrentActor() actor: Actor,
  ): Promise<RosterCoupleModel> {
    return this.status.updateRoster(actor, coupleId, input);
  }
}
