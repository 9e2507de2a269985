import { newUuid } from '@zdash/zstack-api';
import { notFound } from '../core/apiError.ts';
import type { ApiCall, SimContext } from '../core/context.ts';
import type { Row, Store } from '../store/types.ts';

/** The built-in admin account; seeded and system-created resources belong to it. */
export const adminAccountUuid = '36c27e8ff05c4780bf6d2fa65700f22e';

/** Epoch ms of the simulated node's clock. */
export function nowMs(sim: SimContext): number {
  return sim.clock.now().getTime();
}

/** The account a created resource belongs to: the caller's, or admin for system calls. */
export function ownerOf(call: ApiCall): string {
  return call.session?.accountUuid ?? adminAccountUuid;
}

/** A row that must exist, else SYS.1003 naming the VO class as ZStack does. */
export function mustGet<TRow extends Row = Row>(store: Store, table: string, uuid: string): TRow {
  const row = store.get(table, uuid);
  if (!row) throw notFound(`${table}VO`, uuid);
  return row as TRow;
}

/** Inserts a row with fresh createDate/lastOpDate and (unless given) a new uuid. */
export function insertRow<TRow extends Row>(
  sim: SimContext,
  table: string,
  row: TRow,
  owner?: string,
): TRow & { uuid: string; createDate: number; lastOpDate: number } {
  const now = nowMs(sim);
  const full = { uuid: newUuid(), createDate: now, lastOpDate: now, ...row };
  return sim.store.insert(table, full, owner) as TRow & {
    uuid: string;
    createDate: number;
    lastOpDate: number;
  };
}

/** Updates columns and bumps lastOpDate. */
export function patchRow(sim: SimContext, table: string, key: string, patch: Row): Row {
  return sim.store.update(table, key, { ...patch, lastOpDate: nowMs(sim) });
}

/** `{inventory}` of a row, read back from the store so nested lists are current. */
export function inventoryOf(sim: SimContext, table: string, uuid: string): { inventory: unknown } {
  return { inventory: sim.store.toInventory(table, mustGet(sim.store, table, uuid)) };
}

/** Waits simulated time; rejects when the job is cancelled or times out. */
export function pause(call: ApiCall, simMs: number): Promise<void> {
  return call.sim.clock.sleep(simMs, call.signal);
}

/** `deleteMode` of an APIDeleteMessage (Permissive by default). */
export function deleteModeOf(call: ApiCall): 'Permissive' | 'Enforcing' {
  return call.params.deleteMode === 'Enforcing' ? 'Enforcing' : 'Permissive';
}

/** A global config as a string, or `fallback` when this version does not define it. */
export function configOr(
  sim: SimContext,
  category: string,
  name: string,
  fallback: string,
): string {
  try {
    return sim.configs.get(category, name);
  } catch {
    return fallback;
  }
}

/** A deterministic 32-bit FNV-1a hash, for profiles and sizes derived from names. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Parameter helpers: strings and string lists as the catalogue coerced them. */
export function str(call: ApiCall, name: string): string | undefined {
  const value = call.params[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function strList(call: ApiCall, name: string): string[] {
  const value = call.params[name];
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string' && value !== '') return [value];
  return [];
}

export function num(call: ApiCall, name: string): number | undefined {
  const value = call.params[name];
  if (value === undefined || value === null || value === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}
