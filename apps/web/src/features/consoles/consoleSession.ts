import RFB from '@novnc/novnc';

/** First wait before reconnecting after a lost connection. */
export const RECONNECT_INITIAL_DELAY_MS = 500;
/** Each further attempt waits this many times longer… */
export const RECONNECT_BACKOFF_FACTOR = 2;
/** …up to this. */
export const RECONNECT_MAX_DELAY_MS = 15_000;
/** ± this share of the delay, so many tabs of one BFF restart do not come back in step. */
export const RECONNECT_JITTER = 0.2;
/** After this many failed attempts in a row the session stops and waits for the person. */
export const RECONNECT_MAX_ATTEMPTS = 8;
/** Online for this long counts as stable: the attempt counter starts again from zero. */
export const STABLE_AFTER_MS = 10_000;
/** 4000 "token replaced" in a row without getting online in between before it counts as a loop. */
export const MAX_IMMEDIATE_RECONNECTS = 3;

/** Why a console is not online; each has a sentence in the i18n catalogue (`consoles.reason.*`). */
export type ConsoleReason =
  | 'notInConsoleState'
  | 'tokenExpired'
  | 'proxyUnreachable'
  | 'agentDisconnected'
  | 'closedByProxy'
  | 'keepAliveTimeout'
  | 'sessionEnded'
  | 'serverStopping'
  | 'network'
  | 'refused'
  | 'openFailed'
  | 'securityFailure'
  | 'gaveUp';

/**
 * Where a console session is: `connecting` (a ticket or the RFB handshake is under way),
 * `online`, `offline` (lost, a reconnect is scheduled at `retryAt`) or `error` (stopped: only the
 * person's reconnect starts it again).
 */
export type ConsoleStatus =
  | { kind: 'connecting'; attempt: number; needsPassword?: boolean }
  | { kind: 'online' }
  | { kind: 'offline'; reason: ConsoleReason; detail?: string; retryAt: number }
  | { kind: 'error'; reason: ConsoleReason; detail?: string };

/** What a close of the relay socket means: whether to try again, and in which words. */
export interface CloseOutcome {
  reason: ConsoleReason;
  retry: boolean;
}

/**
 * Words and policy for a close code of `/console` (apps/bff/README.md "Consoles"). Never retried:
 * 4001 (the VM is stopped), 4401 (the session ended), 4004 (the agent needs an administrator) and a
 * failed VNC authentication. 4000 is handled before this (reconnect at once with its ticket).
 */
export function closeOutcome(code: number, opened: boolean, securityFailed: boolean): CloseOutcome {
  if (securityFailed) return { reason: 'securityFailure', retry: false };
  switch (code) {
    case 4001:
      return { reason: 'notInConsoleState', retry: false };
    case 4002:
      return { reason: 'tokenExpired', retry: true };
    case 4003:
      return { reason: 'proxyUnreachable', retry: true };
    case 4004:
      return { reason: 'agentDisconnected', retry: false };
    case 4005:
      return { reason: 'closedByProxy', retry: true };
    case 4008:
      return { reason: 'keepAliveTimeout', retry: true };
    case 4401:
      return { reason: 'sessionEnded', retry: false };
    case 1001:
      return { reason: 'serverStopping', retry: true };
    default:
      // Never opened: the upgrade was refused (401/403: ticket used, expired, other Origin) or the
      // BFF is down; a fresh ticket decides which.
      return { reason: opened ? 'network' : 'refused', retry: true };
  }
}

/** Wait before attempt `attempt` (0-based); `random` in [0, 1) spreads it by the jitter. */
export function backoffDelay(attempt: number, random = Math.random()): number {
  const base = Math.min(
    RECONNECT_MAX_DELAY_MS,
    RECONNECT_INITIAL_DELAY_MS * RECONNECT_BACKOFF_FACTOR ** attempt,
  );
  return Math.round(base * (1 + RECONNECT_JITTER * (2 * random - 1)));
}

/** The ticket in a 4000 close reason: `console token replaced; ticket=<t>`. */
export function ticketOfReplacedReason(reason: string): string | undefined {
  return /ticket=([^\s;]+)/.exec(reason)?.[1];
}

/** What a session needs from outside; the defaults are the browser's. */
export interface ConsoleSessionOptions {
  /** Asks the BFF for a fresh single-use ticket (`consoles.open`). */
  openTicket: () => Promise<{ path: string }>;
  /** Whether a failed `openTicket` may be tried again later (the BFF or node busy or away). */
  isRetryable?: (error: unknown) => boolean;
  /** The page's address: the socket goes to the same origin. */
  location?: Pick<Location, 'protocol' | 'host'>;
  createSocket?: (url: string) => WebSocket;
  createRfb?: (target: HTMLElement, socket: WebSocket) => RFB;
}

/**
 * One VM console's connection, outside React (house-style §7, cockpit's `ConsoleState`, tldraw's
 * `ClientWebSocketAdapter`). It creates the WebSocket itself, because noVNC's `disconnect` event
 * carries no close code, and hands it to `new RFB(target, socket)`.
 *
 * Reconnects: on 4000 at once with the ticket in the close reason; on a lost connection after
 * {@link backoffDelay} with a fresh ticket from `openTicket`; never on 4001/4401/4004.
 *
 * Ping policy: the page sends no keep-alive of its own. The BFF pings both legs every 30 s and the
 * browser answers WebSocket pings by itself; a missed pong closes the socket with 4008, which
 * reconnects like any other lost connection.
 *
 * @example
 * const session = new ConsoleSession({ openTicket: () => open.mutateAsync({ vmUuid }) });
 * session.connect(element); // later: session.disconnect()
 */
export class ConsoleSession {
  readonly #options: ConsoleSessionOptions;
  readonly #listeners = new Set<() => void>();
  #status: ConsoleStatus = { kind: 'connecting', attempt: 0 };
  #target: HTMLElement | null = null;
  #socket: WebSocket | null = null;
  #rfb: RFB | null = null;
  /** Bumped by every (re)connect and disconnect: callbacks of an older socket are ignored. */
  #generation = 0;
  #attempt = 0;
  #immediate = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #stableTimer: ReturnType<typeof setTimeout> | undefined;
  #viewOnly = false;
  #scale = true;

  constructor(options: ConsoleSessionOptions) {
    this.#options = options;
  }

  /** For `useSyncExternalStore`. */
  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** The current status (a new object on every change). */
  getStatus = (): ConsoleStatus => this.#status;

  /** Starts the console in `target` (the element noVNC draws its canvas into). */
  connect(target: HTMLElement): void {
    this.#target = target;
    this.#attempt = 0;
    this.#immediate = 0;
    void this.#open();
  }

  /** Closes the console for good (the page goes away). */
  disconnect(): void {
    this.#generation++;
    this.#target = null;
    this.#teardown();
  }

  /** The person's reconnect: a fresh ticket now, back-off counting from zero. */
  reconnect(): void {
    if (!this.#target) return;
    this.#attempt = 0;
    this.#immediate = 0;
    void this.#open();
  }

  setViewOnly(viewOnly: boolean): void {
    this.#viewOnly = viewOnly;
    if (this.#rfb) this.#rfb.viewOnly = viewOnly;
  }

  /** Scale the screen to fit the element (true) or show it 1:1 with scroll bars (false). */
  setScale(scale: boolean): void {
    this.#scale = scale;
    if (this.#rfb) this.#rfb.scaleViewport = scale;
  }

  sendCtrlAltDel(): void {
    this.#rfb?.sendCtrlAltDel();
    this.#rfb?.focus();
  }

  /** Presses the keysyms in order and releases them in reverse. */
  sendCombo(keysyms: readonly number[]): void {
    const rfb = this.#rfb;
    if (!rfb) return;
    for (const k of keysyms) rfb.sendKey(k, null, true);
    for (const k of [...keysyms].reverse()) rfb.sendKey(k, null, false);
    rfb.focus();
  }

  /** Types keysyms one key press at a time (paste as keystrokes). */
  typeKeysyms(keysyms: readonly number[]): void {
    const rfb = this.#rfb;
    if (!rfb) return;
    for (const k of keysyms) rfb.sendKey(k, null);
    rfb.focus();
  }

  /** Answers the VNC password question (VMs with a `consolePassword::` tag). */
  sendPassword(password: string): void {
    this.#rfb?.sendCredentials({ password });
  }

  focus(): void {
    this.#rfb?.focus();
  }

  async #open(ticketPath?: string): Promise<void> {
    this.#teardown();
    const generation = ++this.#generation;
    this.#setStatus({ kind: 'connecting', attempt: this.#attempt });
    let path = ticketPath;
    if (path === undefined) {
      try {
        path = (await this.#options.openTicket()).path;
      } catch (error) {
        if (generation !== this.#generation) return;
        const detail = error instanceof Error ? error.message : String(error);
        if (this.#options.isRetryable?.(error)) this.#retry('openFailed', detail);
        else this.#setStatus({ kind: 'error', reason: 'openFailed', detail });
        return;
      }
    }
    const target = this.#target;
    if (generation !== this.#generation || !target) return;
    const location = this.#options.location ?? window.location;
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${path}`;
    const socket = (this.#options.createSocket ?? ((u) => new WebSocket(u)))(url);
    this.#socket = socket;
    let opened = false;
    let securityFailed = false;
    socket.addEventListener('open', () => {
      opened = true;
    });
    socket.addEventListener('close', (event) => {
      if (generation === this.#generation) this.#onClose(event, opened, securityFailed);
    });
    const rfb = (this.#options.createRfb ?? ((t, s) => new RFB(t, s)))(target, socket);
    this.#rfb = rfb;
    rfb.viewOnly = this.#viewOnly;
    rfb.scaleViewport = this.#scale;
    rfb.background = '#000';
    rfb.addEventListener('connect', () => {
      if (generation !== this.#generation) return;
      this.#immediate = 0;
      this.#stableTimer = setTimeout(() => {
        this.#attempt = 0;
      }, STABLE_AFTER_MS);
      this.#setStatus({ kind: 'online' });
    });
    rfb.addEventListener('credentialsrequired', () => {
      if (generation !== this.#generation) return;
      this.#setStatus({ kind: 'connecting', attempt: this.#attempt, needsPassword: true });
    });
    rfb.addEventListener('securityfailure', () => {
      securityFailed = true;
    });
  }

  #onClose(event: CloseEvent, opened: boolean, securityFailed: boolean): void {
    this.#teardown();
    if (event.code === 4000) {
      const ticket = ticketOfReplacedReason(event.reason);
      if (ticket && this.#immediate < MAX_IMMEDIATE_RECONNECTS) {
        this.#immediate++;
        void this.#open(`/console?ticket=${encodeURIComponent(ticket)}`);
        return;
      }
    }
    const outcome = closeOutcome(event.code, opened, securityFailed);
    const detail = event.reason || undefined;
    if (outcome.retry) this.#retry(outcome.reason, detail);
    else this.#setStatus({ kind: 'error', reason: outcome.reason, detail });
  }

  #retry(reason: ConsoleReason, detail: string | undefined): void {
    if (this.#attempt >= RECONNECT_MAX_ATTEMPTS) {
      this.#setStatus({ kind: 'error', reason: 'gaveUp', detail });
      return;
    }
    const delay = backoffDelay(this.#attempt);
    this.#attempt++;
    const generation = this.#generation;
    this.#setStatus({ kind: 'offline', reason, detail, retryAt: Date.now() + delay });
    this.#timer = setTimeout(() => {
      if (generation === this.#generation) void this.#open();
    }, delay);
  }

  /** Drops the current socket and RFB (their late events no longer count) and the timers. */
  #teardown(): void {
    clearTimeout(this.#timer);
    clearTimeout(this.#stableTimer);
    const rfb = this.#rfb;
    const socket = this.#socket;
    this.#rfb = null;
    this.#socket = null;
    this.#generation++;
    if (socket && socket.readyState <= WebSocket.OPEN) {
      // RFB closes the socket it was handed and removes its canvas.
      if (rfb) rfb.disconnect();
      else socket.close();
    }
  }

  #setStatus(status: ConsoleStatus): void {
    this.#status = status;
    for (const listener of this.#listeners) listener();
  }
}
