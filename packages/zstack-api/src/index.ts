export * from './catalog/index.ts';
export * from './catalog/types.ts';
export * from './dates.ts';
export * from './enums.ts';
export * from './errors.ts';
export type * from './inventories/session.ts';
export type * from './inventories/vm.ts';
export * from './query.ts';
export * from './uuid.ts';
