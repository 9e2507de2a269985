import { ApiError, invalidArgument, operationError } from '../../core/apiError.ts';
import type { ApiCall } from '../../core/context.ts';
import { inventoryOf, mustGet, patchRow, pause } from '../../domain/common.ts';
import { migrationCandidates, moveVm } from '../../domain/migration.ts';
import type { HostRow, HostState, VmRow } from '../../domain/rows.ts';
import { timings } from '../../domain/timings.ts';
import { afterVmRunning } from '../../vr/lifecycle.ts';

/** VM states a maintenance migration can move (the rest block maintenance). */
const migratable = new Set(['Running', 'Paused']);

/**
 * ChangeHostState. `maintain` puts the host in PreMaintenance, live-migrates every running VM
 * to another Enabled + Connected host of its cluster with room, and ends in Maintenance; when
 * a VM has nowhere to go the host returns to its previous state and the call fails.
 *
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/host/HostBase.java
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/host/HostApiInterceptor.java
 */
export async function changeHostState(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  const host = mustGet<HostRow>(sim.store, 'Host', uuid);
  const event = String(call.params.stateEvent);
  switch (event) {
    case 'enable':
    case 'disable': {
      if (host.state === 'PreMaintenance') {
        throw operationError(
          `host[uuid:${uuid}] is entering maintenance mode, cannot ${event} it now`,
        );
      }
      patchRow(sim, 'Host', uuid, { state: event === 'enable' ? 'Enabled' : 'Disabled' });
      return inventoryOf(sim, 'Host', uuid);
    }
    case 'maintain':
      return maintain(call, host);
    default:
      throw invalidArgument(
        `invalid stateEvent[${event}], valid values are [enable, disable, maintain]`,
      );
  }
}

async function maintain(call: ApiCall, host: HostRow) {
  const { sim } = call;
  if (host.status !== 'Connected') {
    throw operationError(
      `can not maintain host[uuid:${host.uuid}, status:${host.status}]which is not Connected`,
    );
  }
  if (host.state === 'Maintenance' || host.state === 'PreMaintenance') {
    return inventoryOf(sim, 'Host', host.uuid);
  }
  const previous: HostState = host.state;
  const vms = sim.store.find('VmInstance', { hostUuid: host.uuid }) as VmRow[];
  const stuck = vms.find((vm) => !migratable.has(vm.state));
  if (stuck) {
    throw operationError(
      `failed to maintain host[uuid:${host.uuid}]: vm[uuid:${stuck.uuid}] is in state ${stuck.state} and cannot be migrated`,
    );
  }
  patchRow(sim, 'Host', host.uuid, { state: 'PreMaintenance' });
  try {
    for (const [i, vm] of vms.entries()) {
      call.progress(Math.round((i * 100) / Math.max(1, vms.length)), `migrate vm ${vm.uuid}`);
      const target = migrationCandidates(sim, vm)[0];
      if (!target) {
        throw new ApiError(
          'HOST.1001',
          `failed to migrate vm[uuid:${vm.uuid}] off host[uuid:${host.uuid}]: no other Enabled and Connected host in cluster[uuid:${vm.clusterUuid}] has capacity for it`,
        );
      }
      patchRow(sim, 'VmInstance', vm.uuid, { state: 'Migrating' });
      try {
        await pause(call, timings.vmMigrate);
      } finally {
        patchRow(sim, 'VmInstance', vm.uuid, { state: vm.state });
      }
      sim.store.transaction(() => moveVm(sim, vm, target));
      afterVmRunning(sim, vm.uuid, true);
    }
  } catch (error) {
    if (sim.store.get('Host', host.uuid)) patchRow(sim, 'Host', host.uuid, { state: previous });
    throw error;
  }
  patchRow(sim, 'Host', host.uuid, { state: 'Maintenance' });
  call.progress(100, 'maintenance');
  return inventoryOf(sim, 'Host', host.uuid);
}
