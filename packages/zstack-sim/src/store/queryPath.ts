import { systemTagField, userTagField } from '@zdash/zstack-api';
import { invalidArgument } from '../core/apiError.ts';
import { visibleColumns } from './inventory.ts';
import { tagTableOfField } from './tags.ts';
import type { ColumnSpec, RefListSpec, RelationSpec, TableSpec } from './types.ts';

/**
 * Resolves a query field name (`state`, `vmNics.l3NetworkUuid`, `zone.cluster.name`,
 * `attachedClusterUuids`, `backupStorage.__systemTag__`) against TableSpecs: the relations to
 * walk, then what the last segment names. Anything else is ZStack's SYS.1007.
 *
 * @see https://github.com/zstackio/zstack/blob/master/search/src/main/java/org/zstack/zql/ast/ZQLMetadata.java
 */

/** One hop of a dotted path. */
export interface JoinStep {
  readonly relation: RelationSpec;
  readonly target: TableSpec;
}

/** What the last segment of a path names. */
export type PathLeaf =
  | { readonly kind: 'column'; readonly name: string; readonly column: ColumnSpec }
  | { readonly kind: 'refList'; readonly ref: RefListSpec; readonly table: TableSpec }
  | { readonly kind: 'tag'; readonly table: TableSpec };

/** A resolved path: the joins from the queried spec, and the leaf on the last spec. */
export interface ResolvedPath {
  readonly steps: readonly JoinStep[];
  /** The spec the leaf belongs to (the queried spec when there are no steps). */
  readonly owner: TableSpec;
  readonly leaf: PathLeaf;
}

/** Looks specs up by name; throws for unknown ones (a TableSpec bug, not a user error). */
export type SpecLookup = (name: string) => TableSpec;

/** True when `name` is a column the emulated version's inventory shows or an internal one. */
function columnOf(spec: TableSpec, name: string, version: string): ColumnSpec | undefined {
  const column = spec.columns[name];
  if (!column) return undefined;
  if (column.hidden) return column;
  return visibleColumns(spec, version).some(([n]) => n === name) ? column : undefined;
}

/** Resolves `path` from `spec`; throws SYS.1007 naming the field when it does not exist. */
export function resolvePath(
  spec: TableSpec,
  path: string,
  version: string,
  lookup: SpecLookup,
): ResolvedPath {
  const segments = path.split('.');
  const steps: JoinStep[] = [];
  let current = spec;
  for (const segment of segments.slice(0, -1)) {
    const relation = current.relations?.find((r) => r.field === segment);
    if (!relation) throw unknownField(spec, path);
    current = lookup(relation.target);
    steps.push({ relation, target: current });
  }
  const last = segments[segments.length - 1] ?? '';
  if (last === systemTagField || last === userTagField) {
    return { steps, owner: current, leaf: { kind: 'tag', table: lookupTag(last) } };
  }
  const column = columnOf(current, last, version);
  if (column) return { steps, owner: current, leaf: { kind: 'column', name: last, column } };
  const ref = current.refLists?.find((r) => r.field === last);
  if (ref)
    return { steps, owner: current, leaf: { kind: 'refList', ref, table: lookup(ref.table) } };
  throw unknownField(spec, path);
}

function lookupTag(field: string): TableSpec {
  const table = tagTableOfField[field];
  if (!table) throw new Error(`no tag table for ${field}`);
  return table;
}

/** The SYS.1007 of a field the inventory does not have. */
export function unknownField(spec: TableSpec, field: string) {
  const inventory = spec.javaClass?.split('.').pop() ?? spec.name;
  return invalidArgument(`entity[${inventory}] has no field[${field}]`);
}

/** A native column usable by `fields`/`sort`: shown by the emulated version, not hidden. */
export function nativeColumn(
  spec: TableSpec,
  name: string,
  version: string,
): ColumnSpec | undefined {
  return visibleColumns(spec, version).some(([n]) => n === name) ? spec.columns[name] : undefined;
}
