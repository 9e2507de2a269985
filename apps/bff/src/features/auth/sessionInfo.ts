import type { SessionLimits } from '../../auth/sessionManager.ts';
import type { StoredSession } from '../../db/sessionsRepo.ts';

/** What the browser learns about its session (never the ZStack session uuid). */
export interface SessionInfo {
  kind: 'account' | 'user';
  accountName: string;
  userName: string | null;
  accountUuid: string;
  userUuid: string;
  isAdmin: boolean;
  /** The admin account still has the factory password: the UI nags until it is changed. */
  defaultPassword: boolean;
  signedInAt: Date;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
  idleRemainingMs: number;
  absoluteRemainingMs: number;
  /** Within the last minutes before the absolute end: offer "enter your password to continue". */
  reauthOffered: boolean;
}

/** Maps a stored session to its public shape at `now`. */
export function toSessionInfo(s: StoredSession, limits: SessionLimits, now: number): SessionInfo {
  const idleEnd = Math.min(s.lastActivityAt + limits.idleMs, s.absoluteExpiresAt);
  const absoluteRemainingMs = Math.max(0, s.absoluteExpiresAt - now);
  return {
    kind: s.loginKind,
    accountName: s.accountName,
    userName: s.userName,
    accountUuid: s.accountUuid,
    userUuid: s.userUuid,
    isAdmin: s.isAdmin,
    defaultPassword: s.defaultPassword,
    signedInAt: new Date(s.createdAt),
    idleExpiresAt: new Date(idleEnd),
    absoluteExpiresAt: new Date(s.absoluteExpiresAt),
    idleRemainingMs: Math.max(0, idleEnd - now),
    absoluteRemainingMs,
    reauthOffered: absoluteRemainingMs <= limits.reauthWindowMs,
  };
}
