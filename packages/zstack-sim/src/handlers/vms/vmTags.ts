import { hasCapability } from '@zdash/zstack-api';
import { invalidArgument } from '../../core/apiError.ts';
import type { SimContext } from '../../core/context.ts';
import { checkStaticIp } from '../../domain/ipAllocation.ts';
import { writeTag } from '../../domain/systemTags.ts';

/** The VM system tags CreateVmInstance understands, parsed. */
export interface VmTags {
  readonly staticIps: ReadonlyMap<string, string>;
  readonly all: readonly string[];
}

const base64 = /^[A-Za-z0-9+/\r\n]*={0,2}$/;
const hostnameRe =
  /^[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/**
 * Validates the VM system tags the way VmSystemTags' validators and VmInstanceApiInterceptor do:
 * one userdata (base64 from 2.1.0, plain text before), a valid hostname, and static IPs that
 * are inside a range of a requested L3 and free.
 *
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/vm/VmSystemTags.java
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/vm/UserdataBuilder.java
 */
export function parseVmTags(
  sim: SimContext,
  tags: readonly string[],
  l3Uuids: readonly string[],
): VmTags {
  const staticIps = new Map<string, string>();
  let userdata = 0;
  for (const tag of tags) {
    if (tag.startsWith('userdata::')) {
      userdata++;
      if (userdata > 1)
        throw invalidArgument('only one userdata system tag is allowed, but multiple are found');
      const value = tag.slice('userdata::'.length);
      if (hasCapability(sim.version, 'base64Userdata')) {
        const ok = base64.test(value) && value.replace(/[\r\n]/g, '').length % 4 === 0;
        if (!ok)
          throw invalidArgument(
            `the userdata[${value.slice(0, 32)}…] is not a base64 encoded string`,
          );
      }
    } else if (tag.startsWith('hostname::')) {
      const name = tag.slice('hostname::'.length);
      if (!hostnameRe.test(name))
        throw invalidArgument(`hostname[${name}] is not a valid hostname`);
    } else if (tag.startsWith('staticIp::')) {
      const [, l3Uuid = '', ip = ''] = tag.split('::');
      if (!l3Uuids.includes(l3Uuid)) {
        throw invalidArgument(
          `static ip l3 uuid[${l3Uuid}] is not included in nic l3 [${l3Uuids.join(', ')}]`,
        );
      }
      if (staticIps.has(l3Uuid))
        throw invalidArgument(`only one static ip is allowed on the L3 network[uuid:${l3Uuid}]`);
      checkStaticIp(sim, l3Uuid, ip);
      staticIps.set(l3Uuid, ip);
    }
  }
  return { staticIps, all: tags };
}

/** Stores the VM's system tags (rootPassword included, as ZStack keeps it: a tag, never inventory). */
export function saveVmTags(sim: SimContext, vmUuid: string, tags: VmTags): void {
  for (const tag of tags.all) writeTag(sim, 'System', vmUuid, 'VmInstanceVO', tag);
}
