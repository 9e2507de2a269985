import type { HostState, HostStatus } from '../enums.ts';

/**
 * `HostInventory`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/host/HostInventory.java
 */
export interface HostInventory {
  zoneUuid: string;
  name: string;
  uuid: string;
  clusterUuid: string;
  description?: string;
  managementIp: string;
  hypervisorType: string;
  state: HostState;
  status: HostStatus;
  /** cpuNum × cpuSpeed (MHz) in 1.2; vCPUs × over-commit ratio later. */
  totalCpuCapacity: number;
  availableCpuCapacity: number;
  /** @since 2.0.0 */
  cpuSockets?: number;
  /** Bytes. */
  totalMemoryCapacity: number;
  availableMemoryCapacity: number;
  /** @since 2.1.0 */
  cpuNum?: number;
  /** @since 4.7.0 */
  ipmiAddress?: string;
  /** @since 4.7.0 */
  ipmiUsername?: string;
  /** @since 4.7.0 */
  ipmiPort?: number;
  /** @since 4.7.0 */
  ipmiPowerStatus?: string;
  /** @since 5.2.0 */
  cpuStatus?: 'Normal' | 'Error' | 'Unknown';
  /** @since 5.2.0 */
  memoryStatus?: 'Normal' | 'Error' | 'Unknown';
  /** @since 5.2.0 */
  diskStatus?: 'Normal' | 'Error' | 'Unknown';
  /** @since 5.2.0 */
  nicStatus?: 'Normal' | 'Error' | 'Unknown';
  /** @since 5.2.0 */
  gpuStatus?: 'Normal' | 'Error' | 'Unknown';
  /** @since 5.2.0 */
  powerSupplyStatus?: 'Normal' | 'Error' | 'Unknown';
  /** @since 5.2.0 */
  fanStatus?: 'Normal' | 'Error' | 'Unknown';
  /** @since 5.2.0 */
  raidStatus?: 'Normal' | 'Error' | 'Unknown';
  /** @since 5.2.0 */
  temperatureStatus?: 'Normal' | 'Error' | 'Unknown';
  /** @since 4.2.0 */
  architecture?: string;
  createDate: string;
  lastOpDate: string;
}

/**
 * `KVMHostInventory`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/kvm/src/main/java/org/zstack/kvm/KVMHostInventory.java
 */
export interface KVMHostInventory extends HostInventory {
  username?: string;
  /** @since 1.3.0 */
  sshPort?: number;
  /** @since 4.7.0 */
  osDistribution?: string;
  /** @since 4.7.0 */
  osRelease?: string;
  /** @since 4.7.0 */
  osVersion?: string;
}
