import { capabilitiesOf } from '@zdash/zstack-api';
import { startSimulator } from '@zdash/zstack-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestEvent } from '../transport.ts';
import { type ContractTarget, openContractTarget } from './contractTarget.ts';

let target: ContractTarget;
beforeAll(async () => {
  target = await openContractTarget(startSimulator);
});
afterAll(() => target.close());

describe('contract: version and capabilities', () => {
  it('GetVersion answers without a session', async () => {
    const version = await target.client().getVersion();
    expect(version).toMatch(/^\d+\.\d+(\.\d+)*$/);
  });

  it('capabilities() derives the flags from the version, asking the node once', async () => {
    const events: RequestEvent[] = [];
    const client = target.client({ onRequest: (e) => events.push(e) });
    const first = await client.capabilities();
    const second = await client.capabilities();
    expect(second).toEqual(first);
    expect(first.flags).toEqual(capabilitiesOf(first.version));
    expect(first.flags.restApi).toBe(true);
    expect(events.filter((e) => e.api === 'GetVersion')).toHaveLength(1);
  });

  it('the simulator emulates 4.8.0 by default: sliding sessions, X-API-Timeout, RenewSession', async () => {
    if (!target.simulated) return;
    const { version, flags } = await target.client().capabilities();
    expect(version).toBe('4.8.0');
    expect(flags).toMatchObject({
      slidingSessions: true,
      apiTimeoutHeader: true,
      renewSession: true,
    });
  });
});
