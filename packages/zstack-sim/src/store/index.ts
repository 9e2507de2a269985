/**
 * The simulator's state: SQLite tables described by TableSpecs, CRUD, inventories and ZStack
 * queries.
 *
 * @see https://github.com/zstackio/zstack/blob/master/search/src/main/java/org/zstack/query/QueryFacadeImpl.java
 */
export { ownerColumn } from './codec.ts';
export { createStore, type StoreOptions } from './sqliteStore.ts';
export { systemTagTable, userTagTable } from './tags.ts';
export type * from './types.ts';
