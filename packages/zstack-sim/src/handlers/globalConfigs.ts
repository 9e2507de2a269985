import { invalidArgument } from '../core/apiError.ts';
import type { ApiCall, HandlerTable } from '../core/context.ts';
import { globalConfigTable } from '../core/globalConfigs.ts';
import { runtimeOf } from '../core/runtime.ts';
import type { TableSpec } from '../store/types.ts';

/**
 * Section `globalConfigs`: QueryGlobalConfig runs on the store; updates go through the node's
 * validators.
 *
 * @see https://github.com/zstackio/zstack/blob/master/core/src/main/java/org/zstack/core/config/GlobalConfigFacadeImpl.java
 * @see https://github.com/zstackio/zstack/blob/master/core/src/main/java/org/zstack/core/config/GlobalConfigOptions.java
 */
export const tables: TableSpec[] = [globalConfigTable];

type Params = { category: string; name: string; value?: string };

function updateGlobalConfig(call: ApiCall<Params>) {
  const { category, name, value } = call.params;
  if (value === undefined) {
    throw invalidArgument(
      `value of GlobalConfig[category:${category}, name:${name}] cannot be null`,
    );
  }
  const row = runtimeOf(call.sim).configs.update(category, name, value);
  return { inventory: call.sim.store.toInventory(globalConfigTable.name, row) };
}

function getGlobalConfigOptions(call: ApiCall<Params>) {
  const { category, name } = call.params;
  const def = runtimeOf(call.sim).configs.def(category, name);
  if (!def) {
    throw invalidArgument(`unable to find GlobalConfig[category:${category}, name:${name}]`);
  }
  return {
    options: {
      validValue: def.validValues,
      numberGreaterThan: def.numberGreaterThan,
      numberLessThan: def.numberLessThan,
      numberGreaterThanOrEqual: def.numberGreaterThanOrEqual,
      numberLessThanOrEqual: def.numberLessThanOrEqual,
    },
  };
}

export const handlers: HandlerTable = {
  UpdateGlobalConfig: updateGlobalConfig,
  ResetGlobalConfig: (call) => {
    runtimeOf(call.sim).configs.resetAll();
    return {};
  },
  GetGlobalConfigOptions: getGlobalConfigOptions,
};
