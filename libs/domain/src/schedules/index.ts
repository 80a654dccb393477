export * from './schedule';
export * from './expand-tasks';
export * from './task-state';
export * from './describe-schedule';
