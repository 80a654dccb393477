import { Module } from '@nestjs/common';
import { InvitationsModule } from '../invitations/invitations.module';
import { TenantModule } from '../tenant/tenant.module';
import { ClinicsResolver } from './clinics.resolver';
import { ClinicsService } from './clinics.service';

@Module({
  imports: [InvitationsModule, TenantModule],
  providers: [ClinicsService, ClinicsResolver],
})
export class ClinicsModule {}
