import { hasCapability } from '@zdash/zstack-api';
import type { SimContext } from '../core/context.ts';
import type { VmRow } from '../domain/rows.ts';
import { tagsOf } from '../domain/systemTags.ts';
import { isServiceEffective } from './l3Services.ts';

/**
 * What the Flat provider's lighttpd at 169.254.169.254 answers a VM (EC2 style), built from the
 * simulator's state. Paths are keyed without the version segment: the agent's rewrite rules map
 * any `/<version>/user-data` and `/<version>/meta-data/...` to the VM's folder, so
 * `/latest/user-data` and `/2009-04-04/user-data` are the same document.
 *
 * @see https://github.com/zstackio/zstack/blob/1.2.x/compute/src/main/java/org/zstack/compute/vm/UserdataBuilder.java
 * @see https://github.com/zstackio/zstack/blob/master/plugin/flatNetworkProvider/src/main/java/org/zstack/network/service/flat/FlatUserdataBackend.java
 * @see https://github.com/zstackio/zstack-utility/blob/master/kvmagent/kvmagent/plugins/mevoco.py
 */
export interface VmMetadata {
  /** The VM the documents belong to. */
  readonly vmUuid: string;
  /** `user-data`, or undefined when the VM has none (the server answers 404). */
  readonly userData?: string;
  /** `meta-data/<name>` → document; `instance-id` is always there. */
  readonly metaData: Readonly<Record<string, string>>;
}

function tagValue(sim: SimContext, vmUuid: string, name: string): string | undefined {
  const [tag] = tagsOf(sim, vmUuid, `${name}::`);
  return tag === undefined ? undefined : tag.slice(name.length + 2);
}

/** UserdataBuilder: the userdata tag, else a `#cloud-config` made from sshkey / rootPassword. */
export function buildUserdata(sim: SimContext, vmUuid: string): string | undefined {
  const userdata = tagValue(sim, vmUuid, 'userdata');
  if (userdata !== undefined) {
    // From base64Userdata the `userdata::` tag holds base64, decoded before it is served.
    return hasCapability(sim.version, 'base64Userdata')
      ? Buffer.from(userdata, 'base64').toString('utf8')
      : userdata;
  }
  const sshKey = tagValue(sim, vmUuid, 'sshkey');
  const rootPassword = tagValue(sim, vmUuid, 'rootPassword');
  if (sshKey === undefined && rootPassword === undefined) return undefined;
  let out = '#cloud-config';
  if (sshKey !== undefined) out += `\nssh_authorized_keys:\n  - ${sshKey}\ndisable_root: false`;
  if (rootPassword !== undefined)
    out += `\nchpasswd:\n  list: |\n    root:${rootPassword}\n  expire: False`;
  return out;
}

/**
 * The metadata documents of a VM, or null when its default L3 lacks the Flat provider's
 * Userdata service (then 169.254.169.254 is not served for it at all).
 */
export function metadataFor(sim: SimContext, vmUuid: string): VmMetadata | null {
  const vm = sim.store.get('VmInstance', vmUuid) as VmRow | undefined;
  const l3 = vm?.defaultL3NetworkUuid;
  if (!vm || !l3 || !isServiceEffective(sim, l3, 'Userdata', 'Flat')) return null;
  const metaData: Record<string, string> = { 'instance-id': vm.uuid };
  const hostname = tagValue(sim, vmUuid, 'hostname');
  if (hostname !== undefined) metaData['local-hostname'] = hostname;
  const sshKey = tagValue(sim, vmUuid, 'sshkey');
  if (sshKey !== undefined) {
    metaData['public-keys'] = '0=default';
    metaData['public-keys/0/openssh-key'] = sshKey;
  }
  const userData = buildUserdata(sim, vmUuid);
  return { vmUuid: vm.uuid, metaData, ...(userData === undefined ? {} : { userData }) };
}

/**
 * Answers one request path (`/latest/user-data`, `/2009-04-04/meta-data/instance-id`,
 * `/latest/meta-data/` for the listing) from a VM's documents; undefined means 404.
 */
export function metadataDocument(metadata: VmMetadata, path: string): string | undefined {
  const match = /^\/[^/]+\/(user-data|meta-data)(?:\/(.*))?$/.exec(path);
  if (!match) return undefined;
  if (match[1] === 'user-data') return match[2] ? undefined : metadata.userData;
  const rest = (match[2] ?? '').replace(/\/$/, '');
  if (rest === '') {
    const top = new Set(Object.keys(metadata.metaData).map((key) => key.split('/')[0] ?? key));
    return [...top].map((key) => (key === 'public-keys' ? 'public-keys/' : key)).join('\n');
  }
  return metadata.metaData[rest];
}
