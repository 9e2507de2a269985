/**
 * Catalogue section `backupStorage`: Backup storage (SFTP).
 *
 * @see https://github.com/zstackio/zstack/tree/master/header/src/main/java/org/zstack/header/storage/backup
 */

import type {
  BackupStorageInventory,
  SftpBackupStorageInventory,
} from '../inventories/backupStorage.ts';
import type { EmptyResult, InventoryResult, QueryResult } from './replies.ts';
import { defineApi } from './types.ts';

const backupSrc = 'header/src/main/java/org/zstack/header/storage/backup';
const sftpSrc = 'plugin/sftpBackupStorage/src/main/java/org/zstack/storage/backup/sftp';

/**
 * `QueryBackupStorage`: sync.
 * The `/{uuid}` form exists from 2.0.0.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/storage/backup/APIQueryBackupStorageMsg.java
 */
export const queryBackupStorage = defineApi<
  QueryResult<BackupStorageInventory | SftpBackupStorageInventory>
>()({
  name: 'QueryBackupStorage',
  fqn: 'org.zstack.header.storage.backup.APIQueryBackupStorageMsg',
  replyFqn: 'org.zstack.header.storage.backup.APIQueryBackupStorageReply',
  section: 'backupStorage',
  rest: {
    method: 'GET',
    path: '/backup-storage',
    optionalPaths: ['/backup-storage/{uuid}'],
    bodyKey: null,
  },
  async: false,
  response: 'inventories',
  queryInventory: 'BackupStorage',
  params: {},
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${backupSrc}/APIQueryBackupStorageMsg.java`,
});

/**
 * `AddSftpBackupStorage`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/sftpBackupStorage/src/main/java/org/zstack/storage/backup/sftp/APIAddSftpBackupStorageMsg.java
 */
export const addSftpBackupStorage = defineApi<InventoryResult<SftpBackupStorageInventory>>()({
  name: 'AddSftpBackupStorage',
  fqn: 'org.zstack.storage.backup.sftp.APIAddSftpBackupStorageMsg',
  replyFqn: 'org.zstack.storage.backup.sftp.APIAddSftpBackupStorageEvent',
  section: 'backupStorage',
  rest: { method: 'POST', path: '/backup-storage/sftp', bodyKey: 'params' },
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    /** Directory on the backup storage host. */
    url: { type: 'string', required: true, maxLength: 2048 },
    name: { type: 'string', required: true, maxLength: 255 },
    description: { type: 'string', maxLength: 2048 },
    type: { type: 'string' },
    importImages: { type: 'boolean' },
    hostname: { type: 'string', required: true, maxLength: 255 },
    username: { type: 'string', required: true, maxLength: 255 },
    /** Plaintext SSH password. */
    password: { type: 'string', required: true, maxLength: 255 },
    sshPort: { type: 'int', numberRange: [1, 65535], since: '1.4.0' },
    resourceUuid: { type: 'string' },
    tagUuids: { type: 'stringList', since: '3.4.0' },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${sftpSrc}/APIAddSftpBackupStorageMsg.java`,
});

/**
 * `AttachBackupStorageToZone`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/storage/backup/APIAttachBackupStorageToZoneMsg.java
 */
export const attachBackupStorageToZone = defineApi<InventoryResult<BackupStorageInventory>>()({
  name: 'AttachBackupStorageToZone',
  fqn: 'org.zstack.header.storage.backup.APIAttachBackupStorageToZoneMsg',
  replyFqn: 'org.zstack.header.storage.backup.APIAttachBackupStorageToZoneEvent',
  section: 'backupStorage',
  rest: {
    method: 'POST',
    path: '/zones/{zoneUuid}/backup-storage/{backupStorageUuid}',
    bodyKey: 'params',
  },
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    zoneUuid: { type: 'string', required: true },
    backupStorageUuid: { type: 'string', required: true },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${backupSrc}/APIAttachBackupStorageToZoneMsg.java`,
});

/**
 * `DetachBackupStorageFromZone`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/storage/backup/APIDetachBackupStorageFromZoneMsg.java
 */
export const detachBackupStorageFromZone = defineApi<InventoryResult<BackupStorageInventory>>()({
  name: 'DetachBackupStorageFromZone',
  fqn: 'org.zstack.header.storage.backup.APIDetachBackupStorageFromZoneMsg',
  replyFqn: 'org.zstack.header.storage.backup.APIDetachBackupStorageFromZoneEvent',
  section: 'backupStorage',
  rest: {
    method: 'DELETE',
    path: '/zones/{zoneUuid}/backup-storage/{backupStorageUuid}',
    bodyKey: null,
  },
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    backupStorageUuid: { type: 'string', required: true },
    zoneUuid: { type: 'string', required: true },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${backupSrc}/APIDetachBackupStorageFromZoneMsg.java`,
});

/**
 * `DeleteBackupStorage`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/storage/backup/APIDeleteBackupStorageMsg.java
 */
export const deleteBackupStorage = defineApi<EmptyResult>()({
  name: 'DeleteBackupStorage',
  fqn: 'org.zstack.header.storage.backup.APIDeleteBackupStorageMsg',
  replyFqn: 'org.zstack.header.storage.backup.APIDeleteBackupStorageEvent',
  section: 'backupStorage',
  rest: { method: 'DELETE', path: '/backup-storage/{uuid}', bodyKey: null },
  async: true,
  adminOnly: true,
  response: 'none',
  params: {
    uuid: { type: 'string', required: true },
    deleteMode: { type: 'string', validValues: ['Permissive', 'Enforcing'] },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${backupSrc}/APIDeleteBackupStorageMsg.java`,
});

/**
 * `ReconnectBackupStorage`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/storage/backup/APIReconnectBackupStorageMsg.java
 */
export const reconnectBackupStorage = defineApi<InventoryResult<BackupStorageInventory>>()({
  name: 'ReconnectBackupStorage',
  fqn: 'org.zstack.header.storage.backup.APIReconnectBackupStorageMsg',
  replyFqn: 'org.zstack.header.storage.backup.APIReconnectBackupStorageEvent',
  section: 'backupStorage',
  rest: {
    method: 'PUT',
    path: '/backup-storage/{uuid}/actions',
    bodyKey: 'reconnectBackupStorage',
  },
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
  },
  since: '1.2.0',
  restSince: '1.9.0',
  source: `${backupSrc}/APIReconnectBackupStorageMsg.java`,
});

/**
 * `ChangeBackupStorageState`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/storage/backup/APIChangeBackupStorageStateMsg.java
 */
export const changeBackupStorageState = defineApi<InventoryResult<BackupStorageInventory>>()({
  name: 'ChangeBackupStorageState',
  fqn: 'org.zstack.header.storage.backup.APIChangeBackupStorageStateMsg',
  replyFqn: 'org.zstack.header.storage.backup.APIChangeBackupStorageStateEvent',
  section: 'backupStorage',
  rest: {
    method: 'PUT',
    path: '/backup-storage/{uuid}/actions',
    bodyKey: 'changeBackupStorageState',
  },
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
    stateEvent: { type: 'string', required: true, validValues: ['enable', 'disable'] },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${backupSrc}/APIChangeBackupStorageStateMsg.java`,
});

/**
 * `UpdateBackupStorage`: async, SystemAdmin only.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/storage/backup/APIUpdateBackupStorageMsg.java
 */
export const updateBackupStorage = defineApi<InventoryResult<BackupStorageInventory>>()({
  name: 'UpdateBackupStorage',
  fqn: 'org.zstack.header.storage.backup.APIUpdateBackupStorageMsg',
  replyFqn: 'org.zstack.header.storage.backup.APIUpdateBackupStorageEvent',
  section: 'backupStorage',
  rest: { method: 'PUT', path: '/backup-storage/{uuid}/actions', bodyKey: 'updateBackupStorage' },
  async: true,
  adminOnly: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
    name: { type: 'string', maxLength: 255 },
    description: { type: 'string', maxLength: 2048 },
  },
  since: '0.7.0',
  restSince: '1.9.0',
  source: `${backupSrc}/APIUpdateBackupStorageMsg.java`,
});
