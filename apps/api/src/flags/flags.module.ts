import { Module } from '@nestjs/common';
import { CheckinsModule } from '../checkins/checkins.module';
import { FlagsResolver } from './flags.resolver';
import { FlagsService } from './flags.service';

@Module({
  imports: [CheckinsModule],
  providers: [FlagsService, FlagsResolver],
})
export class FlagsModule {}
