import { vmConsoleStates } from '@zdash/zstack-api';
import { WebSocket } from 'ws';
import type { SimContext } from '../core/context.ts';
import type { SimLogger } from '../core/runtime.ts';
import { onConsoleProxiesRemoved } from '../network/consoleProxies.ts';
import { Guests } from './guests.ts';
import { RfbSession } from './rfbSession.ts';
import { vmFacts } from './vmFacts.ts';
import { startWebsockify } from './websockify.ts';

/**
 * The simulator's console proxy: websockify in front (websockify.ts) and, where websockify would
 * dial the VM's VNC port on its KVM host, an in-process RFB server drawing the VM's guest.
 *
 * Lifetimes, as with ZStack's agent: a grant's expiry only stops new connections; deleting the
 * grant (logout of its session, VM stop/reboot/migrate/destroy) closes its live connections with
 * 1000. websockify's `--idle-timeout` (`console.proxy.idleTimeout`, which makes the listener
 * process exit after that long without a client) is modelled per connection: one that receives
 * nothing from its client for that long (simulated seconds) is closed with 1000 "idle timeout".
 *
 * @see https://github.com/zstackio/zstack-utility/blob/master/consoleproxy/consoleproxy/console_proxy_agent.py
 * @see https://github.com/novnc/websockify/blob/v0.9.0/websockify/websocketproxy.py
 */
export interface ConsoleProxyOptions {
  readonly port: number;
  readonly host: string;
  /** The running node's context; undefined while it is down (new connections are refused). */
  readonly currentSim: () => SimContext | undefined;
  readonly log: SimLogger;
}

/** The running console proxy, as startSimulator holds it. */
export interface ConsoleProxy {
  readonly port: number;
  /** Open WebSocket connections. */
  readonly connections: number;
  close(): Promise<void>;
}

interface Live {
  readonly ws: WebSocket;
  readonly token: string;
  idle?: NodeJS.Timeout;
}

/** How often live connections are re-checked against the grants besides removal events. */
const recheckMs = 1000;

/** Binds the websockify listener and serves each admitted connection a VM console. */
export async function startConsoleProxy(options: ConsoleProxyOptions): Promise<ConsoleProxy> {
  const { currentSim, log } = options;
  const guests = new Guests(currentSim);
  const live = new Set<Live>();

  const armIdle = (conn: Live) => {
    clearTimeout(conn.idle);
    const sim = currentSim();
    const seconds = sim ? Number(sim.configs.get('console', 'proxy.idleTimeout')) : 0;
    if (!sim || !(seconds > 0)) return;
    conn.idle = setTimeout(
      () => conn.ws.close(1000, 'idle timeout'),
      seconds * 1000 * sim.clock.timeScale,
    );
    conn.idle.unref();
  };

  /** Closes the connections whose grant is gone (a node that is down keeps them). */
  const recheck = () => {
    const sim = currentSim();
    if (!sim) return;
    for (const conn of live) {
      if (sim.store.find('ConsoleProxy', { token: conn.token }).length > 0) continue;
      log('consoleKilled', { reason: 'console proxy deleted' });
      conn.ws.close(1000, 'console proxy deleted');
      // As the agent's SIGTERM would: do not wait long for the peer's close frame.
      setTimeout(() => conn.ws.terminate(), 1000).unref();
    }
  };
  let recheckQueued = false;
  const unsubscribe = onConsoleProxiesRemoved((event) => {
    const sim = currentSim();
    if (!sim || event.store !== sim.store) return;
    if (event.vmUuid) guests.lifecycleChanged(event.vmUuid);
    if (recheckQueued) return;
    recheckQueued = true;
    // After the caller's transaction has committed.
    setImmediate(() => {
      recheckQueued = false;
      recheck();
    });
  });
  const poll = setInterval(recheck, recheckMs);
  poll.unref();

  const onConnection = (ws: WebSocket, token: string, vmUuid: string) => {
    const sim = currentSim();
    const vm = sim ? vmFacts(sim, vmUuid) : undefined;
    if (!vm || !(vmConsoleStates as readonly string[]).includes(vm.state)) {
      // What websockify does when it cannot reach the VNC target.
      ws.close(1011, 'Failed to connect to downstream server');
      return;
    }
    const conn: Live = { ws, token };
    live.add(conn);
    log('consoleOpened', { vmUuid });
    const guest = guests.of(vmUuid);
    const rfb = new RfbSession({
      screen: guest.screen,
      name: vm.name,
      ...(vm.consolePassword === undefined ? {} : { password: vm.consolePassword }),
      send: (bytes) => {
        if (ws.readyState === WebSocket.OPEN) ws.send(bytes);
      },
      // websockify closes this way when its target closes the TCP connection.
      end: () => ws.close(1000, 'Target closed'),
      onKey: (keysym, down) => guest.key(keysym, down),
      onPaste: (text) => guest.paste(text),
    });
    armIdle(conn);
    ws.on('message', (data, isBinary) => {
      // noVNC sends binary frames only; websockify ignores anything else.
      if (!isBinary) return;
      armIdle(conn);
      rfb.receive(Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as Buffer));
    });
    ws.on('close', () => {
      clearTimeout(conn.idle);
      rfb.dispose();
      live.delete(conn);
    });
  };

  const listener = await startWebsockify({ ...options, onConnection });
  return {
    port: listener.port,
    get connections() {
      return live.size;
    },
    async close() {
      unsubscribe();
      clearInterval(poll);
      for (const conn of live) clearTimeout(conn.idle);
      await listener.close();
    },
  };
}
