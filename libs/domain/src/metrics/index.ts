export * from './aggregates';
export * from './period';
export * from './suppression';
