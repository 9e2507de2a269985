import { isAtLeast } from '@zdash/zstack-api';
import type { SimContext } from '../core/context.ts';
import { configOr, hash32 } from './common.ts';

const GiB = 1024 ** 3;

/** What the simulated KVM agent reports on connect (KVMHostConnectExtension's host facts). */
export interface HostProfile {
  readonly cpuNum: number;
  readonly cpuSockets: number;
  /** MHz, used for 1.x CPU capacity. */
  readonly cpuSpeed: number;
  readonly memory: number;
  readonly osDistribution: string;
  readonly osRelease: string;
  readonly osVersion: string;
  readonly architecture: string;
}

const profiles: readonly Omit<
  HostProfile,
  'osDistribution' | 'osRelease' | 'osVersion' | 'architecture'
>[] = [
  { cpuNum: 32, cpuSockets: 2, cpuSpeed: 2600, memory: 128 * GiB },
  { cpuNum: 48, cpuSockets: 2, cpuSpeed: 2400, memory: 192 * GiB },
  { cpuNum: 64, cpuSockets: 2, cpuSpeed: 2200, memory: 256 * GiB },
  { cpuNum: 24, cpuSockets: 1, cpuSpeed: 3000, memory: 96 * GiB },
];

/** The host a management IP "is": the same IP always yields the same hardware. */
export function hostProfileOf(managementIp: string): HostProfile {
  const base = profiles[hash32(managementIp) % profiles.length] ?? profiles[0];
  if (!base) throw new Error('no host profiles');
  return {
    ...base,
    osDistribution: 'centos',
    osRelease: 'Core',
    osVersion: '7.9.2009',
    architecture: 'x86_64',
  };
}

/**
 * Before 2.0 a host's CPU capacity was cpuNum × cpuSpeed (MHz) and a VM used cpuNum × cpuSpeed;
 * later it is vCPUs × `host/cpu.overProvisioning.ratio` (default 10) and a VM uses cpuNum.
 * The exact release of the switch is not pinned (reference §16 says "1.2 … later").
 *
 * @see https://github.com/zstackio/zstack/blob/master/compute/src/main/java/org/zstack/compute/host/HostGlobalConfig.java
 */
export const vcpuCapacitySince = '2.0.0';

export function usesVcpuCapacity(sim: SimContext): boolean {
  return isAtLeast(sim.version, vcpuCapacitySince);
}

export function cpuOverProvisioningRatio(sim: SimContext): number {
  const ratio = Number(configOr(sim, 'host', 'cpu.overProvisioning.ratio', '10'));
  return Number.isFinite(ratio) && ratio > 0 ? ratio : 10;
}

/** totalCpuCapacity of a host with this profile. */
export function hostCpuCapacity(sim: SimContext, profile: HostProfile): number {
  return usesVcpuCapacity(sim)
    ? profile.cpuNum * cpuOverProvisioningRatio(sim)
    : profile.cpuNum * profile.cpuSpeed;
}

/** CPU capacity a VM of `cpuNum` vCPUs at `cpuSpeed` MHz takes from its host. */
export function vmCpuDemand(sim: SimContext, cpuNum: number, cpuSpeed: number): number {
  return usesVcpuCapacity(sim) ? cpuNum : cpuNum * (cpuSpeed || 0);
}
