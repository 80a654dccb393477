import { Module } from '@nestjs/common';
import { ClinicsModule } from '../clinics/clinics.module';
import { CommentsModule } from '../comments/comments.module';
import { CheckinsResolver, CoupleCheckinsResolver } from './checkins.resolver';
import { CheckinsService } from './checkins.service';
import { CoupleFramesService } from './couple-frames.service';

@Module({
  imports: [ClinicsModule, CommentsModule],
  providers: [CoupleFramesService, CheckinsService, CheckinsResolver, CoupleCheckinsResolver],
  exports: [CoupleFramesService],
})
export class CheckinsModule {}
