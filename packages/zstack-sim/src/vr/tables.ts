import { indexedText, int, since, text } from '../domain/columns.ts';
import { vmInstanceTable } from '../domain/tables/compute.ts';
import { instanceOfferingTable } from '../domain/tables/offerings.ts';
import type { ColumnSpec, TableSpec } from '../store/types.ts';

/**
 * Query views over the VM and instance-offering tables. ZStack keeps ApplianceVmVO,
 * VirtualRouterVmVO and VirtualRouterOfferingVO as joined tables of VmInstanceVO /
 * InstanceOfferingVO; here their columns sit on the parent row (hidden from the parent's
 * inventory) and each view is the parent spec with the columns shown and a `filter`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/applianceVm/src/main/java/org/zstack/appliancevm/ApplianceVmInventory.java
 * @see https://github.com/zstackio/zstack/blob/master/plugin/virtualRouterProvider/src/main/java/org/zstack/network/service/virtualrouter/VirtualRouterVmInventory.java
 * @see https://github.com/zstackio/zstack/blob/master/plugin/virtualRouterProvider/src/main/java/org/zstack/network/service/virtualrouter/VirtualRouterOfferingInventory.java
 */

const applianceShown = {
  applianceVmType: indexedText,
  managementNetworkUuid: text,
  defaultRouteL3NetworkUuid: text,
  status: indexedText,
  agentPort: since(int, '1.8.0'),
  // ApplianceVmInventory.haStatus (tag 3.6.0): NoHa on an open-source node, which has no VR HA.
  haStatus: { type: 'text', since: '3.6.0', whenNull: 'NoHa' } as ColumnSpec,
};

/** The VM spec without its child mapping: a view is the child, it does not switch again. */
const { typeChildren: _vmChildren, ...vmBase } = vmInstanceTable;

export const applianceVmTable: TableSpec = {
  ...vmBase,
  name: 'ApplianceVm',
  javaClass: 'org.zstack.appliancevm.ApplianceVmInventory',
  columns: { ...vmInstanceTable.columns, ...applianceShown },
  filter: { type: 'ApplianceVm' },
};

export const virtualRouterVmTable: TableSpec = {
  ...vmBase,
  name: 'VirtualRouterVm',
  javaClass: 'org.zstack.network.service.virtualrouter.VirtualRouterVmInventory',
  columns: { ...vmInstanceTable.columns, ...applianceShown, publicNetworkUuid: text },
  filter: { type: 'ApplianceVm', applianceVmType: 'VirtualRouter' },
};

export const virtualRouterOfferingTable: TableSpec = {
  ...instanceOfferingTable,
  name: 'VirtualRouterOffering',
  javaClass: 'org.zstack.network.service.virtualrouter.VirtualRouterOfferingInventory',
  columns: {
    ...instanceOfferingTable.columns,
    managementNetworkUuid: text,
    publicNetworkUuid: text,
    zoneUuid: indexedText,
    isDefault: { type: 'bool' },
    imageUuid: text,
  },
  filter: { type: 'VirtualRouter' },
};

/**
 * What each VM was told by DHCP at its last exchange (internal): which provider answered, from
 * which server address, and the DNS servers it handed out. Leases are static and infinite, so
 * a row changes only when a provider (re)pushes entries: VM start, VR (re)connect, host connect.
 *
 * @see https://github.com/zstackio/zstack/blob/1.2.x/plugin/virtualRouterProvider/src/main/java/org/zstack/network/service/virtualrouter/dhcp/VirtualRouterDhcpBackend.java
 * @see https://github.com/zstackio/zstack/blob/1.2.x/plugin/flatNetworkProvider/src/main/java/org/zstack/network/service/flat/FlatDhcpBackend.java
 */
export const dhcpEntryTable: TableSpec = {
  name: 'DhcpEntry',
  table: 'dhcp_entry',
  primaryKey: 'vmNicUuid',
  columns: {
    vmNicUuid: indexedText,
    vmInstanceUuid: indexedText,
    l3NetworkUuid: indexedText,
    ip: text,
    provider: indexedText,
    /** The VR's uuid (VirtualRouter) or the host's (Flat). */
    serverUuid: indexedText,
    dhcpServerIp: text,
    dns: { type: 'json' },
    createDate: { type: 'date' },
    lastOpDate: { type: 'date' },
  },
};
