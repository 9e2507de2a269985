import { hasCapability, newUuid } from '@zdash/zstack-api';
import type { Row, Store } from '../store/types.ts';
import { ApiError } from './apiError.ts';
import type { CallerSession, SimClock } from './context.ts';
import type { GlobalConfigService } from './globalConfigs.ts';
import { accountTable, sessionTable } from './identityTables.ts';

/**
 * Sessions as identity's `Session` class keeps them: a login creates one that expires
 * `identity/session.timeout` seconds later; from 3.0.0 every authenticated call slides the
 * expiry (AuthorizationManager → Session.renewSession); before that it is fixed at login.
 *
 * @see https://github.com/zstackio/zstack/blob/master/identity/src/main/java/org/zstack/identity/Session.java
 * @see https://github.com/zstackio/zstack/blob/master/identity/src/main/java/org/zstack/identity/AuthorizationManager.java
 */
export interface SessionService {
  /** Opens a session; ID.1006 when the user already holds `session.maxConcurrent`. */
  login(accountUuid: string, userUuid: string, userType: string): Row;
  /** Resolves a session for an API call (sliding it from 3.0.0); ID.1001 when unknown or expired. */
  check(uuid: string | null | undefined): CallerSession;
  /** True when the session exists and has not expired; never slides. */
  isValid(uuid: string): boolean;
  /** RenewSession: expiry = now + duration (default session.timeout). */
  renew(uuid: string, durationSeconds?: number): Row;
  logout(uuid: string): void;
  /** Ends every session of an account or user (deletion). */
  logoutAll(where: { accountUuid?: string; userUuid?: string }): void;
  /** Deletes expired sessions (the node's ExpiredSessionCleanupThread); returns how many. */
  purgeExpired(): number;
}

/** What a session service needs from the node. */
export interface SessionDeps {
  readonly store: Store;
  readonly clock: SimClock;
  readonly configs: GlobalConfigService;
  readonly version: string;
  /**
   * Runs whenever a session ends, by logout, expiry or deletion of its owner: ZStack's
   * logout hooks (e.g. the console proxy dropping the session's console tokens) run on expiry too.
   */
  readonly onEnd?: (sessionUuid: string) => void;
}

export function createSessions(deps: SessionDeps): SessionService {
  const { store, clock, configs, version, onEnd } = deps;
  const sliding = hasCapability(version, 'slidingSessions');
  const timeoutMs = () => configs.getNumber('identity', 'session.timeout') * 1000;
  const expired = (row: Row) => clock.now().getTime() > Number(row.expiredDate);
  const invalid = () => new ApiError('ID.1001', 'Session expired');
  const end = (uuid: string) => {
    store.remove(sessionTable.name, uuid);
    onEnd?.(uuid);
  };

  const live = (uuid: string | null | undefined): Row => {
    if (!uuid) throw invalid();
    const row = store.get(sessionTable.name, uuid);
    if (!row) throw invalid();
    if (expired(row)) {
      end(uuid);
      throw invalid();
    }
    return row;
  };

  return {
    login(accountUuid, userUuid, userType) {
      return store.transaction(() => {
        const mine = store.find(sessionTable.name, { accountUuid, userUuid });
        let open = 0;
        for (const row of mine) {
          if (expired(row)) end(String(row.uuid));
          else open++;
        }
        if (open >= configs.getNumber('identity', 'session.maxConcurrent')) {
          throw new ApiError(
            'ID.1006',
            'Login sessions hit limit of max allowed concurrent login sessions',
          );
        }
        const now = clock.now().getTime();
        return store.insert(sessionTable.name, {
          uuid: newUuid(),
          accountUuid,
          userUuid,
          userType,
          expiredDate: now + timeoutMs(),
          createDate: now,
        });
      });
    },
    check(uuid) {
      const row = live(uuid);
      const account = store.get(accountTable.name, String(row.accountUuid));
      if (!account) throw invalid();
      if (sliding) {
        store.update(sessionTable.name, String(row.uuid), {
          expiredDate: clock.now().getTime() + timeoutMs(),
        });
      }
      return {
        uuid: String(row.uuid),
        accountUuid: String(row.accountUuid),
        userUuid: String(row.userUuid),
        accountType: account.type === 'SystemAdmin' ? 'SystemAdmin' : 'Normal',
      };
    },
    isValid(uuid) {
      const row = store.get(sessionTable.name, uuid);
      return row !== undefined && !expired(row);
    },
    renew(uuid, durationSeconds) {
      live(uuid);
      const ms = durationSeconds === undefined ? timeoutMs() : durationSeconds * 1000;
      return store.update(sessionTable.name, uuid, { expiredDate: clock.now().getTime() + ms });
    },
    logout(uuid) {
      if (store.get(sessionTable.name, uuid)) end(uuid);
    },
    purgeExpired() {
      let removed = 0;
      for (const row of store.find(sessionTable.name)) {
        if (!expired(row)) continue;
        end(String(row.uuid));
        removed++;
      }
      return removed;
    },
    logoutAll(where) {
      for (const row of store.find(sessionTable.name, where)) {
        end(String(row.uuid));
      }
    },
  };
}
