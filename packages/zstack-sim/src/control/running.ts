import type { RunningSimulator, SimulatorOptions } from '../index.ts';
import { createControl } from './control.ts';
import { startControlServer } from './httpApi.ts';
import { createSupervisor, type StartNode } from './supervisor.ts';

/**
 * Starts the node under a supervisor and hands out its public face: the node's URL and port
 * (stable across restarts), the current node's context, the control verbs, and with the
 * `control` option the control listener's URL and token.
 */
export async function superviseSimulator(
  options: SimulatorOptions,
  startNode: StartNode,
): Promise<Omit<RunningSimulator, 'consoleUrl' | 'consolePort'>> {
  const sup = await createSupervisor(options, startNode);
  const first = sup.current();
  const control = createControl(sup);
  const listener = options.control
    ? await startControlServer(control, options.controlPort ?? 0, options.log).catch(
        async (error: unknown) => {
          await sup.close();
          throw error;
        },
      )
    : undefined;
  if (listener) options.log?.('controlListening', { controlUrl: listener.url });

  let closing: Promise<void> | undefined;
  return {
    url: first.url,
    port: first.port,
    seeded: first.seeded,
    get sim() {
      return sup.current().sim;
    },
    control,
    ...(listener ? { controlUrl: listener.url, controlToken: listener.token } : {}),
    close() {
      closing ??= (async () => {
        await listener?.close();
        await sup.close();
      })();
      return closing;
    },
  };
}
