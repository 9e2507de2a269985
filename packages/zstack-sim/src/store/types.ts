import type { QueryInput } from '@zdash/zstack-api';
import type Database from 'better-sqlite3';

/**
 * The simulator keeps its cloud in SQLite. Each resource is described once by a TableSpec;
 * the store creates the table and indexes from it, offers CRUD, turns rows into ZStack
 * inventories (dates formatted, nulls omitted, nested lists filled) and runs ZStack queries
 * (every operator, dotted joins, tags, fields, sort, paging, count) against it.
 *
 * Rows are plain objects keyed by inventory field names. Column values in rows:
 * text → string, int/real → number, bool → boolean, date → epoch milliseconds (number),
 * json → any JSON value. `null`/`undefined` mean "absent" and are omitted from inventories.
 */

export type ColumnType = 'text' | 'int' | 'real' | 'bool' | 'date' | 'json';

export interface ColumnSpec {
  readonly type: ColumnType;
  /** Sortable or filtered often: gets an index (every sortable column must be indexed). */
  readonly index?: boolean;
  /** `@APINoSee`/internal: stored and queryable internally, never in an inventory. */
  readonly hidden?: boolean;
  /** First ZStack version whose inventory has the field; older emulated versions omit it. */
  readonly since?: string;
  /**
   * What the inventory shows when the row holds nothing, instead of omitting the field: ZStack's
   * own default, e.g. `[]` for a collection the simulator never fills, `NoHa` for haStatus.
   */
  readonly whenNull?: string | readonly never[];
}

/** A related table reachable from a row: nested into the inventory and/or joinable by a dotted query path. */
export interface RelationSpec {
  /** Inventory field / query path segment, e.g. `vmNics`, `allVolumes`, `host`. */
  readonly field: string;
  /** Target TableSpec name. */
  readonly target: string;
  /** Column of this table ... */
  readonly localKey: string;
  /** ... equal to this column of the target. */
  readonly foreignKey: string;
  /** `many`: a list; `one`: a single row. */
  readonly kind: 'many' | 'one';
  /** true: the inventory embeds the related rows' inventories (vmNics, allVolumes, ipRanges …). */
  readonly nested?: boolean;
  /** First ZStack version whose inventory nests the relation; older versions omit it. */
  readonly since?: string;
}

/** A list of strings held in a reference table, e.g. PrimaryStorage.attachedClusterUuids. */
export interface RefListSpec {
  readonly field: string;
  /** The ref TableSpec name. */
  readonly table: string;
  /** Column of the ref table that points at this row's primary key. */
  readonly localKey: string;
  /** Column of the ref table whose values make the list. */
  readonly valueKey: string;
}

export interface TableSpec {
  /** Descriptor name, the inventory name without `Inventory` (`VmInstance`, `Host`, `VmNic`). */
  readonly name: string;
  /** SQL table name. */
  readonly table: string;
  /** The Java inventory class, used in query replies' `schema`; absent for internal tables. */
  readonly javaClass?: string;
  readonly columns: Readonly<Record<string, ColumnSpec>>;
  readonly primaryKey: string;
  /** Rows belong to an account (internal column), and Normal accounts see only their own. */
  readonly owned?: boolean;
  readonly relations?: readonly RelationSpec[];
  readonly refLists?: readonly RefListSpec[];
  /** Subclass inventories chosen by a column (e.g. Host.hypervisorType KVM → KVMHostInventory). */
  readonly subtype?: {
    readonly column: string;
    readonly classes: Readonly<Record<string, string>>;
  };
  /**
   * Child inventories chosen by the query's conditions (ZQL's `@Parent` type field): a query
   * with `<field> = <value>` runs against the named view spec, so its rows come back as the
   * child class with the child's columns, e.g. QueryVmInstance `type=ApplianceVm` answers
   * ApplianceVmInventory. Without such a condition the parent's class answers.
   */
  readonly typeChildren?: {
    readonly field: string;
    readonly specs: Readonly<Record<string, string>>;
  };
  /** Composite indexes. */
  readonly indexes?: readonly (readonly string[])[];
  /** Tag conditions (`__systemTag__`/`__userTag__`) match tags whose resourceUuid is the primary key. */
  readonly taggable?: boolean;
  /**
   * A view over another spec's SQL table (same `table`, same columns): every query of this spec
   * adds `column = value` for each entry, e.g. ApplianceVm = VmInstance rows of type ApplianceVm.
   * Only `query` applies it; get/find/count read the whole table.
   */
  readonly filter?: Readonly<Record<string, string>>;
}

export type Row = Record<string, unknown>;

/** Who is asking: `null` = the system (no filtering); a Normal account sees only what it owns. */
export type QueryScope = { readonly accountUuid: string; readonly isAdmin: boolean } | null;

export interface QueryResult {
  inventories?: Record<string, unknown>[];
  total?: number;
  schema?: Record<string, string>;
}

export interface Store {
  readonly db: Database.Database;
  /** Creates the table and its indexes if missing; idempotent. */
  define(spec: TableSpec): void;
  spec(name: string): TableSpec;
  insert<TRow extends Row>(name: string, row: TRow, owner?: string): TRow;
  update(name: string, key: string, patch: Row): Row;
  remove(name: string, key: string): void;
  get(name: string, key: string): Row | undefined;
  /** Rows whose columns equal every value of `where` (an array value means IN). */
  find(name: string, where?: Row): Row[];
  count(name: string, where?: Row): number;
  ownerOf(name: string, key: string): string | undefined;
  transaction<TResult>(fn: () => TResult): TResult;
  /** A ZStack query. Throws ApiError SYS.1007 for an unknown field or bad operator. */
  query(name: string, input: QueryInput, scope: QueryScope): QueryResult;
  /** A row as its inventory: dates formatted, nulls and hidden fields omitted, relations nested. */
  toInventory(name: string, row: Row): Record<string, unknown>;
  close(): void;
}
