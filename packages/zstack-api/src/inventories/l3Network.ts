import type { EnabledState, IpRangeType, L3NetworkCategory } from '../enums.ts';
import type { NetworkServiceL3NetworkRefInventory } from './networkService.ts';

/**
 * `L3NetworkInventory`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/l3/L3NetworkInventory.java
 */
export interface L3NetworkInventory {
  uuid: string;
  name: string;
  description?: string;
  type: string;
  zoneUuid: string;
  l2NetworkUuid: string;
  state: EnabledState;
  dnsDomain?: string;
  system?: boolean;
  /** @since 2.2.0 */
  category?: L3NetworkCategory;
  /** @since 3.1.0 */
  ipVersion?: number;
  /** @since 4.7.0 */
  enableIPAM?: boolean;
  /** @since 5.0.0 */
  isolated?: boolean;
  createDate: string;
  lastOpDate: string;
  dns: string[];
  ipRanges: IpRangeInventory[];
  networkServices: NetworkServiceL3NetworkRefInventory[];
  /** @since 2.4.0 */
  hostRoute?: Record<string, unknown>[];
  /** @since 5.2.0 */
  reservedIpRanges?: Record<string, unknown>[];
}

/**
 * `IpRangeInventory`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/l3/IpRangeInventory.java
 */
export interface IpRangeInventory {
  uuid: string;
  l3NetworkUuid: string;
  name: string;
  description?: string;
  startIp: string;
  endIp: string;
  netmask: string;
  gateway?: string;
  networkCidr?: string;
  /** @since 3.1.0 */
  ipVersion?: number;
  /** @since 3.1.0 */
  addressMode?: string;
  /** @since 3.1.0 */
  prefixLen?: number;
  /** @since 3.9.0 */
  ipRangeType?: IpRangeType;
  createDate: string;
  lastOpDate: string;
}

/**
 * `UsedIpInventory`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/l3/UsedIpInventory.java
 */
export interface UsedIpInventory {
  uuid: string;
  ipRangeUuid?: string;
  l3NetworkUuid?: string;
  /** @since 3.1.0 */
  ipVersion?: number;
  ip?: string;
  netmask?: string;
  gateway?: string;
  usedFor?: string;
  ipInLong: number;
  /** @since 5.2.0 */
  ipInBinary?: unknown;
  /** @since 3.1.0 */
  vmNicUuid?: string;
  createDate: string;
  lastOpDate: string;
}

/**
 * `FreeIpInventory`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/l3/FreeIpInventory.java
 */
export interface FreeIpInventory {
  ipRangeUuid: string;
  ip: string;
  netmask?: string;
  gateway?: string;
}
