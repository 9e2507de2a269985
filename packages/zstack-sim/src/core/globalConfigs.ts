import type { Store, TableSpec } from '../store/types.ts';
import { invalidArgument } from './apiError.ts';
import type { GlobalConfigs } from './context.ts';
import {
  type GlobalConfigDef,
  globalConfigDefs,
  minimalApiTimeoutMs,
  parseDuration,
} from './globalConfigDefs.ts';

/**
 * `GlobalConfigVO`: one row per category/name, keyed by a numeric id that the inventory shows
 * from 4.4.0.
 *
 * @see https://github.com/zstackio/zstack/blob/master/core/src/main/java/org/zstack/core/config/GlobalConfigInventory.java
 */
export const globalConfigTable: TableSpec = {
  name: 'GlobalConfig',
  table: 'global_config',
  javaClass: 'org.zstack.core.config.GlobalConfigInventory',
  primaryKey: 'id',
  columns: {
    id: { type: 'int', since: '4.4.0' },
    name: { type: 'text', index: true },
    category: { type: 'text', index: true },
    description: { type: 'text' },
    defaultValue: { type: 'text' },
    value: { type: 'text' },
  },
};

/** The node's global configs: typed reads for handlers, validated writes for the config APIs. */
export interface GlobalConfigService extends GlobalConfigs {
  /** Validates and stores a value; throws SYS.1007 on a bad one. Returns the row. */
  update(category: string, name: string, value: string): Record<string, unknown>;
  /** Every config back to its default (ResetGlobalConfig). */
  resetAll(): void;
  def(category: string, name: string): GlobalConfigDef | undefined;
  /** Milliseconds of a `duration` config (apiTimeout). */
  getDuration(category: string, name: string): number | undefined;
}

const keyOf = (category: string, name: string) => `${category}/${name}`;

/**
 * Loads the configs, inserting those missing (a fresh db, or a catalogue that grew, as a node
 * does when it boots a newer build), and serves reads from memory.
 */
export function createGlobalConfigs(store: Store, version: string): GlobalConfigService {
  const defs = new Map(globalConfigDefs(version).map((d) => [keyOf(d.category, d.name), d]));
  const values = new Map<string, string>();
  const ids = new Map<string, string>();
  store.transaction(() => {
    let lastId = 0;
    for (const row of store.find(globalConfigTable.name)) {
      const key = keyOf(String(row.category), String(row.name));
      values.set(key, String(row.value));
      ids.set(key, String(row.id));
      lastId = Math.max(lastId, Number(row.id));
    }
    for (const [key, def] of defs) {
      if (values.has(key)) continue;
      const { category, name, description, defaultValue } = def;
      lastId++;
      store.insert(globalConfigTable.name, {
        id: lastId,
        category,
        name,
        description,
        defaultValue,
        value: defaultValue,
      });
      values.set(key, defaultValue);
      ids.set(key, String(lastId));
    }
  });

  const get = (category: string, name: string): string => {
    const value = values.get(keyOf(category, name));
    if (value === undefined) throw new Error(`no global config ${category}/${name}`);
    return value;
  };

  return {
    get,
    getNumber: (category, name) => Number(get(category, name)),
    getDuration(category, name) {
      const value = values.get(keyOf(category, name));
      return value === undefined ? undefined : (parseDuration(value) ?? undefined);
    },
    def: (category, name) => defs.get(keyOf(category, name)),
    update(category, name, value) {
      const key = keyOf(category, name);
      const def = defs.get(key);
      const id = ids.get(key);
      if (!def || !id) {
        throw invalidArgument(`unable to find GlobalConfig[category:${category}, name:${name}]`);
      }
      validateValue(def, value);
      const row = store.update(globalConfigTable.name, id, { value });
      values.set(key, value);
      return row;
    },
    resetAll() {
      store.transaction(() => {
        for (const [key, def] of defs) {
          const id = ids.get(key);
          if (!id) continue;
          store.update(globalConfigTable.name, id, { value: def.defaultValue });
          values.set(key, def.defaultValue);
        }
      });
    },
  };
}

/** Throws SYS.1007 when `value` breaks the config's type or validators (GlobalConfig.validate). */
export function validateValue(def: GlobalConfigDef, value: string): void {
  const where = `GlobalConfig[category:${def.category}, name:${def.name}]`;
  if (def.validValues && !def.validValues.includes(value)) {
    throw invalidArgument(
      `invalid value[${value}] for ${where}, valid values are ${JSON.stringify(def.validValues)}`,
    );
  }
  switch (def.type) {
    case 'duration': {
      const ms = parseDuration(value);
      if (ms === null) throw invalidArgument(`invalid timeout value[${value}] for ${where}`);
      if (ms < minimalApiTimeoutMs) {
        throw invalidArgument(
          `the timeout value[${value}] for ${where} cannot be less than the minimal timeout 5m`,
        );
      }
      return;
    }
    case 'boolean':
      if (!/^(true|false)$/i.test(value)) {
        throw invalidArgument(`${where} value[${value}] is not a boolean`);
      }
      return;
    case 'int':
    case 'double':
      checkNumber(def, value, where);
      return;
    case 'string':
      return;
  }
}

function checkNumber(def: GlobalConfigDef, value: string, where: string): void {
  const pattern = def.type === 'int' ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/;
  if (!pattern.test(value.trim())) {
    throw invalidArgument(
      `${where} value[${value}] is not a ${def.type === 'int' ? 'Integer' : 'Double'}`,
    );
  }
  const n = Number(value);
  const fail = (rule: string) => invalidArgument(`${where} value[${value}] must be ${rule}`);
  if (def.numberGreaterThan !== undefined && !(n > def.numberGreaterThan)) {
    throw fail(`greater than ${def.numberGreaterThan}`);
  }
  if (def.numberLessThan !== undefined && !(n < def.numberLessThan)) {
    throw fail(`less than ${def.numberLessThan}`);
  }
  if (def.numberGreaterThanOrEqual !== undefined && !(n >= def.numberGreaterThanOrEqual)) {
    throw fail(`greater than or equal to ${def.numberGreaterThanOrEqual}`);
  }
  if (def.numberLessThanOrEqual !== undefined && !(n <= def.numberLessThanOrEqual)) {
    throw fail(`less than or equal to ${def.numberLessThanOrEqual}`);
  }
}
