import { Module } from '@nestjs/common';
import { ClinicsModule } from '../clinics/clinics.module';
import { CommentsService } from './comments.service';

/** Coaches' comments on entries; features with entries (homework, check-ins) import it. */
@Module({
  imports: [ClinicsModule],
  providers: [CommentsService],
  exports: [CommentsService],
})
export class CommentsModule {}
