import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ActivityController } from './activity.controller';
import { ActivityResolver } from './activity.resolver';
import { ActivityService } from './activity.service';
import { AuditRetention } from '../audit/audit-retention';

/** The audit trail shown to people (Activity, who has seen our entries) and its upkeep. */
@Module({
  imports: [AuthModule],
  controllers: [ActivityController],
  providers: [ActivityService, ActivityResolver, AuditRetention],
})
export class ActivityModule {}
