export * from './roles';
export * from './policies';
