/** @leerlus/contracts — the zod schemas at every boundary (HTTP, CLI), shared by api, web and cli. */
export * from './common';
export * from './auth';
export * from './teams';
export * from './admin';
export * from './issues';
export * from './spc';
export * from './funnel';
export * from './maturity';
export * from './tabular-export';
export * from './imports';
