import { Module } from '@nestjs/common';
import { CoupleFramesModule } from '../couple-frames/couple-frames.module';
import { CouplesModule } from '../couples/couples.module';
import { MeasureLoaders } from './measure.loaders';
import { MeasuresResolver } from './measures.resolver';
import { MeasuresService } from './measures.service';

@Module({
  imports: [CoupleFramesModule, CouplesModule],
  providers: [MeasuresService, MeasureLoaders, MeasuresResolver],
})
export class MeasuresModule {}
