import { describe, expect, it } from 'vitest';
import { allApis } from './catalog/index.ts';
import { inventoryClasses, inventoryParents, isInventoryName } from './inventoryClasses.ts';

describe('inventoryClasses', () => {
  it('maps each name to its Java class', () => {
    for (const [name, fqn] of Object.entries(inventoryClasses)) {
      expect(fqn).toMatch(/^org\.zstack(\.[a-z][a-z0-9]*)+\.[A-Z]\w*Inventory$/);
      expect(fqn.endsWith(`.${name}Inventory`)).toBe(true);
    }
    expect(inventoryClasses.KVMHost).toBe('org.zstack.kvm.KVMHostInventory');
  });

  it('holds the table names of the interface facts and every queryInventory', () => {
    const tables = `
      Zone Cluster Host PrimaryStorage BackupStorage Image InstanceOffering DiskOffering
      L2Network L3Network IpRange VmInstance VmNic Volume Account User ManagementNode
      GlobalConfig SystemTag UserTag NetworkServiceProvider NetworkServiceL3NetworkRef Vip
      Eip ApplianceVm VirtualRouterVm VirtualRouterOffering ConsoleProxyAgent
      GarbageCollector LongJob
    `
      .trim()
      .split(/\s+/);
    expect(tables.filter((name) => !isInventoryName(name))).toEqual([]);
    for (const api of allApis()) {
      if (api.queryInventory) expect(isInventoryName(api.queryInventory), api.name).toBe(true);
    }
    expect(isInventoryName('toString')).toBe(false);
  });

  it('names parents that are inventories too', () => {
    for (const parent of Object.values(inventoryParents)) {
      expect(parent && isInventoryName(parent)).toBe(true);
    }
    expect(inventoryParents.KVMHost).toBe('Host');
  });
});
