import type { VmListInput } from '@zdash/schemas';
import {
  parseZStackDate,
  type QueryCondition,
  type QueryInput,
  type VmInstanceInventory,
} from '@zdash/zstack-api';
import type { ZStackClient } from '@zdash/zstack-client';

/** One row of `vms.list`: the BFF's own shape, not ZStack's inventory. */
export interface VmListItem {
  uuid: string;
  name: string;
  state: string;
  type: string;
  cpuNum: number;
  /** Bytes. */
  memorySize: number;
  hostUuid?: string;
  clusterUuid?: string;
  zoneUuid?: string;
  imageUuid?: string;
  defaultL3NetworkUuid?: string;
  /** The NICs' addresses, in NIC order; NICs without one are left out. */
  ips: string[];
  /** Null when the node sent a date in no form zdash knows. */
  createDate: Date | null;
  lastOpDate: Date | null;
}

/** A page of VMs and how many match the filters in all. */
export interface VmListPage {
  total: number;
  items: VmListItem[];
}

/** The ZStack query of a `vms.list` input: every filter is one condition (AND). */
export function vmListQuery(input: VmListInput): QueryInput {
  const conditions: QueryCondition[] = [];
  const f = input.filters ?? {};
  if (f.state?.length) conditions.push({ name: 'state', op: 'in', value: f.state.join(',') });
  if (f.nameContains) conditions.push({ name: 'name', op: 'like', value: `%${f.nameContains}%` });
  if (f.l3NetworkUuid) {
    conditions.push({ name: 'vmNics.l3NetworkUuid', op: '=', value: f.l3NetworkUuid });
  }
  if (f.hostUuid) conditions.push({ name: 'hostUuid', op: '=', value: f.hostUuid });
  if (f.clusterUuid) conditions.push({ name: 'clusterUuid', op: '=', value: f.clusterUuid });
  if (f.zoneUuid) conditions.push({ name: 'zoneUuid', op: '=', value: f.zoneUuid });
  const query: QueryInput = {
    conditions,
    limit: input.limit,
    start: input.start,
    replyWithCount: true,
  };
  if (input.sort) query.sort = { by: input.sort.by, direction: input.sort.direction };
  return query;
}

function date(value: unknown): Date | null {
  return typeof value === 'string' ? parseZStackDate(value) : null;
}

/** Copies the fields the page shows; nothing else of the inventory leaves the BFF. */
export function toVmListItem(vm: VmInstanceInventory): VmListItem {
  const item: VmListItem = {
    uuid: vm.uuid,
    name: vm.name,
    state: vm.state,
    type: vm.type,
    cpuNum: vm.cpuNum,
    memorySize: vm.memorySize,
    ips: [],
    createDate: date(vm.createDate),
    lastOpDate: date(vm.lastOpDate),
  };
  if (vm.hostUuid) item.hostUuid = vm.hostUuid;
  if (vm.clusterUuid) item.clusterUuid = vm.clusterUuid;
  if (vm.zoneUuid) item.zoneUuid = vm.zoneUuid;
  if (vm.imageUuid) item.imageUuid = vm.imageUuid;
  if (vm.defaultL3NetworkUuid) item.defaultL3NetworkUuid = vm.defaultL3NetworkUuid;
  for (const nic of vm.vmNics ?? []) if (nic.ip) item.ips.push(nic.ip);
  return item;
}

/** One upstream call (rows and total together) with the caller's own session. */
export async function listVms(zs: ZStackClient, input: VmListInput): Promise<VmListPage> {
  const reply = await zs.query('QueryVmInstance', vmListQuery(input));
  return {
    total: Number(reply.total ?? reply.inventories.length),
    items: reply.inventories.map(toVmListItem),
  };
}
