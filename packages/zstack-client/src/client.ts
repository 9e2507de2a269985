import {
  type ApiName,
  capabilitiesOf,
  hasCapability,
  type QueryCondition,
  type QueryInput,
  type SessionInventory,
} from '@zdash/zstack-api';
import { lookupApi, lookupQueryApi, unsupported } from './apiGuards.ts';
import {
  type CallContext,
  deadlineOf,
  fetchVersion,
  invoke,
  nodeVersion,
  requireSession,
  resume,
  send,
} from './callEngine.ts';
import { ClientCore } from './clientCore.ts';
import type {
  CallOptions,
  CallParams,
  CallResult,
  FollowOptions,
  InventoryOf,
  NodeCapabilities,
  QueryApiName,
  QueryReply,
  SubmittedJob,
  UserLogin,
  ZStackClientOptions,
} from './clientOptions.ts';
import { clientErrorCodes, ZStackError } from './errors.ts';
import { chooseTransport, type WireKind } from './rpc/selectTransport.ts';
import { hashPassword, SessionState, slidesOn, type ZStackSession } from './sessions/session.ts';

/**
 * A client of one ZStack management node. Typed from the catalogue, it sends REST v1 requests —
 * or legacy RPC ones to 1.x nodes and for RPC-only APIs — over a keep-alive pool, follows async
 * jobs with back-off, keeps the session and tracks its expiry, and throws one {@link ZStackError}. `withSession` makes cheap clones bound to other
 * sessions that share the pool (the BFF keeps one per browser session).
 *
 * @see https://github.com/zstackio/zstack/blob/master/sdk/src/main/java/org/zstack/sdk/ZSClient.java
 * @see https://github.com/zstackio/zstack/blob/master/rest/src/main/resources/doc/RestIntroduction_zh_cn.md
 * @example
 * const zs = new ZStackClient({ endpoint: 'http://10.0.0.5:8080/zstack' });
 * await zs.loginByAccount('admin', 'password');
 * const { inventories } = await zs.query('QueryVmInstance', { conditions: [{ name: 'state', op: '=', value: 'Running' }] });
 * await zs.call('StopVmInstance', { uuid: inventories[0].uuid });
 */
export class ZStackClient {
  readonly #core: ClientCore;
  #session: SessionState | undefined;

  constructor(options: ZStackClientOptions);
  /** @internal used by withSession */
  constructor(options: ClientCore, session?: SessionState);
  constructor(options: ZStackClientOptions | ClientCore, session?: SessionState) {
    this.#core = options instanceof ClientCore ? options : new ClientCore(options);
    this.#session = session;
  }

  /** The bound session's uuid (store it server-side only; never log it). */
  get sessionUuid(): string | undefined {
    return this.#session?.uuid;
  }

  /** When the bound session expires if nothing renews it; `null` if unknown. */
  get sessionExpiresAt(): Date | null | undefined {
    return this.#session?.expiresAt;
  }

  /** True once the tracked expiry has passed or the node answered ID.1001. */
  isSessionExpired(now = Date.now()): boolean {
    return this.#session?.isExpired(now) ?? true;
  }

  /**
   * A client bound to an existing session, sharing this client's pool, options and version cache.
   * `expiresAt` and the node's session timeout (`lifetimeMs`, from `identity/session.timeout`) let
   * it keep tracking a sliding expiry; without them the expiry is unknown until the node says ID.1001.
   *
   * @example
   * const user = zs.withSession(row.sessionUuid, { expiresAt: row.expiresAt, lifetimeMs: 7200_000 });
   */
  withSession(
    sessionUuid: string,
    init: { expiresAt?: Date | null; lifetimeMs?: number } = {},
  ): ZStackClient {
    const state = new SessionState(sessionUuid, {
      expiresAt: init.expiresAt?.getTime() ?? null,
      lifetimeMs: init.lifetimeMs ?? null,
      sliding: slidesOn(this.#core.knownVersion),
    });
    return new ZStackClient(this.#core, state);
  }

  /**
   * Logs in with an account name and plaintext password (sent as SHA-512 hex) and keeps the session.
   *
   * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/identity/APILogInByAccountMsg.java
   */
  async loginByAccount(
    accountName: string,
    password: string,
    options?: CallOptions,
  ): Promise<ZStackSession> {
    return this.#login(
      'LogInByAccount',
      { accountName, password: hashPassword(password) },
      options,
    );
  }

  /**
   * Logs in as an IAM user of an account (by account name or uuid).
   *
   * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/identity/APILogInByUserMsg.java
   */
  async loginByUser(login: UserLogin, options?: CallOptions): Promise<ZStackSession> {
    const { password, ...who } = login;
    return this.#login('LogInByUser', { ...who, password: hashPassword(password) }, options);
  }

  /** Ends the bound session on the node (LogOut) and forgets it. No session: nothing to do. */
  async logout(options?: CallOptions): Promise<void> {
    const session = this.#session;
    if (!session) return;
    try {
      await invoke(this.#ctx(), lookupApi('LogOut'), { sessionUuid: session.uuid }, options);
    } catch (error) {
      if (!(error instanceof ZStackError && error.code === 'ID.1001')) throw error;
    }
    this.#session = undefined;
  }

  /** Asks the node whether a session (default: the bound one) is still valid. */
  async validateSession(sessionUuid?: string, options?: CallOptions): Promise<boolean> {
    const uuid = sessionUuid ?? requireSession(this.#session).uuid;
    const body = await invoke(
      this.#ctx(),
      lookupApi('ValidateSession'),
      { sessionUuid: uuid },
      options,
    );
    const valid = (body as { valid?: unknown }).valid === true;
    if (!valid && uuid === this.#session?.uuid) this.#session.markExpired();
    return valid;
  }

  /**
   * Extends the bound session (RenewSession, async) by `durationSec` (60…31536000; default: the
   * node's session timeout). Nodes without RenewSession get `ZDASH.UNSUPPORTED` before any request.
   *
   * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/identity/APIRenewSessionMsg.java
   */
  async renewSession(durationSec?: number, options?: CallOptions): Promise<ZStackSession> {
    const session = requireSession(this.#session);
    const version = await nodeVersion(this.#core);
    if (version !== undefined && !hasCapability(version, 'renewSession')) {
      throw unsupported('RenewSession', version);
    }
    const params = { sessionUuid: session.uuid, duration: durationSec };
    const body = await invoke(this.#ctx(), lookupApi('RenewSession'), params, options);
    const inventory = (body as { inventory: SessionInventory }).inventory;
    session.renewed(durationSec === undefined ? null : durationSec * 1000);
    return { ...inventory, expiresAt: session.expiresAt, sliding: session.sliding };
  }

  /**
   * Calls an API and returns its REST body (`{inventory}`, `{inventories}`, `{}` …), whichever
   * transport carried it. Async APIs are followed to the end: the result of the job, or its error.
   *
   * @example
   * const { inventory } = await zs.call('StartVmInstance', { uuid }, { jobUuid, apiTimeoutSec: 600 });
   */
  async call<TName extends ApiName>(
    name: TName,
    params: CallParams<TName>,
    options?: CallOptions,
  ): Promise<CallResult<TName>> {
    return (await invoke(this.#ctx(), lookupApi(name), params, options)) as CallResult<TName>;
  }

  /**
   * Sends an async API without following it: the job centre records the result and follows later.
   * Over the legacy RPC the node picks the job uuid (see {@link SubmittedJob.transport}).
   */
  async submit<TName extends ApiName>(
    name: TName,
    params: CallParams<TName>,
    options: CallOptions = {},
  ): Promise<SubmittedJob> {
    const api = lookupApi(name);
    if (!api.async) {
      throw new ZStackError({
        code: clientErrorCodes.INVALID_ARGUMENT,
        description: `${name} is synchronous; use call()`,
        api: name,
      });
    }
    const deadline = deadlineOf(this.#core, api, options);
    const { outcome, transport } = await send(this.#ctx(), api, params, options, deadline);
    if (outcome.kind !== 'accepted') {
      throw new ZStackError({
        code: clientErrorCodes.HTTP,
        description: `${name} answered at once instead of starting a job`,
        api: name,
      });
    }
    const { jobUuid, location } = outcome.job;
    return { jobUuid, location, transport: transport.kind };
  }

  /**
   * The protocol a call of `name` would go over (asks the node's version once when the client
   * picks it). `rpc` means the node, not the caller, chooses the job uuid: a job centre that must
   * record the uuid before sending can tell this in advance. Under `transport: 'rest'` an
   * RPC-only API is `ZDASH.UNSUPPORTED`.
   */
  async transportFor(name: ApiName): Promise<WireKind> {
    const api = lookupApi(name);
    const auto = this.#core.transportKind === 'auto' && api.rest !== null;
    const version = auto ? await nodeVersion(this.#core) : this.#core.knownVersion;
    return chooseTransport(this.#core.transportKind, api, version);
  }

  /**
   * Follows a job known by uuid (e.g. after a restart) to its result or error, over the transport
   * it was submitted with (`options.transport` or `location`; else what the client would pick).
   */
  async followJob<TResult = unknown>(
    jobUuid: string,
    options: FollowOptions = {},
  ): Promise<TResult> {
    return (await resume(this.#ctx(), jobUuid, options)) as TResult;
  }

  /**
   * Runs a Query API: conditions, paging, sort and fields are applied by the node.
   *
   * @example
   * const { inventories, total } = await zs.query('QueryVmInstance', {
   *   conditions: [{ name: 'state', op: '=', value: 'Running' }],
   *   sort: { by: 'createDate', direction: 'desc' }, limit: 20, replyWithCount: true });
   */
  async query<TName extends QueryApiName>(
    name: TName,
    input: QueryInput = {},
    options?: CallOptions,
  ): Promise<QueryReply<InventoryOf<TName>>> {
    const body = (await invoke(this.#ctx(), lookupQueryApi(name), {}, options, input)) as {
      inventories?: InventoryOf<TName>[];
      total?: number;
    };
    const reply: QueryReply<InventoryOf<TName>> = { inventories: body.inventories ?? [] };
    if (body.total !== undefined) reply.total = body.total;
    return reply;
  }

  /** Counts the rows of a Query API matching `conditions` (`count=true`: no rows are sent). */
  async count(
    name: QueryApiName,
    conditions: QueryCondition[] = [],
    options?: CallOptions,
  ): Promise<number> {
    const input: QueryInput = { conditions, count: true };
    const body = (await invoke(this.#ctx(), lookupQueryApi(name), {}, options, input)) as {
      total?: number;
    };
    return Number(body.total ?? 0);
  }

  /** The node's version (GetVersion, no session); refreshes the shared cache. */
  async getVersion(options?: CallOptions): Promise<string> {
    return fetchVersion(this.#core, options);
  }

  /**
   * The node's feature flags, from its version (GetVersion once, then cached) and the capability
   * table of `@zdash/zstack-api`.
   *
   * @example
   * const { flags } = await zs.capabilities();
   * if (flags.renewSession) await zs.renewSession(3600);
   */
  async capabilities(options?: CallOptions): Promise<NodeCapabilities> {
    const version = this.#core.knownVersion ?? (await this.getVersion(options));
    return { version, flags: capabilitiesOf(version) };
  }

  /** Closes the connection pool (only one the client created itself). Call on the root client. */
  close(): void {
    this.#core.close();
  }

  async #login(name: ApiName, params: Record<string, unknown>, options?: CallOptions) {
    const [body, version] = await Promise.all([
      invoke(this.#ctx(), lookupApi(name), params, options),
      nodeVersion(this.#core),
    ]);
    const inventory = (body as { inventory: SessionInventory }).inventory;
    this.#session = SessionState.fromInventory(inventory, slidesOn(version));
    return { ...inventory, expiresAt: this.#session.expiresAt, sliding: this.#session.sliding };
  }

  #ctx(): CallContext {
    return { core: this.#core, session: this.#session };
  }
}
