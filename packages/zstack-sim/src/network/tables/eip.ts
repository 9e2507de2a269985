import { identity, indexedText, int, since, text, timestamps } from '../../domain/columns.ts';
import type { TableSpec } from '../../store/types.ts';

/**
 * Virtual IPs: an address allocated on a (usually public) L3, used by one network service.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/vip/src/main/java/org/zstack/network/service/vip/VipInventory.java
 */
export const vipTable: TableSpec = {
  name: 'Vip',
  table: 'vip',
  javaClass: 'org.zstack.network.service.vip.VipInventory',
  primaryKey: 'uuid',
  owned: true,
  taggable: true,
  columns: {
    ...identity,
    l3NetworkUuid: indexedText,
    ip: indexedText,
    state: indexedText,
    gateway: text,
    netmask: text,
    prefixLen: since(int, '3.1.0'),
    serviceProvider: indexedText,
    useFor: indexedText,
    system: since({ type: 'bool' }, '3.9.0'),
    ipRangeUuid: { type: 'text', hidden: true, index: true },
    usedIpUuid: { type: 'text', hidden: true, index: true },
    ...timestamps,
  },
  relations: [
    {
      field: 'l3Network',
      target: 'L3Network',
      localKey: 'l3NetworkUuid',
      foreignKey: 'uuid',
      kind: 'one',
    },
    { field: 'eip', target: 'Eip', localKey: 'uuid', foreignKey: 'vipUuid', kind: 'one' },
  ],
};

/**
 * Elastic IPs: a VIP mapped 1:1 onto a VM NIC's address.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/eip/src/main/java/org/zstack/network/service/eip/EipInventory.java
 */
export const eipTable: TableSpec = {
  name: 'Eip',
  table: 'eip',
  javaClass: 'org.zstack.network.service.eip.EipInventory',
  primaryKey: 'uuid',
  owned: true,
  taggable: true,
  columns: {
    ...identity,
    vmNicUuid: indexedText,
    vipUuid: indexedText,
    state: indexedText,
    vipIp: indexedText,
    guestIp: indexedText,
    ...timestamps,
  },
  relations: [
    { field: 'vip', target: 'Vip', localKey: 'vipUuid', foreignKey: 'uuid', kind: 'one' },
    { field: 'vmNic', target: 'VmNic', localKey: 'vmNicUuid', foreignKey: 'uuid', kind: 'one' },
  ],
};
