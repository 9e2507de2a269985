import type { TableSpec } from '../../store/types.ts';
import {
  bool,
  identity,
  indexedInt,
  indexedText,
  int,
  since,
  since23,
  sinceNewer,
  text,
  timestamps,
} from '../columns.ts';

/** @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/zone/ZoneInventory.java */
export const zoneTable: TableSpec = {
  name: 'Zone',
  table: 'zone',
  javaClass: 'org.zstack.header.zone.ZoneInventory',
  primaryKey: 'uuid',
  taggable: true,
  columns: {
    ...identity,
    state: indexedText,
    type: text,
    isDefault: since(bool, sinceNewer),
    ...timestamps,
  },
};

/** @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/cluster/ClusterInventory.java */
export const clusterTable: TableSpec = {
  name: 'Cluster',
  table: 'cluster',
  javaClass: 'org.zstack.header.cluster.ClusterInventory',
  primaryKey: 'uuid',
  taggable: true,
  columns: {
    ...identity,
    state: indexedText,
    hypervisorType: indexedText,
    zoneUuid: indexedText,
    type: text,
    architecture: since(text, sinceNewer),
    ...timestamps,
  },
  relations: [
    { field: 'zone', target: 'Zone', localKey: 'zoneUuid', foreignKey: 'uuid', kind: 'one' },
  ],
};

const hwStatus = since(text, sinceNewer);

/**
 * Hosts; KVM fields live in the same table and `hypervisorType` picks the subclass.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/host/HostInventory.java
 * @see https://github.com/zstackio/zstack/blob/master/plugin/kvm/src/main/java/org/zstack/kvm/KVMHostInventory.java
 */
export const hostTable: TableSpec = {
  name: 'Host',
  table: 'host',
  javaClass: 'org.zstack.header.host.HostInventory',
  primaryKey: 'uuid',
  taggable: true,
  subtype: { column: 'hypervisorType', classes: { KVM: 'org.zstack.kvm.KVMHostInventory' } },
  columns: {
    ...identity,
    zoneUuid: indexedText,
    clusterUuid: indexedText,
    managementIp: indexedText,
    hypervisorType: indexedText,
    state: indexedText,
    status: indexedText,
    totalCpuCapacity: indexedInt,
    availableCpuCapacity: indexedInt,
    totalMemoryCapacity: indexedInt,
    availableMemoryCapacity: indexedInt,
    cpuSockets: since(int, since23),
    cpuNum: since(indexedInt, since23),
    ipmiAddress: since(text, sinceNewer),
    ipmiUsername: since(text, sinceNewer),
    ipmiPort: since(int, sinceNewer),
    ipmiPowerStatus: since(text, sinceNewer),
    cpuStatus: hwStatus,
    memoryStatus: hwStatus,
    diskStatus: hwStatus,
    nicStatus: hwStatus,
    gpuStatus: hwStatus,
    powerSupplyStatus: hwStatus,
    fanStatus: hwStatus,
    raidStatus: hwStatus,
    temperatureStatus: hwStatus,
    architecture: since(text, sinceNewer),
    // KVMHostInventory
    username: text,
    password: { type: 'text', hidden: true },
    // The simulator's own: the control API took the host's agent away (see gc/hostEvents.ts).
    agentLost: { type: 'bool', hidden: true },
    sshPort: since(int, since23),
    osDistribution: since(text, sinceNewer),
    osRelease: since(text, sinceNewer),
    osVersion: since(text, sinceNewer),
    ...timestamps,
  },
  relations: [
    { field: 'zone', target: 'Zone', localKey: 'zoneUuid', foreignKey: 'uuid', kind: 'one' },
    {
      field: 'cluster',
      target: 'Cluster',
      localKey: 'clusterUuid',
      foreignKey: 'uuid',
      kind: 'one',
    },
    {
      field: 'vmInstance',
      target: 'VmInstance',
      localKey: 'uuid',
      foreignKey: 'hostUuid',
      kind: 'many',
    },
  ],
};
