/** All tables, for drizzle-kit and the typed database handle. Each feature owns its own file. */
export * from '../features/system/schema';
export * from '../features/audit/schema';
export * from '../features/users/schema';
export * from '../features/institution/schema';
export * from '../features/registry/schema';
export * from '../features/hemis/schema';
export * from '../features/academic/schema';
export * from '../features/attendance/schema';
export * from '../features/documents/schema';
export * from '../features/documents/templates/schema';
export * from '../features/documents/batch/schema';
export * from '../features/orders/schema';
