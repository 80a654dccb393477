import { Module } from '@nestjs/common';
import { ClinicsModule } from '../clinics/clinics.module';
import { ExercisesModule } from '../exercises/exercises.module';
import { HOMEWORK_RESOLVERS } from './homework.resolver';
import { HomeworkService } from './homework.service';

@Module({
  imports: [ClinicsModule, ExercisesModule],
  providers: [HomeworkService, ...HOMEWORK_RESOLVERS],
  exports: [HomeworkService],
})
export class HomeworkModule {}
