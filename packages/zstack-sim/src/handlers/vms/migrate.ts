import { invalidArgument } from '../../core/apiError.ts';
import type { ApiCall } from '../../core/context.ts';
import { noHost } from '../../domain/allocation.ts';
import { inventoryOf, patchRow, str } from '../../domain/common.ts';
import { migrationCandidates, moveVm } from '../../domain/migration.ts';
import { timings } from '../../domain/timings.ts';
import { getVm } from '../../domain/vmOps.ts';
import { afterVmRunning } from '../../vr/lifecycle.ts';
import { awaitTransition } from './startFlow.ts';
import { vmError, vmFor } from './vmState.ts';

/**
 * Live migration within the cluster: Migrating while the memory copies, then the capacity
 * moves to the target host.
 *
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/vm/VmInstanceBase.java
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/vm/VmInstanceApiInterceptor.java
 */
export async function migrateVm(call: ApiCall) {
  const { sim } = call;
  const vm = vmFor(call, 'MigrateVm', String(call.params.vmInstanceUuid));
  const hostUuid = str(call, 'hostUuid');
  if (hostUuid && vm.hostUuid === hostUuid) {
    throw invalidArgument(`the vm[uuid:${vm.uuid}] is already on host[uuid:${hostUuid}]`);
  }
  const candidates = migrationCandidates(sim, vm);
  const target = hostUuid ? candidates.find((h) => h.uuid === hostUuid) : candidates[0];
  if (!target) {
    throw vmError(
      'VM.1008',
      noHost(
        hostUuid
          ? `host[uuid:${hostUuid}] is not a migration candidate of vm[uuid:${vm.uuid}]: it must be Enabled, Connected, in the same cluster, reach the vm's L3 networks and primary storage, and have capacity`
          : `no host can take vm[uuid:${vm.uuid}] by live migration`,
      ),
    );
  }
  const previous = vm.state;
  patchRow(sim, 'VmInstance', vm.uuid, { state: 'Migrating' });
  try {
    await awaitTransition(call, vm.uuid, 'Migrating', timings.vmMigrate);
  } catch (error) {
    if (getVm(sim, vm.uuid)?.state === 'Migrating')
      patchRow(sim, 'VmInstance', vm.uuid, { state: previous });
    throw vmError('VM.1008', error);
  }
  try {
    sim.store.transaction(() => {
      const current = getVm(sim, vm.uuid);
      if (current) moveVm(sim, current, target);
      patchRow(sim, 'VmInstance', vm.uuid, {
        state: previous === 'Unknown' ? 'Running' : previous,
      });
    });
  } catch (error) {
    // the target filled up while the memory copied: the VM stays where it was
    patchRow(sim, 'VmInstance', vm.uuid, { state: previous });
    throw vmError('VM.1008', error);
  }
  // FlatDhcpBackend / FlatEipBackend follow the VM to its new host
  afterVmRunning(sim, vm.uuid, true);
  return inventoryOf(sim, 'VmInstance', vm.uuid);
}

export function getVmMigrationCandidateHosts(call: ApiCall) {
  const { sim } = call;
  const vm = vmFor(call, 'GetVmMigrationCandidateHosts', String(call.params.vmInstanceUuid));
  return { inventories: migrationCandidates(sim, vm).map((h) => sim.store.toInventory('Host', h)) };
}
