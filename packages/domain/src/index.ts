/** @leerlus/domain — pure domain logic. No I/O: values in, values out. */
export * from './access/index';
export * from './spc/index';
export * from './funnel/index';
export * from './maturity/index';
export * from './tabular/index';
