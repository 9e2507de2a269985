/**
 * Catalogue section `capacity`: Capacity reports.
 *
 * @see https://github.com/zstackio/zstack/tree/master/header/src/main/java/org/zstack/header/allocator
 */

import type {
  BackupStorageCapacityResult,
  CpuMemoryCapacityResult,
  IpAddressCapacityResult,
  PrimaryStorageCapacityResult,
} from '../inventories/capacity.ts';
import { defineApi } from './types.ts';

const allocatorSrc = 'header/src/main/java/org/zstack/header/allocator';
const primarySrc = 'header/src/main/java/org/zstack/header/storage/primary';
const l3Src = 'header/src/main/java/org/zstack/header/network/l3';
const backupSrc = 'header/src/main/java/org/zstack/header/storage/backup';

/**
 * `GetCpuMemoryCapacity`: sync.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/allocator/APIGetCpuMemoryCapacityMsg.java
 */
export const getCpuMemoryCapacity = defineApi<CpuMemoryCapacityResult>()({
  name: 'GetCpuMemoryCapacity',
  fqn: 'org.zstack.header.allocator.APIGetCpuMemoryCapacityMsg',
  replyFqn: 'org.zstack.header.allocator.APIGetCpuMemoryCapacityReply',
  section: 'capacity',
  rest: { method: 'GET', path: '/hosts/capacities/cpu-memory', bodyKey: null },
  async: false,
  response: 'all',
  params: {
    zoneUuids: { type: 'stringList' },
    clusterUuids: { type: 'stringList' },
    hostUuids: { type: 'stringList' },
    hypervisorType: { type: 'string', validValues: ['KVM', 'ESX'], since: '2.5.0' },
    all: { type: 'boolean' },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${allocatorSrc}/APIGetCpuMemoryCapacityMsg.java`,
});

/**
 * `GetPrimaryStorageCapacity`: sync, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/storage/primary/APIGetPrimaryStorageCapacityMsg.java
 */
export const getPrimaryStorageCapacity = defineApi<PrimaryStorageCapacityResult>()({
  name: 'GetPrimaryStorageCapacity',
  fqn: 'org.zstack.header.storage.primary.APIGetPrimaryStorageCapacityMsg',
  replyFqn: 'org.zstack.header.storage.primary.APIGetPrimaryStorageCapacityReply',
  section: 'capacity',
  rest: { method: 'GET', path: '/primary-storage/capacities', bodyKey: null },
  async: false,
  adminOnly: true,
  response: 'all',
  params: {
    zoneUuids: { type: 'stringList' },
    clusterUuids: { type: 'stringList' },
    primaryStorageUuids: { type: 'stringList' },
    all: { type: 'boolean' },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${primarySrc}/APIGetPrimaryStorageCapacityMsg.java`,
});

/**
 * `GetIpAddressCapacity`: sync.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/network/l3/APIGetIpAddressCapacityMsg.java
 */
export const getIpAddressCapacity = defineApi<IpAddressCapacityResult>()({
  name: 'GetIpAddressCapacity',
  fqn: 'org.zstack.header.network.l3.APIGetIpAddressCapacityMsg',
  replyFqn: 'org.zstack.header.network.l3.APIGetIpAddressCapacityReply',
  section: 'capacity',
  rest: { method: 'GET', path: '/ip-capacity', bodyKey: null },
  async: false,
  response: 'all',
  params: {
    zoneUuids: { type: 'stringList' },
    l3NetworkUuids: { type: 'stringList' },
    ipRangeUuids: { type: 'stringList' },
    all: { type: 'boolean' },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${l3Src}/APIGetIpAddressCapacityMsg.java`,
});

/**
 * `GetBackupStorageCapacity`: sync, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/storage/backup/APIGetBackupStorageCapacityMsg.java
 */
export const getBackupStorageCapacity = defineApi<BackupStorageCapacityResult>()({
  name: 'GetBackupStorageCapacity',
  fqn: 'org.zstack.header.storage.backup.APIGetBackupStorageCapacityMsg',
  replyFqn: 'org.zstack.header.storage.backup.APIGetBackupStorageCapacityReply',
  section: 'capacity',
  rest: { method: 'GET', path: '/backup-storage/capacities', bodyKey: null },
  async: false,
  adminOnly: true,
  response: 'all',
  params: {
    zoneUuids: { type: 'stringList' },
    backupStorageUuids: { type: 'stringList' },
    all: { type: 'boolean' },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${backupSrc}/APIGetBackupStorageCapacityMsg.java`,
});
