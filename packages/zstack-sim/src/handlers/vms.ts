import type { HandlerTable, SimContext } from '../core/context.ts';
import { patchRow } from '../domain/common.ts';
import type { VmRow } from '../domain/rows.ts';
import { vmInstanceTable, vmNicTable } from '../domain/tables/compute.ts';
import { leaveHost } from '../domain/vmOps.ts';
import type { TableSpec } from '../store/types.ts';
import {
  getVmAttachableDataVolume,
  getVmStartingCandidateClustersHosts,
} from './vms/candidates.ts';
import { getVmConsoleAddress } from './vms/consoleAddress.ts';
import { createVmInstance } from './vms/create.ts';
import { destroyVmInstance, expungeVmInstance, recoverVmInstance } from './vms/lifecycle.ts';
import { getVmMigrationCandidateHosts, migrateVm } from './vms/migrate.ts';
import { rebootVmInstance, startVmInstance, stopVmInstance } from './vms/power.ts';
import { changeInstanceOffering, updateVmInstance } from './vms/update.ts';

/**
 * VM instances and their NICs.
 *
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/vm/VmInstanceBase.java
 */
export const tables: TableSpec[] = [vmInstanceTable, vmNicTable];

export const handlers: HandlerTable = {
  CreateVmInstance: createVmInstance,
  StartVmInstance: startVmInstance,
  StopVmInstance: stopVmInstance,
  RebootVmInstance: rebootVmInstance,
  DestroyVmInstance: destroyVmInstance,
  RecoverVmInstance: recoverVmInstance,
  ExpungeVmInstance: expungeVmInstance,
  MigrateVm: migrateVm,
  GetVmMigrationCandidateHosts: getVmMigrationCandidateHosts,
  ChangeInstanceOffering: changeInstanceOffering,
  UpdateVmInstance: updateVmInstance,
  GetVmStartingCandidateClustersHosts: getVmStartingCandidateClustersHosts,
  GetVmAttachableDataVolume: getVmAttachableDataVolume,
  GetVmConsoleAddress: getVmConsoleAddress,
};

/**
 * After a restart, VMs caught in a transition settle as a management node's VM sync would
 * leave them: Starting/Rebooting/Migrating → Running, Stopping → Stopped (capacity returned),
 * Destroying → Destroyed, Expunging → Destroyed (expunge can be retried).
 */
export function reconcile(sim: SimContext): void {
  const settle: Record<string, string> = {
    Starting: 'Running',
    Rebooting: 'Running',
    Migrating: 'Running',
    Stopping: 'Stopped',
    Destroying: 'Destroyed',
    Expunging: 'Destroyed',
  };
  sim.store.transaction(() => {
    for (const [from, to] of Object.entries(settle)) {
      for (const vm of sim.store.find('VmInstance', { state: from }) as VmRow[]) {
        if (to === 'Stopped' || to === 'Destroyed') leaveHost(sim, vm, to);
        else patchRow(sim, 'VmInstance', vm.uuid, { state: to });
      }
    }
  });
}
