import { describe, expect, it } from 'vitest';
import { buildTestCloud } from './testCloud.ts';
import { createTestSim } from './testing.ts';

describe('test cloud', () => {
  it('builds through the handlers', async () => {
    const sim = createTestSim();
    const cloud = await buildTestCloud(sim);
    const host = sim.store.get('Host', cloud.hosts[0] ?? '');
    expect(host?.status).toBe('Connected');
    expect(Number(host?.totalCpuCapacity)).toBeGreaterThan(0);
    const inv = sim.store.toInventory('L3Network', sim.store.get('L3Network', cloud.l3) ?? {});
    expect(inv.ipRanges).toHaveLength(1);
    const img = sim.store.toInventory('Image', sim.store.get('Image', cloud.image) ?? {});
    expect(img.status).toBe('Ready');
    expect(img.backupStorageRefs).toHaveLength(1);
    const ps = sim.store.toInventory(
      'PrimaryStorage',
      sim.store.get('PrimaryStorage', cloud.ps) ?? {},
    );
    expect(ps.attachedClusterUuids).toEqual([cloud.cluster]);
    console.log(JSON.stringify(sim.store.toInventory('Host', host ?? {})));
  });
});
