/** The whole Drizzle schema: one file per area. Migrations are generated from it (npm run db:generate). */
export * from './tenancy';
export * from './accounts';
export * from './audit';
export * from './indicators';
export * from './patient-data';
export * from './maturity';
export * from './improvement';
export * from './imports';
