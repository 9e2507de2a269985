import type RFB from '@novnc/novnc';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  backoffDelay,
  ConsoleSession,
  closeOutcome,
  RECONNECT_INITIAL_DELAY_MS,
  RECONNECT_MAX_DELAY_MS,
  ticketOfReplacedReason,
} from './consoleSession.ts';
import { keysymsOfText } from './keys.ts';

/** A socket the test opens and closes by hand. */
class FakeSocket extends EventTarget {
  readyState: number = WebSocket.CONNECTING;
  constructor(readonly url: string) {
    super();
  }
  open() {
    this.readyState = WebSocket.OPEN;
    this.dispatchEvent(new Event('open'));
  }
  serverClose(code: number, reason = '') {
    this.readyState = WebSocket.CLOSED;
    this.dispatchEvent(new CloseEvent('close', { code, reason }));
  }
  close() {
    this.readyState = WebSocket.CLOSED;
  }
}

/** Enough of RFB for the session: events and the calls it makes. */
class FakeRfb extends EventTarget {
  viewOnly = false;
  scaleViewport = false;
  background = '';
  disconnect = vi.fn();
  focus = vi.fn();
  sendKey = vi.fn();
  connected() {
    this.dispatchEvent(new CustomEvent('connect'));
  }
}

function setup() {
  const sockets: FakeSocket[] = [];
  const rfbs: FakeRfb[] = [];
  let n = 0;
  const openTicket = vi.fn(async () => ({ path: `/console?ticket=t${++n}` }));
  const session = new ConsoleSession({
    openTicket,
    location: { protocol: 'http:', host: 'zdash.test' },
    createSocket: (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket as unknown as WebSocket;
    },
    createRfb: () => {
      const rfb = new FakeRfb();
      rfbs.push(rfb);
      return rfb as unknown as RFB;
    },
  });
  return { session, sockets, rfbs, openTicket };
}

describe('consoleSession', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('words close codes and never retries 4001, 4401 or 4004', () => {
    expect(closeOutcome(4001, true, false)).toEqual({ reason: 'notInConsoleState', retry: false });
    expect(closeOutcome(4401, true, false)).toEqual({ reason: 'sessionEnded', retry: false });
    expect(closeOutcome(4004, true, false).retry).toBe(false);
    expect(closeOutcome(4003, true, false)).toEqual({ reason: 'proxyUnreachable', retry: true });
    expect(closeOutcome(1006, false, false)).toEqual({ reason: 'refused', retry: true });
    expect(closeOutcome(1006, true, true).reason).toBe('securityFailure');
  });

  it('backs off exponentially up to the maximum', () => {
    expect(backoffDelay(0, 0.5)).toBe(RECONNECT_INITIAL_DELAY_MS);
    expect(backoffDelay(1, 0.5)).toBe(RECONNECT_INITIAL_DELAY_MS * 2);
    expect(backoffDelay(20, 0.5)).toBe(RECONNECT_MAX_DELAY_MS);
    expect(ticketOfReplacedReason('console token replaced; ticket=abc_-1')).toBe('abc_-1');
  });

  it('goes online, reconnects at once on 4000 with its ticket, and stops on 4001', async () => {
    const { session, sockets, rfbs, openTicket } = setup();
    session.connect(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(0);
    expect(sockets[0]?.url).toBe('ws://zdash.test/console?ticket=t1');
    sockets[0]?.open();
    rfbs[0]?.connected();
    expect(session.getStatus().kind).toBe('online');

    sockets[0]?.serverClose(4000, 'console token replaced; ticket=fresh');
    expect(sockets[1]?.url).toBe('ws://zdash.test/console?ticket=fresh');
    expect(openTicket).toHaveBeenCalledTimes(1);

    sockets[1]?.serverClose(4001, 'vm not in a console state');
    expect(session.getStatus()).toMatchObject({ kind: 'error', reason: 'notInConsoleState' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sockets).toHaveLength(2);
  });

  it('after a lost connection waits, then asks for a fresh ticket', async () => {
    const { session, sockets, rfbs, openTicket } = setup();
    session.connect(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(0);
    sockets[0]?.open();
    rfbs[0]?.connected();
    sockets[0]?.serverClose(1006);
    expect(session.getStatus()).toMatchObject({ kind: 'offline', reason: 'network' });
    await vi.advanceTimersByTimeAsync(RECONNECT_INITIAL_DELAY_MS * 1.5);
    expect(openTicket).toHaveBeenCalledTimes(2);
    expect(sockets[1]?.url).toBe('ws://zdash.test/console?ticket=t2');
    session.disconnect();
    expect(rfbs[1]?.disconnect).toHaveBeenCalled();
  });

  it('types text as key presses, a new line as Enter', () => {
    expect(keysymsOfText('ls\r\n')).toEqual([0x6c, 0x73, 0xff0d]);
  });
});
