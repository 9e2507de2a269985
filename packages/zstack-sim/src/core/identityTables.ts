import type { TableSpec } from '../store/types.ts';

/**
 * The identity tables. Passwords are SHA-512 hex, as clients send them, in hidden columns.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/identity/AccountInventory.java
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/identity/UserInventory.java
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/identity/SessionInventory.java
 */
export const accountTable: TableSpec = {
  name: 'Account',
  table: 'account',
  javaClass: 'org.zstack.header.identity.AccountInventory',
  primaryKey: 'uuid',
  // An account owns its own row, so a Normal account's QueryAccount sees only itself.
  owned: true,
  columns: {
    uuid: { type: 'text' },
    name: { type: 'text', index: true },
    description: { type: 'text' },
    type: { type: 'text', index: true },
    password: { type: 'text', hidden: true },
    createDate: { type: 'date', index: true },
    lastOpDate: { type: 'date', index: true },
  },
};

export const userTable: TableSpec = {
  name: 'User',
  table: 'user',
  javaClass: 'org.zstack.header.identity.UserInventory',
  primaryKey: 'uuid',
  owned: true,
  columns: {
    uuid: { type: 'text' },
    accountUuid: { type: 'text', index: true },
    name: { type: 'text', index: true },
    description: { type: 'text' },
    password: { type: 'text', hidden: true },
    createDate: { type: 'date', index: true },
    lastOpDate: { type: 'date', index: true },
  },
};

/** Internal: no query API reads sessions, but their inventory is the login reply. */
export const sessionTable: TableSpec = {
  name: 'Session',
  table: 'session',
  javaClass: 'org.zstack.header.identity.SessionInventory',
  primaryKey: 'uuid',
  columns: {
    uuid: { type: 'text' },
    accountUuid: { type: 'text', index: true },
    userUuid: { type: 'text', index: true },
    userType: { type: 'text', since: '3.0.0' },
    expiredDate: { type: 'date', index: true },
    createDate: { type: 'date' },
  },
};

export const identityTables: readonly TableSpec[] = [accountTable, userTable, sessionTable];

/** The built-in admin (`AccountConstant.INITIAL_SYSTEM_ADMIN_UUID`). */
export const adminAccountUuid = '36c27e8ff05c4780bf6d2fa65700f22e';
