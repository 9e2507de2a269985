/**
 * Catalogue section `images`: Images.
 *
 * @see https://github.com/zstackio/zstack/tree/master/header/src/main/java/org/zstack/header/image
 */

import type { ImageInventory } from '../inventories/image.ts';
import type { EmptyResult, InventoryResult, QueryResult } from './replies.ts';
import { defineApi } from './types.ts';

const imageSrc = 'header/src/main/java/org/zstack/header/image';

/**
 * `AddImage`: async.
 * `format` was required on 1.2.x.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/image/APIAddImageMsg.java
 */
export const addImage = defineApi<InventoryResult<ImageInventory>>()({
  name: 'AddImage',
  fqn: 'org.zstack.header.image.APIAddImageMsg',
  replyFqn: 'org.zstack.header.image.APIAddImageEvent',
  section: 'images',
  rest: { method: 'POST', path: '/images', bodyKey: 'params' },
  async: true,
  response: 'inventory',
  params: {
    name: { type: 'string', required: true, maxLength: 255 },
    description: { type: 'string', maxLength: 2048 },
    url: { type: 'string', required: true, maxLength: 1024 },
    mediaType: { type: 'string', validValues: ['RootVolumeTemplate', 'ISO', 'DataVolumeTemplate'] },
    guestOsType: { type: 'string', maxLength: 255 },
    architecture: {
      type: 'string',
      validValues: ['x86_64', 'aarch64', 'mips64el', 'loongarch64'],
      maxLength: 32,
      since: '4.0.0',
    },
    system: { type: 'boolean' },
    format: { type: 'string' },
    platform: {
      type: 'string',
      validValues: ['Linux', 'Windows', 'Other', 'Paravirtualization', 'WindowsVirtio'],
    },
    backupStorageUuids: { type: 'stringList', required: true, nonempty: true },
    type: { type: 'string' },
    virtio: { type: 'boolean', since: '4.2.0' },
    resourceUuid: { type: 'string' },
    tagUuids: { type: 'stringList', since: '3.4.0' },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${imageSrc}/APIAddImageMsg.java`,
});

/**
 * `QueryImage`: sync.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/image/APIQueryImageMsg.java
 */
export const queryImage = defineApi<QueryResult<ImageInventory>>()({
  name: 'QueryImage',
  fqn: 'org.zstack.header.image.APIQueryImageMsg',
  replyFqn: 'org.zstack.header.image.APIQueryImageReply',
  section: 'images',
  rest: { method: 'GET', path: '/images', optionalPaths: ['/images/{uuid}'], bodyKey: null },
  async: false,
  response: 'inventories',
  queryInventory: 'Image',
  params: {},
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${imageSrc}/APIQueryImageMsg.java`,
});

/**
 * `DeleteImage`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/image/APIDeleteImageMsg.java
 */
export const deleteImage = defineApi<EmptyResult>()({
  name: 'DeleteImage',
  fqn: 'org.zstack.header.image.APIDeleteImageMsg',
  replyFqn: 'org.zstack.header.image.APIDeleteImageEvent',
  section: 'images',
  rest: { method: 'DELETE', path: '/images/{uuid}', bodyKey: null },
  async: true,
  response: 'none',
  params: {
    uuid: { type: 'string', required: true },
    backupStorageUuids: { type: 'stringList', nonempty: true },
    deleteMode: { type: 'string', validValues: ['Permissive', 'Enforcing'] },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${imageSrc}/APIDeleteImageMsg.java`,
});

/**
 * `ExpungeImage`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/image/APIExpungeImageMsg.java
 */
export const expungeImage = defineApi<EmptyResult>()({
  name: 'ExpungeImage',
  fqn: 'org.zstack.header.image.APIExpungeImageMsg',
  replyFqn: 'org.zstack.header.image.APIExpungeImageEvent',
  section: 'images',
  rest: { method: 'PUT', path: '/images/{imageUuid}/actions', bodyKey: 'expungeImage' },
  async: true,
  response: 'none',
  params: {
    uuid: { type: 'string', since: '2.5.0' },
    imageUuid: { type: 'string', required: true },
    backupStorageUuids: { type: 'stringList', nonempty: true },
  },
  since: '1.0.0',
  restSince: '1.9.0',
  source: `${imageSrc}/APIExpungeImageMsg.java`,
});

/**
 * `RecoverImage`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/image/APIRecoverImageMsg.java
 */
export const recoverImage = defineApi<InventoryResult<ImageInventory>>()({
  name: 'RecoverImage',
  fqn: 'org.zstack.header.image.APIRecoverImageMsg',
  replyFqn: 'org.zstack.header.image.APIRecoverImageEvent',
  section: 'images',
  rest: { method: 'PUT', path: '/images/{imageUuid}/actions', bodyKey: 'recoverImage' },
  async: true,
  response: 'inventory',
  params: {
    imageUuid: { type: 'string', required: true },
    backupStorageUuids: { type: 'stringList' },
  },
  since: '1.0.0',
  restSince: '1.10.0',
  source: `${imageSrc}/APIRecoverImageMsg.java`,
});

/**
 * `UpdateImage`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/image/APIUpdateImageMsg.java
 */
export const updateImage = defineApi<InventoryResult<ImageInventory>>()({
  name: 'UpdateImage',
  fqn: 'org.zstack.header.image.APIUpdateImageMsg',
  replyFqn: 'org.zstack.header.image.APIUpdateImageEvent',
  section: 'images',
  rest: { method: 'PUT', path: '/images/{uuid}/actions', bodyKey: 'updateImage' },
  async: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
    name: { type: 'string', maxLength: 255 },
    description: { type: 'string', maxLength: 2048 },
    guestOsType: { type: 'string', maxLength: 255 },
    mediaType: {
      type: 'string',
      validValues: ['RootVolumeTemplate', 'DataVolumeTemplate', 'ISO'],
      maxLength: 255,
    },
    format: { type: 'string', validValues: ['raw', 'qcow2', 'iso'], maxLength: 255 },
    system: { type: 'boolean' },
    platform: {
      type: 'string',
      validValues: ['Linux', 'Windows', 'Other', 'Paravirtualization', 'WindowsVirtio'],
      since: '0.8.0',
    },
    architecture: {
      type: 'string',
      validValues: ['x86_64', 'aarch64', 'mips64el', 'loongarch64'],
      maxLength: 32,
      since: '4.0.0',
    },
    virtio: { type: 'boolean', since: '4.2.0' },
  },
  since: '0.7.0',
  restSince: '1.9.0',
  source: `${imageSrc}/APIUpdateImageMsg.java`,
});

/**
 * `ChangeImageState`: async.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/image/APIChangeImageStateMsg.java
 */
export const changeImageState = defineApi<InventoryResult<ImageInventory>>()({
  name: 'ChangeImageState',
  fqn: 'org.zstack.header.image.APIChangeImageStateMsg',
  replyFqn: 'org.zstack.header.image.APIChangeImageStateEvent',
  section: 'images',
  rest: { method: 'PUT', path: '/images/{uuid}/actions', bodyKey: 'changeImageState' },
  async: true,
  response: 'inventory',
  params: {
    uuid: { type: 'string', required: true },
    stateEvent: { type: 'string', required: true, validValues: ['enable', 'disable'] },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${imageSrc}/APIChangeImageStateMsg.java`,
});
