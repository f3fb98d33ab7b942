export * from './tabular';
