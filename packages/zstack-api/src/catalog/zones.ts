/**
 * Catalogue section `zones`: Zones.
 *
 * @see https://github.com/zstackio/zstack/tree/master/header/src/main/java/org/zstack/header/zone
 */

import type { ZoneInventory } from '../inventories/zone.ts';
import type { EmptyResult, InventoryResult, QueryResult } from './replies.ts';
import { defineApi } from './types.ts';

const zoneSrc = 'header/src/main/java/org/zstack/header/zone';

/**
 * `QueryZone`: sync.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/zone/APIQueryZoneMsg.java
 */
export const queryZone = defineApi<QueryResult<ZoneInventory>>()({
  name: 'QueryZone',
  fqn: 'org.zstack.header.zone.APIQueryZoneMsg',
  replyFqn: 'org.zstack.header.zone.APIQueryZoneReply',
  section: 'zones',
  rest: { method: 'GET', path: '/zones', optionalPaths: ['/zones/{uuid}'], bodyKey: null },
  async: false,
  response: 'inventories',
  queryInventory: 'Zone',
  params: {},
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${zoneSrc}/APIQueryZoneMsg.java`,
});

/**
 * `CreateZone`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/zone/APICreateZoneMsg.java
 */
export const createZone = defineApi<InventoryResult<ZoneInventory>>()({
  name: 'CreateZone',
  fqn: 'org.zstack.header.zone.APICreateZoneMsg',
  replyFqn: 'org.zstack.header.zone.APICreateZoneEvent',
  section: 'zones',
  rest: { method: 'POST', path: '/zones', bodyKey: 'params' },
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    name: { type: 'string', required: true, maxLength: 255 },
    description: { type: 'string', maxLength: 2048 },
    isDefault: { type: 'boolean', since: '4.7.0' },
    resourceUuid: { type: 'string' },
    tagUuids: { type: 'stringList', since: '3.4.0' },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${zoneSrc}/APICreateZoneMsg.java`,
});

/**
 * `DeleteZone`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/zone/APIDeleteZoneMsg.java
 */
export const deleteZone = defineApi<EmptyResult>()({
  name: 'DeleteZone',
  fqn: 'org.zstack.header.zone.APIDeleteZoneMsg',
  replyFqn: 'org.zstack.header.zone.APIDeleteZoneEvent',
  section: 'zones',
  rest: { method: 'DELETE', path: '/zones/{uuid}', bodyKey: null },
  async: true,
  adminOnly: true,
  response: 'none',
  params: {
    uuid: { type: 'string', required: true },
    deleteMode: { type: 'string', validValues: ['Permissive', 'Enforcing'] },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${zoneSrc}/APIDeleteZoneMsg.java`,
});

/**
 * `UpdateZone`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/zone/APIUpdateZoneMsg.java
 */
export const updateZone = defineApi<InventoryResult<ZoneInventory>>()({
  name: 'UpdateZone',
  fqn: 'org.zstack.header.zone.APIUpdateZoneMsg',
  replyFqn: 'org.zstack.header.zone.APIUpdateZoneEvent',
  section: 'zones',
  rest: { method: 'PUT', path: '/zones/{uuid}/actions', bodyKey: 'updateZone' },
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    name: { type: 'string', maxLength: 255 },
    description: { type: 'string', maxLength: 2048 },
    uuid: { type: 'string', required: true },
    isDefault: { type: 'boolean', since: '4.7.0' },
  },
  since: '0.7.0',
  restSince: '1.9.0',
  source: `${zoneSrc}/APIUpdateZoneMsg.java`,
});

/**
 * `ChangeZoneState`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/zone/APIChangeZoneStateMsg.java
 */
export const changeZoneState = defineApi<InventoryResult<ZoneInventory>>()({
  name: 'ChangeZoneState',
  fqn: 'org.zstack.header.zone.APIChangeZoneStateMsg',
  replyFqn: 'org.zstack.header.zone.APIChangeZoneStateEvent',
  section: 'zones',
  rest: { method: 'PUT', path: '/zones/{uuid}/actions', bodyKey: 'changeZoneState' },
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
    stateEvent: { type: 'string', required: true, validValues: ['enable', 'disable'] },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${zoneSrc}/APIChangeZoneStateMsg.java`,
});
