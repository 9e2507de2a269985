import { invalidArgument, notFound } from '../core/apiError.ts';
import type { ApiCall, HandlerTable } from '../core/context.ts';
import { str } from '../domain/common.ts';
import { writeTag } from '../domain/systemTags.ts';

/**
 * Tag APIs. The SystemTag/UserTag tables belong to the store; queries need no handler.
 * An inherent system tag (one ZStack itself manages) cannot be deleted by a user.
 *
 * @see https://github.com/zstackio/zstack/blob/master/tag/src/main/java/org/zstack/tag/TagManagerImpl.java
 * @see https://github.com/zstackio/zstack/blob/master/tag/src/main/java/org/zstack/tag/TagApiInterceptor.java
 */
function createTag(kind: 'System' | 'User') {
  return (call: ApiCall) => {
    const { sim } = call;
    const resourceUuid = str(call, 'resourceUuid');
    const resourceType = str(call, 'resourceType');
    const tag = str(call, 'tag');
    if (!resourceUuid || !resourceType || !tag) {
      throw invalidArgument('resourceUuid, resourceType and tag are required');
    }
    const table = resourceType.replace(/VO$/, '');
    try {
      if (!sim.store.get(table, resourceUuid)) {
        throw invalidArgument(`no resource[uuid:${resourceUuid}, type:${resourceType}] found`);
      }
    } catch (error) {
      if (error instanceof Error && !('code' in error)) {
        throw invalidArgument(`resource type[${resourceType}] is not a taggable resource`);
      }
      throw error;
    }
    const row = writeTag(sim, kind, resourceUuid, resourceType, tag);
    return { inventory: sim.store.toInventory(kind === 'System' ? 'SystemTag' : 'UserTag', row) };
  };
}

function deleteTag(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  for (const table of ['SystemTag', 'UserTag']) {
    const row = sim.store.get(table, uuid);
    if (!row) continue;
    if (row.inherent === true)
      throw invalidArgument(`tag[uuid:${uuid}] is an inherent system tag, cannot be deleted`);
    sim.store.remove(table, uuid);
  }
  return {};
}

function updateSystemTag(call: ApiCall) {
  const { sim } = call;
  const uuid = String(call.params.uuid);
  const row = sim.store.get('SystemTag', uuid);
  if (!row) throw notFound('SystemTagVO', uuid);
  const tag = str(call, 'tag');
  if (!tag) throw invalidArgument('tag cannot be empty');
  const updated = sim.store.update('SystemTag', uuid, {
    tag,
    lastOpDate: sim.clock.now().getTime(),
  });
  return { inventory: sim.store.toInventory('SystemTag', updated) };
}

export const handlers: HandlerTable = {
  UpdateSystemTag: updateSystemTag,
  CreateSystemTag: createTag('System'),
  CreateUserTag: createTag('User'),
  DeleteTag: deleteTag,
};
