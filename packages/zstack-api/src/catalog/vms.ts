import type { VmInstanceInventory } from '../inventories/vm.ts';
import { defineApi } from './types.ts';

const hdr = 'header/src/main/java/org/zstack/header/vm';

export const queryVmInstance = defineApi<{
  inventories: VmInstanceInventory[];
  total?: number;
}>()({
  name: 'QueryVmInstance',
  fqn: 'org.zstack.header.vm.APIQueryVmInstanceMsg',
  replyFqn: 'org.zstack.header.vm.APIQueryVmInstanceReply',
  section: 'vms',
  rest: {
    method: 'GET',
    path: '/vm-instances',
    optionalPaths: ['/vm-instances/{uuid}'],
    bodyKey: null,
  },
  async: false,
  response: 'inventories',
  queryInventory: 'VmInstance',
  params: {},
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${hdr}/APIQueryVmInstanceMsg.java`,
});

export const startVmInstance = defineApi<{ inventory: VmInstanceInventory }>()({
  name: 'StartVmInstance',
  fqn: 'org.zstack.header.vm.APIStartVmInstanceMsg',
  replyFqn: 'org.zstack.header.vm.APIStartVmInstanceEvent',
  section: 'vms',
  rest: { method: 'PUT', path: '/vm-instances/{uuid}/actions', bodyKey: 'startVmInstance' },
  async: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
    clusterUuid: { type: 'string' },
    hostUuid: { type: 'string' },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${hdr}/APIStartVmInstanceMsg.java`,
});
