import { Module } from '@nestjs/common';
import { CheckinsModule } from '../checkins/checkins.module';
import { CouplesModule } from '../couples/couples.module';
import { MeasuresResolver } from './measures.resolver';
import { MeasuresService } from './measures.service';

@Module({
  imports: [CheckinsModule, CouplesModule],
  providers: [MeasuresService, MeasuresResolver],
})
export class MeasuresModule {}
