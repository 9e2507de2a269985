import type { HandlerTable } from '../core/context.ts';
import type { TableSpec } from '../store/types.ts';
import { reconnectVirtualRouter } from '../vr/lifecycle.ts';
import { createVirtualRouterOffering } from '../vr/offerings.ts';
import {
  applianceVmTable,
  dhcpEntryTable,
  virtualRouterOfferingTable,
  virtualRouterVmTable,
} from '../vr/tables.ts';

/**
 * Appliance VMs, virtual routers and their offerings. The three Query APIs are answered by the
 * store through the views in `vr/tables.ts`; VR VMs themselves live in the VmInstance table.
 *
 * @see https://github.com/zstackio/zstack/blob/1.2.x/plugin/virtualRouterProvider/src/main/java/org/zstack/network/service/virtualrouter/VirtualRouterManagerImpl.java
 */
export const tables: TableSpec[] = [
  applianceVmTable,
  virtualRouterVmTable,
  virtualRouterOfferingTable,
  dhcpEntryTable,
];

export const handlers: HandlerTable = {
  CreateVirtualRouterOffering: createVirtualRouterOffering,
  ReconnectVirtualRouter: reconnectVirtualRouter,
};
