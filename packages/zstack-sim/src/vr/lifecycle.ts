import { operationError } from '../core/apiError.ts';
import type { ApiCall, SimContext } from '../core/context.ts';
import { inventoryOf, mustGet, patchRow, pause } from '../domain/common.ts';
import type { VmRow } from '../domain/rows.ts';
import { timings } from '../domain/timings.ts';
import { expungeVmNow, getVm, nicsOf } from '../domain/vmOps.ts';
import { onVmStateChanged } from '../network/cascades.ts';
import { refreshDhcpEntries, refreshL3DhcpEntries } from './dhcp.ts';
import {
  activeVirtualRouterOn,
  buildVirtualRouter,
  isVirtualRouter,
  markVrRunning,
  vrServicesOn,
} from './router.ts';

/**
 * The moments a VR is made, reconnected and destroyed, and the network-service work done when a
 * user VM starts.
 *
 * @see https://github.com/zstackio/zstack/blob/1.2.x/plugin/virtualRouterProvider/src/main/java/org/zstack/network/service/virtualrouter/VirtualRouterManagerImpl.java
 * @see https://github.com/zstackio/zstack/blob/1.2.x/plugin/virtualRouterProvider/src/main/java/org/zstack/network/service/virtualrouter/VirtualRouter.java
 */

/** Boot time of a VR VM plus its agent's first echo. */
const vrBoot = timings.vmStart;

/** The guest L3s of a user VM that need a VR started now. */
function l3sLackingVr(sim: SimContext, vmUuid: string): string[] {
  const l3s = [...new Set(nicsOf(sim, vmUuid).map((n) => n.l3NetworkUuid))];
  return l3s.filter((l3) => vrServicesOn(sim, l3).length > 0 && !activeVirtualRouterOn(sim, l3));
}

/**
 * Applying VirtualRouter services to a starting user VM (`acquireVirtualRouterVm`): each of its
 * L3s served by the VirtualRouter provider gets a VR from the zone's offering when it has no
 * running one. Fails (no VR left behind) without an offering or room; the caller fails the start.
 */
export async function ensureVirtualRouters(call: ApiCall, vmUuid: string): Promise<void> {
  const { sim } = call;
  for (const l3Uuid of l3sLackingVr(sim, vmUuid)) {
    const vr = sim.store.transaction(() => buildVirtualRouter(sim, l3Uuid, { state: 'Starting' }));
    try {
      await pause(call, vrBoot);
    } catch (error) {
      const current = getVm(sim, vr.uuid);
      if (current) sim.store.transaction(() => expungeVmNow(sim, current));
      throw error;
    }
    sim.store.transaction(() => {
      markVrRunning(sim, vr.uuid);
      refreshL3DhcpEntries(sim, l3Uuid);
    });
  }
}

/**
 * A user VM is Running (started, rebooted, migrated): Flat records and DHCP entries pushed;
 * `endConsoles` for reboot and migration, which end console grants.
 */
export function afterVmRunning(sim: SimContext, vmUuid: string, endConsoles = false): void {
  sim.store.transaction(() => {
    onVmStateChanged(sim, vmUuid, endConsoles);
    refreshDhcpEntries(sim, vmUuid);
  });
}

/** ReconnectVirtualRouter: Connecting, the agent redeployed and echoed, Connected, entries re-pushed. */
export async function reconnectVirtualRouter(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.vmInstanceUuid);
  const vr = mustGet<VmRow>(sim.store, 'VmInstance', uuid);
  if (!isVirtualRouter(vr)) {
    throw operationError(`vm[uuid:${uuid}] is not a virtual router`);
  }
  if (vr.state !== 'Running') {
    throw operationError(
      `the virtual router[uuid:${uuid}] is in state ${vr.state}, only a Running one can be reconnected`,
    );
  }
  patchRow(sim, 'VmInstance', uuid, { status: 'Connecting' });
  try {
    await pause(call, timings.quick * 10);
  } catch (error) {
    if (getVm(sim, uuid)) patchRow(sim, 'VmInstance', uuid, { status: 'Disconnected' });
    throw error;
  }
  sim.store.transaction(() => {
    patchRow(sim, 'VmInstance', uuid, { status: 'Connected' });
    for (const nic of nicsOf(sim, uuid)) refreshL3DhcpEntries(sim, nic.l3NetworkUuid);
  });
  return inventoryOf(sim, 'ApplianceVm', uuid);
}

/** Whether a VM is an appliance, which a destroy expunges at once (no recovery for VRs). */
export function isAppliance(vm: VmRow | undefined): boolean {
  return vm?.type === 'ApplianceVm';
}
