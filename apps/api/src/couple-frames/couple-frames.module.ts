import { Module } from '@nestjs/common';
import { CoupleFramesService } from './couple-frames.service';

/**
 * Couple frames: the facts about a couple (zone, today, partners and their enrolment) that
 * check-ins, measures and flags all compute from, loaded through the couple scope.
 */
@Module({
  providers: [CoupleFramesService],
  exports: [CoupleFramesService],
})
export class CoupleFramesModule {}
