import { newUuid } from '@zdash/zstack-api';
import type { SimContext } from '../core/context.ts';
import { nowMs } from './common.ts';

/**
 * Writes system/user tag rows (SystemTagVO / UserTagVO) for a resource.
 *
 * @see https://github.com/zstackio/zstack/blob/master/tag/src/main/java/org/zstack/tag/TagManagerImpl.java
 */
export function writeTag(
  sim: SimContext,
  kind: 'System' | 'User',
  resourceUuid: string,
  resourceType: string,
  tag: string,
  inherent = false,
): Record<string, unknown> {
  const now = nowMs(sim);
  return sim.store.insert(kind === 'System' ? 'SystemTag' : 'UserTag', {
    uuid: newUuid(),
    resourceUuid,
    resourceType,
    tag,
    type: kind,
    inherent,
    createDate: now,
    lastOpDate: now,
  });
}

/** Tags of a resource whose text starts with `prefix`. */
export function tagsOf(sim: SimContext, resourceUuid: string, prefix = ''): string[] {
  return sim.store
    .find('SystemTag', { resourceUuid })
    .map((t) => String(t.tag))
    .filter((t) => t.startsWith(prefix));
}
