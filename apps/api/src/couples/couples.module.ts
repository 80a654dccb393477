import { Module } from '@nestjs/common';
import { TenantModule } from '../tenant/tenant.module';
import { InvitationsModule } from '../invitations/invitations.module';
import { CoachMovesResolver } from './coach-moves.resolver';
import { CouplesResolver } from './couples.resolver';
import { CouplesService } from './couples.service';
import { CoupleStatusService } from './couple-status.service';

@Module({
  imports: [TenantModule, InvitationsModule],
  providers: [CouplesService, CoupleStatusService, CouplesResolver, CoachMovesResolver],
  exports: [CouplesService],
})
export class CouplesModule {}
