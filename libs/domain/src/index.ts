export * from './roles';
export * from './passwords';
