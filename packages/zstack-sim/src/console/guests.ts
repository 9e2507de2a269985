import type { SimContext } from '../core/context.ts';
import { Guest } from './guest.ts';
import { runVmPowerApi, vmFacts } from './vmFacts.ts';

/**
 * The guests of the VMs that have had a console, one per VM, so a screen survives reconnects
 * while its VM runs. A VM that stops, reboots or goes away loses its guest (the next console
 * boots a fresh one); a migration keeps it, as a live-migrated guest keeps running.
 */
export class Guests {
  readonly #currentSim: () => SimContext | undefined;
  readonly #byVm = new Map<string, { guest: Guest; hostUuid: string | undefined }>();

  constructor(currentSim: () => SimContext | undefined) {
    this.#currentSim = currentSim;
  }

  /** The VM's guest, booted now if it has none. */
  of(vmUuid: string): Guest {
    const known = this.#byVm.get(vmUuid);
    if (known) return known.guest;
    const sim = () => this.#currentSim();
    const guest = new Guest({
      facts: () => {
        const current = sim();
        return current ? vmFacts(current, vmUuid) : undefined;
      },
      now: () => sim()?.clock.now().getTime() ?? Date.now(),
      powerOff: () => this.#power('StopVmInstance', vmUuid),
      reboot: () => this.#power('RebootVmInstance', vmUuid),
    });
    const hostUuid = this.#hostOf(vmUuid);
    this.#byVm.set(vmUuid, { guest, hostUuid });
    return guest;
  }

  /**
   * The VM's lifecycle ended its consoles (stop, reboot, migrate, destroy): its guest goes
   * unless the VM is running on another host now (a migration).
   */
  lifecycleChanged(vmUuid: string): void {
    const known = this.#byVm.get(vmUuid);
    if (!known) return;
    const sim = this.#currentSim();
    const vm = sim ? vmFacts(sim, vmUuid) : undefined;
    if (vm?.state === 'Running' && vm.hostUuid !== known.hostUuid) {
      known.hostUuid = vm.hostUuid;
      return;
    }
    this.#byVm.delete(vmUuid);
  }

  #hostOf(vmUuid: string): string | undefined {
    const sim = this.#currentSim();
    return sim ? vmFacts(sim, vmUuid)?.hostUuid : undefined;
  }

  #power(api: 'StopVmInstance' | 'RebootVmInstance', vmUuid: string) {
    const sim = this.#currentSim();
    if (!sim) return Promise.resolve('the management node is not running');
    return runVmPowerApi(sim, api, vmUuid);
  }
}
