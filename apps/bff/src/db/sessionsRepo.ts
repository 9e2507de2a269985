import type { Db } from './database.ts';
import type { NewSessionRow, SessionRow } from './schema.ts';

/** A session as the BFF uses it (times as epoch ms). */
export interface StoredSession {
  idHash: string;
  zstackSessionUuid: string | null;
  loginKind: 'account' | 'user';
  accountName: string;
  userName: string | null;
  accountUuid: string;
  userUuid: string;
  isAdmin: boolean;
  defaultPassword: boolean;
  createdAt: number;
  lastActivityAt: number;
  absoluteExpiresAt: number;
  upstreamExpiresAt: number | null;
  endedAt: number | null;
  endReason: string | null;
}

const num = (v: number | string) => Number(v);
const numOrNull = (v: number | string | null) => (v === null ? null : Number(v));

function fromRow(row: SessionRow): StoredSession {
  return {
    idHash: row.id_hash,
    zstackSessionUuid: row.zstack_session_uuid,
    loginKind: row.login_kind,
    accountName: row.account_name,
    userName: row.user_name,
    accountUuid: row.account_uuid,
    userUuid: row.user_uuid,
    isAdmin: row.is_admin === 1,
    defaultPassword: row.default_password === 1,
    createdAt: num(row.created_at),
    lastActivityAt: num(row.last_activity_at),
    absoluteExpiresAt: num(row.absolute_expires_at),
    upstreamExpiresAt: numOrNull(row.upstream_expires_at),
    endedAt: numOrNull(row.ended_at),
    endReason: row.end_reason,
  };
}

function toRow(s: StoredSession): NewSessionRow {
  return {
    id_hash: s.idHash,
    zstack_session_uuid: s.zstackSessionUuid,
    login_kind: s.loginKind,
    account_name: s.accountName,
    user_name: s.userName,
    account_uuid: s.accountUuid,
    user_uuid: s.userUuid,
    is_admin: s.isAdmin ? 1 : 0,
    default_password: s.defaultPassword ? 1 : 0,
    created_at: s.createdAt,
    last_activity_at: s.lastActivityAt,
    absolute_expires_at: s.absoluteExpiresAt,
    upstream_expires_at: s.upstreamExpiresAt,
    ended_at: s.endedAt,
    end_reason: s.endReason,
  };
}

/** Sessions in the store, by the SHA-256 of the cookie value. */
export function sessionsRepo(db: Db) {
  return {
    async insert(session: StoredSession): Promise<void> {
      await db.insertInto('sessions').values(toRow(session)).execute();
    },
    async get(idHash: string): Promise<StoredSession | undefined> {
      const row = await db
        .selectFrom('sessions')
        .selectAll()
        .where('id_hash', '=', idHash)
        .executeTakeFirst();
      return row ? fromRow(row) : undefined;
    },
    async touch(idHash: string, at: number): Promise<void> {
      await db
        .updateTable('sessions')
        .set({ last_activity_at: at })
        .where('id_hash', '=', idHash)
        .where('ended_at', 'is', null)
        .execute();
    },
    /** Marks a live session ended; returns its upstream uuid if this call ended it. */
    async end(idHash: string, at: number, reason: string): Promise<string | null | undefined> {
      const row = await this.get(idHash);
      if (!row || row.endedAt !== null) return undefined;
      const updated = await db
        .updateTable('sessions')
        .set({ ended_at: at, end_reason: reason, zstack_session_uuid: null })
        .where('id_hash', '=', idHash)
        .where('ended_at', 'is', null)
        .executeTakeFirst();
      return Number(updated.numUpdatedRows) > 0 ? row.zstackSessionUuid : undefined;
    },
    async delete(idHash: string): Promise<void> {
      await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    },
    /** Live sessions whose idle or absolute limit passed (for the sweeper). */
    async listExpired(now: number, idleMs: number): Promise<StoredSession[]> {
      const rows = await db
        .selectFrom('sessions')
        .selectAll()
        .where('ended_at', 'is', null)
        .where((eb) =>
          eb.or([eb('absolute_expires_at', '<=', now), eb('last_activity_at', '<=', now - idleMs)]),
        )
        .execute();
      return rows.map(fromRow);
    },
    /** Removes ended sessions older than `before` (their tombstones serve re-authentication). */
    async purgeEnded(before: number): Promise<void> {
      await db.deleteFrom('sessions').where('ended_at', '<', before).execute();
    },
    async clearDefaultPassword(accountUuid: string): Promise<void> {
      await db
        .updateTable('sessions')
        .set({ default_password: 0 })
        .where('account_uuid', '=', accountUuid)
        .execute();
    },
  };
}

/** The repository's type. */
export type SessionsRepo = ReturnType<typeof sessionsRepo>;
