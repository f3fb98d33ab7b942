/** @leerlus/domain maturity: instrument format, built-in instruments, scoring, gaps, findings, trends, comparison. */
export * from './instrument';
export * from './instruments/index';
export * from './answers';
export * from './scoring';
export * from './trend';
export * from './comparison';
export * from './findings';
export * from './schedule';
