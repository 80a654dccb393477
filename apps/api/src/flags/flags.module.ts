import { Module } from '@nestjs/common';
import { CoupleFramesModule } from '../couple-frames/couple-frames.module';
import { FlagsResolver } from './flags.resolver';
import { FlagsService } from './flags.service';

@Module({
  imports: [CoupleFramesModule],
  providers: [FlagsService, FlagsResolver],
})
export class FlagsModule {}
