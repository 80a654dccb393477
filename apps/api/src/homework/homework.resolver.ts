import { AssignmentResolver } from './assignment.resolver';
import { CompletionResolver } from './completion.resolver';
import { CoupleHomeworkResolver } from './couple-homework.resolver';
import { HomeworkQueryResolver } from './homework-query.resolver';
import { TaskResolver } from './task.resolver';

/** The homework resolvers, one file per GraphQL type they resolve. */
export const HOMEWORK_RESOLVERS = [
  CoupleHomeworkResolver,
  AssignmentResolver,
  TaskResolver,
  CompletionResolver,
  HomeworkQueryResolver,
];
