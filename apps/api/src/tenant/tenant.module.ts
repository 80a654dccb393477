import { Module } from '@nestjs/common';
import { PeopleService } from './people.service';

/** The clinic's people (memberships and their display names), read by every feature. */
@Module({
  providers: [PeopleService],
  exports: [PeopleService],
})
export class TenantModule {}
