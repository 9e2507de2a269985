import { encodeValue, ownerColumn, quoteId } from '../store/codec.ts';
import type { Store } from '../store/types.ts';

/**
 * A prepared INSERT over every column of a table, for seeding many rows fast: values are
 * encoded as the store would (booleans 0/1, dates as epoch ms) and owned rows get `owner`.
 */
export function bulkInserter(
  store: Store,
  name: string,
  owner?: string,
): (row: Record<string, unknown>) => void {
  const spec = store.spec(name);
  const columns = Object.entries(spec.columns);
  const withOwner = spec.owned && owner !== undefined;
  const names = [...columns.map(([c]) => c), ...(withOwner ? [ownerColumn] : [])];
  const statement = store.db.prepare(
    `INSERT INTO ${quoteId(spec.table)} (${names.map(quoteId).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
  );
  return (row) => {
    const values = columns.map(([c, column]) => encodeValue(column, row[c]) ?? null);
    if (withOwner) values.push(owner);
    statement.run(values);
  };
}
