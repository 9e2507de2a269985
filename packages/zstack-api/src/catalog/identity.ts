/**
 * Catalogue section `identity`: Accounts, users and sessions.
 *
 * @see https://github.com/zstackio/zstack/tree/master/header/src/main/java/org/zstack/header/identity
 */

import type { AccountInventory, UserInventory } from '../inventories/identity.ts';
import type { SessionInventory } from '../inventories/session.ts';
import type { EmptyResult, InventoryResult, QueryResult } from './replies.ts';
import { defineApi } from './types.ts';

const identitySrc = 'header/src/main/java/org/zstack/header/identity';

/**
 * `LogInByAccount`: sync, no session.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/identity/APILogInByAccountMsg.java
 */
export const logInByAccount = defineApi<InventoryResult<SessionInventory>>()({
  name: 'LogInByAccount',
  fqn: 'org.zstack.header.identity.APILogInByAccountMsg',
  replyFqn: 'org.zstack.header.identity.APILogInReply',
  section: 'identity',
  rest: { method: 'PUT', path: '/accounts/login', bodyKey: 'logInByAccount' },
  async: false,
  noSession: true,
  response: 'inventory',
  params: {
    accountName: { type: 'string', required: true },
    /** SHA-512 hex of the plaintext. */
    password: { type: 'string', required: true },
    accountType: { type: 'string', since: '3.4.0' },
    captchaUuid: { type: 'string', since: '2.6.0' },
    verifyCode: { type: 'string', since: '2.6.0' },
    clientInfo: { type: 'map', since: '3.5.0' },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${identitySrc}/APILogInByAccountMsg.java`,
});

/**
 * `LogInByUser`: sync, no session.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/identity/APILogInByUserMsg.java
 */
export const logInByUser = defineApi<InventoryResult<SessionInventory>>()({
  name: 'LogInByUser',
  fqn: 'org.zstack.header.identity.APILogInByUserMsg',
  replyFqn: 'org.zstack.header.identity.APILogInReply',
  section: 'identity',
  rest: { method: 'PUT', path: '/accounts/users/login', bodyKey: 'logInByUser' },
  async: false,
  noSession: true,
  response: 'inventory',
  params: {
    accountUuid: { type: 'string' },
    accountName: { type: 'string', since: '1.1.0' },
    userName: { type: 'string', required: true },
    /** SHA-512 hex of the plaintext. */
    password: { type: 'string', required: true },
    clientInfo: { type: 'map', since: '3.5.0' },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${identitySrc}/APILogInByUserMsg.java`,
});

/**
 * `LogOut`: sync, no session.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/identity/APILogOutMsg.java
 */
export const logOut = defineApi<EmptyResult>()({
  name: 'LogOut',
  fqn: 'org.zstack.header.identity.APILogOutMsg',
  replyFqn: 'org.zstack.header.identity.APILogOutReply',
  section: 'identity',
  rest: { method: 'DELETE', path: '/accounts/sessions/{sessionUuid}', bodyKey: null },
  async: false,
  noSession: true,
  response: 'none',
  params: {
    sessionUuid: { type: 'string', required: true },
    clientInfo: { type: 'map', since: '3.5.0' },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${identitySrc}/APILogOutMsg.java`,
});

/**
 * `ValidateSession`: sync, no session.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/identity/APIValidateSessionMsg.java
 */
export const validateSession = defineApi<{ valid: boolean }>()({
  name: 'ValidateSession',
  fqn: 'org.zstack.header.identity.APIValidateSessionMsg',
  replyFqn: 'org.zstack.header.identity.APIValidateSessionReply',
  section: 'identity',
  rest: { method: 'GET', path: '/accounts/sessions/{sessionUuid}/valid', bodyKey: null },
  async: false,
  noSession: true,
  response: { fieldsTo: { valid: 'validSession' } },
  params: {
    sessionUuid: { type: 'string', required: true },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${identitySrc}/APIValidateSessionMsg.java`,
});

/**
 * `RenewSession`: async.
 * Present from 2.4.0 (also on the 2.3.2 maintenance branch); sessions slide on every call only
 * from 3.0.0.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/identity/APIRenewSessionMsg.java
 */
export const renewSession = defineApi<InventoryResult<SessionInventory>>()({
  name: 'RenewSession',
  fqn: 'org.zstack.header.identity.APIRenewSessionMsg',
  replyFqn: 'org.zstack.header.identity.APIRenewSessionEvent',
  section: 'identity',
  rest: { method: 'PUT', path: '/accounts/sessions/{sessionUuid}/renew', bodyKey: 'renewSession' },
  async: true,
  response: 'inventory',
  params: {
    sessionUuid: { type: 'string', required: true },
    duration: { type: 'long', numberRange: [60, 31536000] },
  },
  since: '2.4.0',
  source: `${identitySrc}/APIRenewSessionMsg.java`,
});

/**
 * `CreateAccount`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/identity/APICreateAccountMsg.java
 */
export const createAccount = defineApi<InventoryResult<AccountInventory>>()({
  name: 'CreateAccount',
  fqn: 'org.zstack.header.identity.APICreateAccountMsg',
  replyFqn: 'org.zstack.header.identity.APICreateAccountEvent',
  section: 'identity',
  rest: { method: 'POST', path: '/accounts', bodyKey: 'params' },
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    name: { type: 'string', required: true, maxLength: 255 },
    /** SHA-512 hex of the plaintext (zstack-cli hashes it). */
    password: { type: 'string', required: true, maxLength: 255 },
    type: { type: 'string', validValues: ['SystemAdmin', 'Normal'], since: '0.8.0' },
    description: { type: 'string', maxLength: 2048, since: '0.8.0' },
    resourceUuid: { type: 'string' },
    tagUuids: { type: 'stringList', since: '3.4.0' },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${identitySrc}/APICreateAccountMsg.java`,
});

/**
 * `UpdateAccount`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/identity/APIUpdateAccountMsg.java
 */
export const updateAccount = defineApi<InventoryResult<AccountInventory>>()({
  name: 'UpdateAccount',
  fqn: 'org.zstack.header.identity.APIUpdateAccountMsg',
  replyFqn: 'org.zstack.header.identity.APIUpdateAccountEvent',
  section: 'identity',
  rest: { method: 'PUT', path: '/accounts/{uuid}', bodyKey: 'updateAccount' },
  async: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
    /** SHA-512 hex of the new password. */
    password: { type: 'string', maxLength: 255 },
    name: { type: 'string', maxLength: 255, since: '1.1.0' },
    description: { type: 'string', maxLength: 2048, since: '1.1.0' },
    oldPassword: { type: 'string', maxLength: 255, since: '3.6.0' },
  },
  since: '0.8.0',
  restSince: '1.9.0',
  source: `${identitySrc}/APIUpdateAccountMsg.java`,
});

/**
 * `DeleteAccount`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/identity/APIDeleteAccountMsg.java
 */
export const deleteAccount = defineApi<EmptyResult>()({
  name: 'DeleteAccount',
  fqn: 'org.zstack.header.identity.APIDeleteAccountMsg',
  replyFqn: 'org.zstack.header.identity.APIDeleteAccountEvent',
  section: 'identity',
  rest: { method: 'DELETE', path: '/accounts/{uuid}', bodyKey: null },
  async: true,
  response: 'none',
  params: {
    uuid: { type: 'string', required: true },
    deleteMode: { type: 'string', validValues: ['Permissive', 'Enforcing'] },
  },
  since: '0.8.0',
  restSince: '1.9.0',
  source: `${identitySrc}/APIDeleteAccountMsg.java`,
});

/**
 * `QueryAccount`: sync.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/identity/APIQueryAccountMsg.java
 */
export const queryAccount = defineApi<QueryResult<AccountInventory>>()({
  name: 'QueryAccount',
  fqn: 'org.zstack.header.identity.APIQueryAccountMsg',
  replyFqn: 'org.zstack.header.identity.APIQueryAccountReply',
  section: 'identity',
  rest: { method: 'GET', path: '/accounts', optionalPaths: ['/accounts/{uuid}'], bodyKey: null },
  async: false,
  response: 'inventories',
  queryInventory: 'Account',
  params: {},
  since: '0.8.0',
  restSince: '1.9.0',
  source: `${identitySrc}/APIQueryAccountMsg.java`,
});

/**
 * `CreateUser`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/identity/APICreateUserMsg.java
 */
export const createUser = defineApi<InventoryResult<UserInventory>>()({
  name: 'CreateUser',
  fqn: 'org.zstack.header.identity.APICreateUserMsg',
  replyFqn: 'org.zstack.header.identity.APICreateUserEvent',
  section: 'identity',
  rest: { method: 'POST', path: '/accounts/users', bodyKey: 'params' },
  async: true,
  response: 'inventory',
  params: {
    name: { type: 'string', required: true, maxLength: 255, since: '0.8.0' },
    /** SHA-512 hex of the plaintext (zstack-cli hashes it). */
    password: { type: 'string', required: true, maxLength: 255 },
    description: { type: 'string', maxLength: 2048, since: '0.8.0' },
    resourceUuid: { type: 'string' },
    tagUuids: { type: 'stringList', since: '3.4.0' },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${identitySrc}/APICreateUserMsg.java`,
});

/**
 * `UpdateUser`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/identity/APIUpdateUserMsg.java
 */
export const updateUser = defineApi<InventoryResult<UserInventory>>()({
  name: 'UpdateUser',
  fqn: 'org.zstack.header.identity.APIUpdateUserMsg',
  replyFqn: 'org.zstack.header.identity.APIUpdateUserEvent',
  section: 'identity',
  rest: { method: 'PUT', path: '/accounts/users/actions', bodyKey: 'updateUser' },
  async: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string' },
    /** SHA-512 hex of the new password. */
    password: { type: 'string', maxLength: 255 },
    name: { type: 'string', maxLength: 255, since: '1.1.0' },
    description: { type: 'string', maxLength: 2048, since: '1.1.0' },
    oldPassword: { type: 'string', maxLength: 255, since: '3.6.0' },
  },
  since: '0.8.0',
  restSince: '1.9.0',
  source: `${identitySrc}/APIUpdateUserMsg.java`,
});

/**
 * `DeleteUser`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/identity/APIDeleteUserMsg.java
 */
export const deleteUser = defineApi<EmptyResult>()({
  name: 'DeleteUser',
  fqn: 'org.zstack.header.identity.APIDeleteUserMsg',
  replyFqn: 'org.zstack.header.identity.APIDeleteUserEvent',
  section: 'identity',
  rest: { method: 'DELETE', path: '/accounts/users/{uuid}', bodyKey: null },
  async: true,
  response: 'none',
  params: {
    uuid: { type: 'string', required: true },
    deleteMode: { type: 'string', validValues: ['Permissive', 'Enforcing'] },
  },
  since: '0.8.0',
  restSince: '1.9.0',
  source: `${identitySrc}/APIDeleteUserMsg.java`,
});

/**
 * `QueryUser`: sync.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/identity/APIQueryUserMsg.java
 */
export const queryUser = defineApi<QueryResult<UserInventory>>()({
  name: 'QueryUser',
  fqn: 'org.zstack.header.identity.APIQueryUserMsg',
  replyFqn: 'org.zstack.header.identity.APIQueryUserReply',
  section: 'identity',
  rest: {
    method: 'GET',
    path: '/accounts/users',
    optionalPaths: ['/accounts/users/{uuid}'],
    bodyKey: null,
  },
  async: false,
  response: 'inventories',
  queryInventory: 'User',
  params: {},
  since: '0.8.0',
  restSince: '1.9.0',
  source: `${identitySrc}/APIQueryUserMsg.java`,
});
