import { hasCapability, newUuid } from '@zdash/zstack-api';
import type { SimContext } from '../core/context.ts';
import { nowMs, patchRow } from '../domain/common.ts';

/**
 * Event-based garbage collection of VM operations that a disconnected host could not carry out.
 * A destroy (VmDestroyOnHypervisorFlow) or a cascade stop with `gcOnFailure`
 * (VmStopOnHypervisorFlow) that meets a disconnected host succeeds in the database and leaves a
 * job; the job runs when its host becomes Connected or is deleted (and a stop job also when its
 * VM is deleted): Idle → Processing → Done.
 *
 * @see https://github.com/zstackio/zstack/blob/1.2.x/core/src/main/java/org/zstack/core/gc/GCFacadeImpl.java
 * @see https://github.com/zstackio/zstack/blob/master/core/src/main/java/org/zstack/core/gc/EventBasedGarbageCollector.java
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/vm/VmDestroyOnHypervisorFlow.java
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/vm/VmStopOnHypervisorFlow.java
 */

export type GcAction = 'DeleteVm' | 'StopVm';
export type GcStatus = 'Idle' | 'Processing' | 'Done';

export interface GcJobRow {
  [field: string]: unknown;
  uuid: string;
  name: string;
  runnerClass: string;
  context: string;
  status: GcStatus;
  managementNodeUuid?: string;
  type: string;
  hostUuid: string;
  vmInstanceUuid: string;
  action: GcAction;
  createDate: number;
  lastOpDate: number;
}

const runners: Record<GcAction, { name: string; runner: string }> = {
  DeleteVm: { name: 'delete-vm', runner: 'org.zstack.compute.vm.DeleteVmGC' },
  StopVm: { name: 'stop-vm', runner: 'org.zstack.compute.vm.StopVmGC' },
};

/** Leaves a job for a VM operation the host could not do now. Returns the job. */
export function scheduleVmGc(
  sim: SimContext,
  action: GcAction,
  vmUuid: string,
  hostUuid: string,
): GcJobRow {
  const now = nowMs(sim);
  // The GC rewrite (EventBasedGarbageCollector, the GC API) came with the gcApi capability.
  const modern = hasCapability(sim.version, 'gcApi');
  const { name, runner } = runners[action];
  const triggers = [
    { eventPath: '/host/status/change', hostUuid, newStatus: 'Connected' },
    { eventPath: '/host/delete', hostUuid },
    ...(action === 'StopVm' ? [{ eventPath: '/vm/delete', vmUuid }] : []),
  ];
  const row: GcJobRow = {
    uuid: newUuid(),
    name: `${name}-${vmUuid}`,
    runnerClass: runner,
    context: JSON.stringify({ vmUuid, hostUuid, triggers }),
    status: 'Idle',
    managementNodeUuid: sim.managementNode.uuid,
    // 1.2 stored the context class name as the type (V1.1__schema.sql).
    type: modern ? 'EventBased' : 'org.zstack.core.gc.EventBasedGCPersistentContext',
    hostUuid,
    vmInstanceUuid: vmUuid,
    action,
    createDate: now,
    lastOpDate: now,
  };
  return sim.store.insert('GarbageCollector', row);
}

/** Runs one job now: Processing, the deferred hypervisor call (always succeeds here), Done. */
export function runGcJob(sim: SimContext, uuid: string): void {
  patchRow(sim, 'GarbageCollector', uuid, { status: 'Processing' });
  patchRow(sim, 'GarbageCollector', uuid, { status: 'Done' });
}

export function gcJobsOf(sim: SimContext, where: Record<string, unknown>): GcJobRow[] {
  return sim.store.find('GarbageCollector', where) as GcJobRow[];
}

/** A host became Connected or was deleted: its pending jobs run. Returns how many ran. */
export function onGcHostEvent(sim: SimContext, hostUuid: string): number {
  const jobs = gcJobsOf(sim, { hostUuid, status: 'Idle' });
  for (const job of jobs) runGcJob(sim, job.uuid);
  return jobs.length;
}

/** A VM was deleted: the stop jobs waiting for it have nothing left to do. */
export function onGcVmDeleted(sim: SimContext, vmUuid: string): void {
  for (const job of gcJobsOf(sim, { vmInstanceUuid: vmUuid, status: 'Idle', action: 'StopVm' }))
    runGcJob(sim, job.uuid);
}
