import { Module } from '@nestjs/common';
import { ClinicsModule } from '../clinics/clinics.module';
import { CheckinsResolver, CoupleCheckinsResolver } from './checkins.resolver';
import { CheckinsService } from './checkins.service';
import { CoupleFramesService } from './couple-frames.service';

@Module({
  imports: [ClinicsModule],
  providers: [CoupleFramesService, CheckinsService, CheckinsResolver, CoupleCheckinsResolver],
  exports: [CoupleFramesService],
})
export class CheckinsModule {}
