export * from './auditLog.ts';
export * from './auth.ts';
export * from './jobs.ts';
export * from './preferences.ts';
export * from './vms.ts';
