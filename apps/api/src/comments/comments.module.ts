import { Module } from '@nestjs/common';
import { TenantModule } from '../tenant/tenant.module';
import { CommentsService } from './comments.service';

/** Coaches' comments on entries; features with entries (homework, check-ins) import it. */
@Module({
  imports: [TenantModule],
  providers: [CommentsService],
  exports: [CommentsService],
})
export class CommentsModule {}
