export * from './aggregates';
export * from './suppression';
