import type { EnabledState, VolumeStatus, VolumeType } from '../enums.ts';

/**
 * `VolumeInventory`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/volume/VolumeInventory.java
 */
export interface VolumeInventory {
  uuid: string;
  name: string;
  description?: string;
  primaryStorageUuid?: string;
  vmInstanceUuid?: string;
  diskOfferingUuid?: string;
  rootImageUuid?: string;
  installPath?: string;
  type: VolumeType;
  format: string;
  /** Bytes. */
  size: number;
  /** @since 1.3.0 */
  actualSize?: number;
  deviceId?: number;
  state: EnabledState;
  status: VolumeStatus;
  createDate: string;
  lastOpDate: string;
  /** @since 1.9.0 */
  isShareable?: boolean;
  /** @since 3.2.0 */
  volumeQos?: string;
  /** @since 4.4.0 */
  lastDetachDate?: string;
  /** @since 4.4.0 */
  lastVmInstanceUuid?: string;
  /** @since 4.8.0 */
  lastAttachDate?: string;
  /** @since 5.0.0 */
  protocol?: string;
}
