import { Module } from '@nestjs/common';
import { InvitationsModule } from '../invitations/invitations.module';
import { ClinicsResolver } from './clinics.resolver';
import { ClinicsService } from './clinics.service';
import { PeopleService } from './people.service';

@Module({
  imports: [InvitationsModule],
  providers: [ClinicsService, PeopleService, ClinicsResolver],
  exports: [PeopleService],
})
export class ClinicsModule {}
