import type { ApiCall, HandlerTable, SimContext } from '../core/context.ts';
import { mustGet, patchRow, pause } from '../domain/common.ts';
import { timings } from '../domain/timings.ts';
import { type GcJobRow, gcJobsOf } from '../gc/jobs.ts';
import { garbageCollectorTable } from '../gc/tables.ts';
import type { TableSpec } from '../store/types.ts';

/**
 * Garbage-collector jobs (the API from 1.10; on older versions the jobs still run, only
 * unseen). QueryGCJob is answered by the store.
 *
 * @see https://github.com/zstackio/zstack/blob/master/core/src/main/java/org/zstack/core/gc/GarbageCollectorManagerImpl.java
 */
export const tables: TableSpec[] = [garbageCollectorTable];

/** TriggerGCJob: runs the job now, whatever its triggers say. */
async function triggerGcJob(call: ApiCall) {
  const { sim } = call;
  const job = mustGet<GcJobRow>(sim.store, 'GarbageCollector', String(call.params.uuid));
  patchRow(sim, 'GarbageCollector', job.uuid, { status: 'Processing' });
  try {
    await pause(call, timings.quick);
  } finally {
    if (sim.store.get('GarbageCollector', job.uuid))
      patchRow(sim, 'GarbageCollector', job.uuid, { status: 'Done' });
  }
  return {};
}

/** DeleteGCJob: the job is dropped without running. */
function deleteGcJob(call: ApiCall) {
  const uuid = String(call.params.uuid);
  if (call.sim.store.get('GarbageCollector', uuid)) call.sim.store.remove('GarbageCollector', uuid);
  return {};
}

export const handlers: HandlerTable = {
  TriggerGCJob: triggerGcJob,
  DeleteGCJob: deleteGcJob,
};

/** A restarted node adopts the jobs it was running: Processing → Idle, to run on the next event. */
export function reconcile(sim: SimContext): void {
  for (const job of gcJobsOf(sim, { status: 'Processing' }))
    patchRow(sim, 'GarbageCollector', job.uuid, { status: 'Idle' });
}
