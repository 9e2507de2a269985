import { indexedText, text, timestamps } from '../domain/columns.ts';
import type { TableSpec } from '../store/types.ts';

/**
 * GarbageCollectorVO. The table exists from 1.2 (jobs are only visible there); QueryGCJob shows
 * it from 1.10. `hostUuid`, `vmInstanceUuid` and `action` are the simulator's event triggers,
 * kept beside the `context` JSON that real nodes evaluate.
 *
 * @see https://github.com/zstackio/zstack/blob/master/core/src/main/java/org/zstack/core/gc/GarbageCollectorVO.java
 * @see https://github.com/zstackio/zstack/blob/master/core/src/main/java/org/zstack/core/gc/GarbageCollectorInventory.java
 */
export const garbageCollectorTable: TableSpec = {
  name: 'GarbageCollector',
  table: 'garbage_collector',
  javaClass: 'org.zstack.core.gc.GarbageCollectorInventory',
  primaryKey: 'uuid',
  columns: {
    uuid: indexedText,
    name: indexedText,
    runnerClass: text,
    context: text,
    status: indexedText,
    managementNodeUuid: text,
    type: indexedText,
    hostUuid: { type: 'text', hidden: true, index: true },
    vmInstanceUuid: { type: 'text', hidden: true, index: true },
    action: { type: 'text', hidden: true },
    ...timestamps,
  },
};
