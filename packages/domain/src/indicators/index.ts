/** @leerlus/domain indicators: measures, chart types, periods, definitions, case-mix filters, goal-domain coverage. */
export * from './types';
export * from './chart-type';
export * from './periods';
export * from './definition';
export * from './case-mix';
export * from './coverage';
export * from './spc-input';
export * from './catalogue-access';
export * from './data-quality';
