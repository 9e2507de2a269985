/**
 * Reply-body shapes shared by many catalogue entries, as the REST v1 server maps them.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/rest/RestResponse.java
 */

/**
 * A query reply (`@RestResponse(allTo = "inventories")`). `total` comes only with `count` or
 * `replyWithCount`; with `count=true` the server omits `inventories`. `schema` maps JSON paths to
 * the concrete Java class (`inventories[0]` → `org.zstack.kvm.KVMHostInventory`).
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/query/APIQueryReply.java
 */
export interface QueryResult<TInventory> {
  inventories: TInventory[];
  total?: number;
  schema?: Record<string, string>;
}

/**
 * An event or reply mapped with `allTo = "inventory"`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/message/APIEvent.java
 */
export interface InventoryResult<TInventory> {
  inventory: TInventory;
}

/**
 * The `{}` body of an empty `@RestResponse` (delete, expunge, log out …).
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/rest/RestResponse.java
 */
export type EmptyResult = Record<string, never>;
