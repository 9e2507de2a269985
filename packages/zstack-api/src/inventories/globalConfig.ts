/**
 * `GlobalConfigInventory`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/core/src/main/java/org/zstack/core/config/GlobalConfigInventory.java
 */
export interface GlobalConfigInventory {
  /** @since 4.4.0 */
  id?: number;
  name: string;
  category: string;
  description?: string;
  defaultValue: string;
  /** Always a string, whatever the config type. */
  value: string;
}

/**
 * The validators of one global config, as GetGlobalConfigOptions (4.4.0+) returns them.
 *
 * @see https://github.com/zstackio/zstack/blob/master/core/src/main/java/org/zstack/core/config/GlobalConfigOptions.java
 */
export interface GlobalConfigOptions {
  validValue?: string[];
  numberGreaterThan?: number;
  numberLessThan?: number;
  numberGreaterThanOrEqual?: number;
  numberLessThanOrEqual?: number;
}
