export * from './checkins';
