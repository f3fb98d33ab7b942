export * from './types';
export * from './encoding';
export * from './csv';
export * from './values';
export * from './mapping';
export * from './rows';
export * from './fhir';
export * from './messages';
