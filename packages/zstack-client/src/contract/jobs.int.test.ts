import { newUuid } from '@zdash/zstack-api';
import { startSimulator } from '@zdash/zstack-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ZStackClient } from '../client.ts';
import { clientErrorCodes, ZStackError } from '../errors.ts';
import { type ContractTarget, openContractTarget } from './contractTarget.ts';

let target: ContractTarget;
let client: ZStackClient;
beforeAll(async () => {
  target = await openContractTarget(startSimulator);
  client = target.client();
  await client.loginByAccount('admin', target.password);
});
afterAll(async () => {
  await client.logout();
  await target.close();
});

const zoneName = () => `zdash-contract-${newUuid().slice(0, 8)}`;

describe('contract: async jobs', () => {
  it('creates and deletes a zone, following each job to its result', async () => {
    const name = zoneName();
    const { inventory } = await client.call('CreateZone', { name, description: 'contract test' });
    expect(inventory).toMatchObject({ name, state: 'Enabled' });
    expect(inventory.uuid).toMatch(/^[0-9a-f]{32}$/);
    const deleted = await client.call('DeleteZone', { uuid: inventory.uuid });
    expect(deleted).toEqual({});
    const after = await client.query('QueryZone', {
      conditions: [{ name: 'uuid', op: '=', value: inventory.uuid }],
    });
    expect(after.inventories).toEqual([]);
  });

  it('submit() with a caller job uuid, then followJob() from another client', async () => {
    const jobUuid = newUuid();
    const job = await client.submit(
      'CreateZone',
      { name: zoneName() },
      { jobUuid, apiTimeoutSec: 120 },
    );
    expect(job.jobUuid).toBe(jobUuid);
    expect(job.location).toBe(`${target.endpoint.replace(/\/$/, '')}/v1/api-jobs/${jobUuid}`);

    const other = target.client().withSession(client.sessionUuid ?? '');
    const result = await other.followJob<{ inventory: { uuid: string } }>(jobUuid, {
      api: 'CreateZone',
    });
    expect(result.inventory.uuid).toMatch(/^[0-9a-f]{32}$/);
    await client.call('DeleteZone', { uuid: result.inventory.uuid });
  });

  it('a duplicate X-Job-UUID is refused by the node with a plain-text 400', async () => {
    const jobUuid = newUuid();
    const job = await client.submit('CreateZone', { name: zoneName() }, { jobUuid });
    const error = await client
      .submit('CreateZone', { name: zoneName() }, { jobUuid })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: clientErrorCodes.HTTP, status: 400 });
    const { inventory } = await client.followJob<{ inventory: { uuid: string } }>(job.jobUuid);
    await client.call('DeleteZone', { uuid: inventory.uuid });
  });

  it('a failing async call reports the ZStack error through its job', async () => {
    const error = await client
      .call('StartVmInstance', { uuid: 'ffffffffffffffffffffffffffffffff' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZStackError);
    const zerror = error as ZStackError;
    expect(zerror.isClientError).toBe(false);
    expect(zerror.status).toBe(503);
    expect(zerror.code).toMatch(/^[A-Z]+\.\d+$/);
    expect(zerror.api).toBe('StartVmInstance');
    expect(zerror.jobUuid).toMatch(/^[0-9a-f]{32}$/);
  });

  it('a job the node never had is reported as expired', async () => {
    await expect(client.followJob(newUuid())).rejects.toMatchObject({
      code: clientErrorCodes.JOB_EXPIRED,
      status: 404,
    });
  });
});
