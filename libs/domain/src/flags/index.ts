export * from './series';
export * from './compute-flags';
