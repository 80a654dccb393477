import { Module } from '@nestjs/common';
import { TenantModule } from '../tenant/tenant.module';
import { CommentsModule } from '../comments/comments.module';
import { CheckinLoaders } from './checkin.loaders';
import { CheckinsResolver, CoupleCheckinsResolver } from './checkins.resolver';
import { CheckinsService } from './checkins.service';
import { CoupleFramesModule } from '../couple-frames/couple-frames.module';

@Module({
  imports: [TenantModule, CommentsModule, CoupleFramesModule],
  providers: [CheckinsService, CheckinLoaders, CheckinsResolver, CoupleCheckinsResolver],
})
export class CheckinsModule {}
