import { startTestSim, type TestSim } from '../http/testKit.ts';
import { RfbTestClient } from './testRfbClient.ts';

/**
 * Test seam for the console proxy: a demo-seeded node with its console listener on a free port,
 * a logged-in session, a running VM, and RequestConsoleAccess over REST.
 */
export interface ConsoleNode {
  readonly t: TestSim;
  readonly session: string;
  readonly vm: { readonly uuid: string; readonly name: string };
  /** RequestConsoleAccess over REST: the ConsoleInventory. */
  access(session?: string, vmUuid?: string): Promise<{ token: string; port: number }>;
  /** The websockify URL for a token. */
  url(token: string): string;
  /** A token, a WebSocket, and the RFB handshake + noVNC's setup + the first full update. */
  open(options?: { password?: string; vmUuid?: string }): Promise<RfbTestClient>;
  vmState(vmUuid?: string): Promise<string>;
}

export async function startConsoleNode(): Promise<ConsoleNode> {
  const t = await startTestSim({ seed: 'demo', consolePort: 0 });
  // At time scale 0.001 the default 60 s idle timeout would be 60 real ms.
  t.rt.configs.update('console', 'proxy.idleTimeout', '86400');
  const session = await t.login();
  const found = await t.call('GET', '/v1/vm-instances?q=state=Running&q=type=UserVm&limit=1', {
    session,
  });
  const vm = (found.json.inventories as { uuid: string; name: string }[])[0];
  if (!vm) throw new Error('the demo seed has no running VM');
  const node: ConsoleNode = {
    t,
    session,
    vm,
    async access(who = session, vmUuid = vm.uuid) {
      const accepted = await t.call('POST', '/v1/consoles', {
        session: who,
        body: { params: { vmInstanceUuid: vmUuid } },
      });
      const done = await t.finish(accepted);
      if (done.status !== 200) throw new Error(`RequestConsoleAccess: ${done.text}`);
      return done.json.inventory as { token: string; port: number };
    },
    url: (token) => `${t.running.consoleUrl}?token=${encodeURIComponent(token)}`,
    async open(options = {}) {
      const { token } = await node.access(session, options.vmUuid);
      const client = await RfbTestClient.connect(node.url(token));
      await client.handshake(options.password);
      client.setup();
      client.requestUpdate(false);
      await client.readUpdate();
      return client;
    },
    async vmState(vmUuid = vm.uuid) {
      const answer = await t.call('GET', `/v1/vm-instances/${vmUuid}`, { session });
      return String((answer.json.inventories as { state: string }[])[0]?.state);
    },
  };
  return node;
}
