import { EventEmitter } from 'node:events';
import type { SignInInput } from '@zdash/schemas';
import type { ZStackClient, ZStackSession } from '@zdash/zstack-client';
import { type Clock, systemClock } from '../clock.ts';
import type { Db } from '../db/database.ts';
import type { SessionBus } from '../db/sessionBus.ts';
import { type SessionsRepo, type StoredSession, sessionsRepo } from '../db/sessionsRepo.ts';
import type { BffLogger } from '../logging/logger.ts';
import { hashSessionToken, newSessionToken } from './sessionToken.ts';

/** Why a session ended (sent to the UI, which words it). */
export type EndReason = 'signedOut' | 'idle' | 'absolute' | 'upstream' | 'replaced';

/** Something the manager can close when its session ends (a WebSocket). */
export interface ClosableSocket {
  close(code?: number, reason?: string): void;
}

/** Session limits. */
export interface SessionLimits {
  idleMs: number;
  absoluteMs: number;
  /** Re-authentication is offered this long before the absolute end. */
  reauthWindowMs: number;
}

/** What resolving a cookie gives. */
export type Resolved =
  | { status: 'live'; session: StoredSession }
  | { status: 'ended'; session: StoredSession }
  | { status: 'none' };

const builtInAdminName = 'admin';
const factoryPassword = 'password';
const tombstoneMs = 24 * 3600_000;
const sweepMs = 60_000;
/** WebSocket close code sent when the session ends (4000–4999: application codes). */
export const sessionEndedCloseCode = 4401;

/**
 * Browser sessions: one upstream ZStack session each, idle and absolute limits enforced here
 * (ZStack's own sessions slide on every call, background polling included), logout upstream and
 * closing of the session's WebSockets at every end. The store keeps only the cookie's SHA-256.
 */
export class SessionManager {
  readonly events = new EventEmitter<{ ended: [idHash: string, reason: EndReason] }>();
  readonly #repo: SessionsRepo;
  readonly #sockets = new Map<string, Set<ClosableSocket>>();
  readonly #timers = new Map<string, unknown>();
  #sweeper: NodeJS.Timeout | undefined;

  constructor(
    readonly zstack: ZStackClient,
    db: Db,
    readonly limits: SessionLimits,
    readonly log: BffLogger,
    readonly clock: Clock = systemClock,
    readonly bus?: SessionBus,
  ) {
    this.#repo = sessionsRepo(db);
    // Another replica ended a session: close the sockets this one holds for it.
    bus?.subscribe((idHash) => {
      this.#clearTimer(idHash);
      this.#closeSockets(idHash);
    });
  }

  /** The clock's time, ms. */
  now(): number {
    return this.clock.now();
  }

  /** Starts the periodic sweep (sessions of other replicas, browsers gone quiet). */
  start(): void {
    this.#sweeper ??= setInterval(() => void this.sweep(), sweepMs);
    this.#sweeper.unref();
  }

  /** Logs in upstream and stores a new session; returns the cookie value (shown only to the browser). */
  async signIn(input: SignInInput): Promise<{ token: string; session: StoredSession }> {
    // A clone: logging in binds the session to the client it runs on, never to the shared root.
    const upstream = this.zstack.withSession('pending-login');
    const zs =
      input.kind === 'account'
        ? await upstream.loginByAccount(input.accountName, input.password)
        : await upstream.loginByUser(input);
    const now = this.now();
    const isAdmin = await this.#isAdmin(upstream, zs);
    const token = newSessionToken();
    const session: StoredSession = {
      idHash: hashSessionToken(token),
      zstackSessionUuid: zs.uuid,
      loginKind: input.kind,
      accountName: input.accountName,
      userName: input.kind === 'user' ? input.userName : null,
      accountUuid: zs.accountUuid,
      userUuid: zs.userUuid,
      isAdmin,
      // Compared on the plaintext seen at sign-in; only the boolean is kept.
      defaultPassword:
        input.kind === 'account' &&
        input.accountName === builtInAdminName &&
        input.password === factoryPassword,
      createdAt: now,
      lastActivityAt: now,
      absoluteExpiresAt: absoluteEnd(now, this.limits.absoluteMs, zs),
      upstreamExpiresAt: zs.expiresAt?.getTime() ?? null,
      endedAt: null,
      endReason: null,
    };
    await this.#repo.insert(session);
    this.#schedule(session);
    return { token, session };
  }

  /** Finds the session of a cookie value, ending it first if a limit passed. */
  async resolve(token: string | null | undefined): Promise<Resolved> {
    if (!token) return { status: 'none' };
    const session = await this.#repo.get(hashSessionToken(token));
    if (!session) return { status: 'none' };
    if (session.endedAt !== null) return { status: 'ended', session };
    const reason = this.expiredReason(session);
    if (reason) {
      await this.end(session.idHash, reason);
      return { status: 'ended', session: { ...session, endedAt: this.now(), endReason: reason } };
    }
    this.#schedule(session);
    return { status: 'live', session };
  }

  /** The limit a live session has passed, if any. */
  expiredReason(session: StoredSession, now = this.now()): EndReason | undefined {
    if (now >= session.absoluteExpiresAt) return 'absolute';
    if (now >= session.lastActivityAt + this.limits.idleMs) return 'idle';
    return undefined;
  }

  /** Records activity by the person (never called for background polling). */
  async touch(session: StoredSession): Promise<StoredSession> {
    const now = this.now();
    // A batch of calls is one action: no write for activity within the last second.
    if (now - session.lastActivityAt < 1000) return session;
    await this.#repo.touch(session.idHash, now);
    const updated = { ...session, lastActivityAt: now };
    this.#schedule(updated);
    return updated;
  }

  /** A client bound to the session's upstream ZStack session. */
  clientFor(session: StoredSession): ZStackClient {
    if (!session.zstackSessionUuid) throw new Error('session has no upstream session');
    const expiresAt = session.upstreamExpiresAt ? new Date(session.upstreamExpiresAt) : null;
    return this.zstack.withSession(session.zstackSessionUuid, { expiresAt });
  }

  /** Ends a session: logout upstream, close its WebSockets, tell listeners. Idempotent. */
  async end(idHash: string, reason: EndReason): Promise<void> {
    this.#clearTimer(idHash);
    const upstreamUuid = await this.#repo.end(idHash, this.now(), reason);
    this.#closeSockets(idHash);
    if (upstreamUuid === undefined) return;
    this.events.emit('ended', idHash, reason);
    await this.bus
      ?.publish(idHash, reason)
      .catch((error: unknown) => this.log.warn({ err: error }, 'session bus publish failed'));
    this.log.info({ session: idHash.slice(0, 12), reason }, 'session ended');
    if (upstreamUuid && reason !== 'upstream') {
      await this.zstack
        .withSession(upstreamUuid)
        .logout({ timeoutMs: 10_000 })
        .catch((error: unknown) => this.log.warn({ err: error }, 'upstream logout failed'));
    }
  }

  /** Forgets a session row entirely (after a re-authentication replaced it). */
  async forget(idHash: string): Promise<void> {
    await this.#repo.delete(idHash);
  }

  /** Clears the default-password flag on every session of an account. */
  async passwordChanged(accountUuid: string): Promise<void> {
    await this.#repo.clearDefaultPassword(accountUuid);
  }

  /** Tracks a WebSocket of a session so the session's end closes it at once. */
  registerSocket(idHash: string, socket: ClosableSocket): () => void {
    let set = this.#sockets.get(idHash);
    if (!set) {
      set = new Set();
      this.#sockets.set(idHash, set);
    }
    set.add(socket);
    return () => {
      set.delete(socket);
      if (set.size === 0) this.#sockets.delete(idHash);
    };
  }

  /** Ends every live session past a limit, and purges old tombstones. */
  async sweep(): Promise<void> {
    try {
      const now = this.now();
      for (const s of await this.#repo.listExpired(now, this.limits.idleMs)) {
        await this.end(s.idHash, this.expiredReason(s, now) ?? 'idle');
      }
      await this.#repo.purgeEnded(now - tombstoneMs);
    } catch (error) {
      this.log.error({ err: error }, 'session sweep failed');
    }
  }

  /** Stops timers (sessions stay in the store; another start resumes them). */
  stop(): void {
    if (this.#sweeper) clearInterval(this.#sweeper);
    this.#sweeper = undefined;
    for (const t of this.#timers.values()) this.clock.clearTimeout(t);
    this.#timers.clear();
  }

  #schedule(session: StoredSession): void {
    this.#clearTimer(session.idHash);
    const at = Math.min(session.absoluteExpiresAt, session.lastActivityAt + this.limits.idleMs);
    const timer = this.clock.setTimeout(
      () => this.#onTimer(session.idHash),
      Math.max(0, at - this.now()) + 5,
    );
    this.#timers.set(session.idHash, timer);
  }

  async #onTimer(idHash: string): Promise<void> {
    this.#timers.delete(idHash);
    try {
      const session = await this.#repo.get(idHash);
      if (!session || session.endedAt !== null) return this.#closeSockets(idHash);
      const reason = this.expiredReason(session);
      if (reason) await this.end(idHash, reason);
      else this.#schedule(session);
    } catch (error) {
      this.log.error({ err: error }, 'session timer failed');
    }
  }

  #clearTimer(idHash: string): void {
    const t = this.#timers.get(idHash);
    if (t !== undefined) this.clock.clearTimeout(t);
    this.#timers.delete(idHash);
  }

  #closeSockets(idHash: string): void {
    const set = this.#sockets.get(idHash);
    if (!set) return;
    this.#sockets.delete(idHash);
    for (const socket of set) socket.close(sessionEndedCloseCode, 'session ended');
  }

  async #isAdmin(client: ZStackClient, zs: ZStackSession): Promise<boolean> {
    try {
      const { inventories } = await client.query('QueryAccount', {
        conditions: [{ name: 'uuid', op: '=', value: zs.accountUuid }],
      });
      return (inventories[0] as { type?: string } | undefined)?.type === 'SystemAdmin';
    } catch {
      return false;
    }
  }
}

// Before 3.0 the node's session has a fixed end; ours must not outlive it.
function absoluteEnd(now: number, absoluteMs: number, zs: ZStackSession): number {
  const ours = now + absoluteMs;
  if (zs.sliding || !zs.expiresAt) return ours;
  return Math.min(ours, zs.expiresAt.getTime());
}
