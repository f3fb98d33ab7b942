/** @leerlus/db — schema, client (PGlite or PostgreSQL), migrations and repositories. */
export * from './client';
export * as schema from './schema/index';
export * from './repositories/audit';
export * from './repositories/maturity-instruments';
