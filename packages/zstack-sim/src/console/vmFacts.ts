import { findApi, newUuid } from '@zdash/zstack-api';
import type { ApiCall, SimContext } from '../core/context.ts';
import { runtimeOf, track } from '../core/runtime.ts';
import type { VmRow } from '../domain/rows.ts';
import { tagsOf } from '../domain/systemTags.ts';
import { nicsOf } from '../domain/vmOps.ts';
import { metadataFor } from '../network/metadata.ts';

/**
 * What the guest of a VM knows about itself, read from the simulator's store each time it is
 * needed (the VM may have been renamed, re-tagged or stopped since the last keystroke), and the
 * guest's two ways to change the VM's state: the same handlers StopVmInstance and
 * RebootVmInstance run, so a `poweroff` typed in the console moves the VM exactly as the API would.
 *
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/vm/VmSystemTags.java
 */
export interface GuestNic {
  readonly device: string;
  readonly ip?: string;
  readonly netmask?: string;
  readonly mac: string;
}

/** A VM as its guest sees it. */
export interface VmFacts {
  readonly uuid: string;
  readonly name: string;
  readonly state: string;
  readonly hostUuid?: string;
  /** The `hostname::` tag, else the VM name made host-safe. */
  readonly hostname: string;
  readonly cpuNum: number;
  readonly memorySize: number;
  readonly nics: readonly GuestNic[];
  /** What 169.254.169.254 serves it, or null when its L3 has no Flat Userdata service. */
  readonly userData: string | undefined | null;
  readonly rootPassword?: string;
  /** The `consolePassword::` tag: VNC authentication when set. */
  readonly consolePassword?: string;
}

function tagValue(sim: SimContext, uuid: string, name: string): string | undefined {
  const [tag] = tagsOf(sim, uuid, `${name}::`);
  return tag === undefined ? undefined : tag.slice(name.length + 2);
}

/** The VM's facts now, or undefined when it no longer exists. */
export function vmFacts(sim: SimContext, uuid: string): VmFacts | undefined {
  const vm = sim.store.get('VmInstance', uuid) as VmRow | undefined;
  if (!vm) return undefined;
  const nics = nicsOf(sim, uuid).map((nic, index) => {
    const used = nic.usedIpUuid ? sim.store.get('UsedIp', nic.usedIpUuid) : undefined;
    const netmask = typeof used?.netmask === 'string' ? used.netmask : undefined;
    return {
      device: `eth${index}`,
      mac: nic.mac,
      ...(nic.ip ? { ip: nic.ip } : {}),
      ...(netmask ? { netmask } : {}),
    };
  });
  const metadata = metadataFor(sim, uuid);
  const rootPassword = tagValue(sim, uuid, 'rootPassword');
  const consolePassword = tagValue(sim, uuid, 'consolePassword');
  return {
    uuid,
    name: vm.name,
    state: vm.state,
    ...(vm.hostUuid ? { hostUuid: vm.hostUuid } : {}),
    hostname: tagValue(sim, uuid, 'hostname') ?? hostSafe(vm.name),
    cpuNum: vm.cpuNum,
    memorySize: vm.memorySize,
    nics,
    userData: metadata === null ? null : metadata.userData,
    ...(rootPassword === undefined ? {} : { rootPassword }),
    ...(consolePassword === undefined ? {} : { consolePassword }),
  };
}

/** A VM name as a Linux host name: letters, digits and dashes. */
function hostSafe(name: string): string {
  return name.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'localhost';
}

/**
 * Runs StopVmInstance or RebootVmInstance on the VM as the guest's own request (no session: the
 * guest is not an API caller), in the background; resolves with the error text on failure.
 */
export function runVmPowerApi(
  sim: SimContext,
  apiName: 'StopVmInstance' | 'RebootVmInstance',
  uuid: string,
): Promise<string | undefined> {
  const rt = runtimeOf(sim);
  const api = findApi(apiName);
  const handler = rt.handlers.get(apiName);
  if (!api || !handler) return Promise.resolve(`${apiName} is not available`);
  const call: ApiCall = {
    api,
    params: { uuid },
    systemTags: [],
    userTags: [],
    session: null,
    jobUuid: newUuid(),
    sim,
    signal: rt.stopping,
    progress: () => undefined,
  };
  const work = (async () => {
    try {
      await handler(call);
      return undefined;
    } catch (error) {
      const details = (error as { details?: unknown }).details;
      return String(details ?? (error as Error).message ?? error);
    }
  })();
  track(rt, work);
  return work;
}
