import { newUuid } from '@zdash/zstack-api';
import { ApiError, invalidArgument, notFound } from '../core/apiError.ts';
import type { ApiCall, CallerSession, HandlerTable } from '../core/context.ts';
import {
  accountTable,
  adminAccountUuid,
  identityTables,
  sessionTable,
  userTable,
} from '../core/identityTables.ts';
import { runtimeOf } from '../core/runtime.ts';
import type { Row } from '../store/types.ts';

/**
 * Section `identity`: accounts, users and sessions.
 *
 * @see https://github.com/zstackio/zstack/blob/master/identity/src/main/java/org/zstack/identity/AccountManagerImpl.java
 * @see https://github.com/zstackio/zstack/blob/master/identity/src/main/java/org/zstack/identity/AccountLoginBackend.java
 * @see https://github.com/zstackio/zstack/blob/master/identity/src/main/java/org/zstack/identity/AccountBase.java
 */
export const tables = identityTables;

type Params = Record<string, unknown>;

const wrongPassword = (what: string) => new ApiError('ID.1000', `wrong ${what} or password`);
const denied = (details: string) => new ApiError('ID.1002', details);

function sessionReply(call: ApiCall, row: Row) {
  return { inventory: call.sim.store.toInventory(sessionTable.name, row) };
}

function logInByAccount(call: ApiCall<Params>) {
  const { store } = call.sim;
  const [account] = store.find(accountTable.name, { name: String(call.params.accountName) });
  if (!account || account.password !== call.params.password) {
    throw wrongPassword('account name');
  }
  const uuid = String(account.uuid);
  return sessionReply(call, runtimeOf(call.sim).sessions.login(uuid, uuid, 'AccountVO'));
}

function logInByUser(call: ApiCall<Params>) {
  const { store } = call.sim;
  const { accountUuid, accountName, userName, password } = call.params;
  if (!accountUuid && !accountName) {
    throw invalidArgument(
      'accountUuid and accountName cannot both be null, you must specify at least one',
    );
  }
  const account = accountUuid
    ? store.get(accountTable.name, String(accountUuid))
    : accountName
      ? store.find(accountTable.name, { name: String(accountName) })[0]
      : undefined;
  const user =
    account &&
    store.find(userTable.name, { accountUuid: String(account.uuid), name: String(userName) })[0];
  if (!account || !user || user.password !== password) throw wrongPassword('user name');
  return sessionReply(
    call,
    runtimeOf(call.sim).sessions.login(String(account.uuid), String(user.uuid), 'UserVO'),
  );
}

function renewSession(call: ApiCall<Params>) {
  const caller = call.session as CallerSession;
  const target = call.sim.store.get(sessionTable.name, String(call.params.sessionUuid));
  if (target && target.accountUuid !== caller.accountUuid && caller.accountType !== 'SystemAdmin') {
    throw denied(`the session[uuid:${String(call.params.sessionUuid)}] does not belong to you`);
  }
  const duration = call.params.duration as number | undefined;
  const row = runtimeOf(call.sim).sessions.renew(String(call.params.sessionUuid), duration);
  return sessionReply(call, row);
}

function assertUniqueAccountName(call: ApiCall, name: string, self?: string) {
  const clash = call.sim.store.find(accountTable.name, { name });
  if (clash.some((row) => row.uuid !== self)) {
    throw invalidArgument(`unable to create an account. An account already called ${name}`);
  }
}

function createAccount(call: ApiCall<Params>) {
  const { store, clock } = call.sim;
  const name = String(call.params.name);
  assertUniqueAccountName(call, name);
  const uuid = String(call.params.resourceUuid ?? newUuid());
  const now = clock.now().getTime();
  const row = {
    uuid,
    name,
    description: call.params.description,
    type: call.params.type ?? 'Normal',
    password: call.params.password,
    createDate: now,
    lastOpDate: now,
  };
  store.insert(accountTable.name, row, uuid);
  return { inventory: store.toInventory(accountTable.name, row) };
}

function updateAccount(call: ApiCall<Params>) {
  const { store, clock } = call.sim;
  const caller = call.session as CallerSession;
  const uuid = String(call.params.uuid);
  if (caller.accountType !== 'SystemAdmin' && uuid !== caller.accountUuid) {
    throw denied(`account[uuid:${caller.accountUuid}] can only update itself`);
  }
  const account = store.get(accountTable.name, uuid);
  if (!account) throw notFound('AccountVO', uuid);
  const { name, password, oldPassword, description } = call.params;
  if (oldPassword !== undefined && password !== undefined && oldPassword !== account.password) {
    throw invalidArgument(
      'old password is not equal to the original password, cannot update the password of account',
    );
  }
  if (name !== undefined) assertUniqueAccountName(call, String(name), uuid);
  const row = store.update(accountTable.name, uuid, {
    name,
    password,
    description,
    lastOpDate: clock.now().getTime(),
  });
  return { inventory: store.toInventory(accountTable.name, row) };
}

function deleteAccount(call: ApiCall<Params>) {
  const { store } = call.sim;
  const caller = call.session as CallerSession;
  const uuid = String(call.params.uuid);
  if (caller.accountType !== 'SystemAdmin') {
    throw denied('only admin can delete an account');
  }
  if (uuid === adminAccountUuid) throw invalidArgument('unable to delete the admin account');
  if (!store.get(accountTable.name, uuid)) return {};
  store.transaction(() => {
    for (const user of store.find(userTable.name, { accountUuid: uuid })) {
      store.remove(userTable.name, String(user.uuid));
    }
    runtimeOf(call.sim).sessions.logoutAll({ accountUuid: uuid });
    store.remove(accountTable.name, uuid);
  });
  return {};
}

/** A user the caller may change: one of its own account's, or any for an admin. */
function ownUser(call: ApiCall<Params>, uuid: string): Row {
  const caller = call.session as CallerSession;
  const user = call.sim.store.get(userTable.name, uuid);
  if (!user) throw notFound('UserVO', uuid);
  if (caller.accountType !== 'SystemAdmin' && user.accountUuid !== caller.accountUuid) {
    throw denied(
      `the user[uuid:${uuid}] does not belong to the account[uuid:${caller.accountUuid}]`,
    );
  }
  return user;
}

function assertUniqueUserName(call: ApiCall, accountUuid: string, name: string, self?: string) {
  const clash = call.sim.store.find(userTable.name, { accountUuid, name });
  if (clash.some((row) => row.uuid !== self)) {
    throw invalidArgument(`unable to create a user. A user with the name ${name} already exists`);
  }
}

function createUser(call: ApiCall<Params>) {
  const { store, clock } = call.sim;
  const caller = call.session as CallerSession;
  const name = String(call.params.name);
  assertUniqueUserName(call, caller.accountUuid, name);
  const now = clock.now().getTime();
  const row = {
    uuid: String(call.params.resourceUuid ?? newUuid()),
    accountUuid: caller.accountUuid,
    name,
    description: call.params.description,
    password: call.params.password,
    createDate: now,
    lastOpDate: now,
  };
  store.insert(userTable.name, row, caller.accountUuid);
  return { inventory: store.toInventory(userTable.name, row) };
}

function updateUser(call: ApiCall<Params>) {
  const { store, clock } = call.sim;
  const caller = call.session as CallerSession;
  const uuid = String(call.params.uuid ?? caller.userUuid);
  const user = ownUser(call, uuid);
  const { name, password, oldPassword, description } = call.params;
  if (oldPassword !== undefined && password !== undefined && oldPassword !== user.password) {
    throw invalidArgument(
      'old password is not equal to the original password, cannot update the password of user',
    );
  }
  if (name !== undefined) assertUniqueUserName(call, String(user.accountUuid), String(name), uuid);
  const row = store.update(userTable.name, uuid, {
    name,
    password,
    description,
    lastOpDate: clock.now().getTime(),
  });
  return { inventory: store.toInventory(userTable.name, row) };
}

function deleteUser(call: ApiCall<Params>) {
  const { store } = call.sim;
  const uuid = String(call.params.uuid);
  if (!store.get(userTable.name, uuid)) return {};
  ownUser(call, uuid);
  store.transaction(() => {
    runtimeOf(call.sim).sessions.logoutAll({ userUuid: uuid });
    store.remove(userTable.name, uuid);
  });
  return {};
}

export const handlers: HandlerTable = {
  LogInByAccount: logInByAccount,
  LogInByUser: logInByUser,
  LogOut: (call: ApiCall<Params>) => {
    runtimeOf(call.sim).sessions.logout(String(call.params.sessionUuid));
    return {};
  },
  ValidateSession: (call: ApiCall<Params>) => ({
    valid: runtimeOf(call.sim).sessions.isValid(String(call.params.sessionUuid)),
  }),
  RenewSession: renewSession,
  CreateAccount: createAccount,
  UpdateAccount: updateAccount,
  DeleteAccount: deleteAccount,
  CreateUser: createUser,
  UpdateUser: updateUser,
  DeleteUser: deleteUser,
};
