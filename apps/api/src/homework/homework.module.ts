import { Module } from '@nestjs/common';
import { TenantModule } from '../tenant/tenant.module';
import { CommentsModule } from '../comments/comments.module';
import { ExercisesModule } from '../exercises/exercises.module';
import { AssignmentsService } from './assignments.service';
import { CompletionsService } from './completions.service';
import { HomeworkLoaders } from './homework.loaders';
import { HOMEWORK_RESOLVERS } from './homework.resolver';
import { ProgressService } from './progress.service';
import { TasksService } from './tasks.service';

const HOMEWORK_SERVICES = [AssignmentsService, TasksService, CompletionsService, ProgressService];

@Module({
  imports: [TenantModule, ExercisesModule, CommentsModule],
  providers: [...HOMEWORK_SERVICES, HomeworkLoaders, ...HOMEWORK_RESOLVERS],
  exports: HOMEWORK_SERVICES,
})
export class HomeworkModule {}
