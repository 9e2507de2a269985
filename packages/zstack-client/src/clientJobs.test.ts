import { afterEach, describe, expect, it } from 'vitest';
import { ZStackClient } from './client.ts';
import { clientErrorCodes, ZStackError } from './errors.ts';
import { type BareHandler, type BareServer, startBareServer } from './test/bareServer.ts';

const session = '4f0c2a3b9c8e4d7aa1b2c3d4e5f60718';
const vm = '8d3f7c2a1b0e4f5a9c6d7e8f90a1b2c3';
let server: BareServer | undefined;
let client: ZStackClient | undefined;

afterEach(async () => {
  client?.close();
  await server?.close();
  server = client = undefined;
});

/** A node behind NAT: its locations name 10.9.9.9:8080, which the client cannot reach. */
async function natNode(onPoll: (poll: number, jobUuid: string) => [number, unknown]) {
  let polls = 0;
  const handler: BareHandler = (req) => {
    if (req.method === 'PUT' && req.url.endsWith('/actions')) {
      const jobUuid = String(req.headers['x-job-uuid']);
      return [
        202,
        { location: `http://10.9.9.9:8080/zstack/v1/api-jobs/${jobUuid}`, apiTimeout: 1800000 },
      ];
    }
    if (req.method === 'GET' && req.url.startsWith('/zstack/v1/api-jobs/')) {
      return onPoll(++polls, req.url.split('/').pop() ?? '');
    }
    return [404, `no api mapping to ${req.url}`];
  };
  server = await startBareServer(handler);
  client = new ZStackClient({
    endpoint: `${server.endpoint}/`,
    pollInterval: 4,
    pollBackoff: 2,
    pollMaxInterval: 16,
    zstackVersion: '4.8.0',
  }).withSession(session);
  return { server, client };
}

describe('async calls', () => {
  it('follows the location rewritten onto the endpoint, backs off while 202 {}, returns the 200 body', async () => {
    const { server, client } = await natNode((poll) =>
      poll < 5 ? [202, {}] : [200, { inventory: { uuid: vm, state: 'Running' } }],
    );
    const result = await client.call('StartVmInstance', { uuid: vm });
    expect(result.inventory.state).toBe('Running');

    const [submit, ...polls] = server.requests;
    expect(submit?.url).toBe(`/zstack/v1/vm-instances/${vm}/actions`);
    expect(submit?.headers['x-job-uuid']).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.parse(submit?.body ?? '')).toEqual({ startVmInstance: {} });
    expect(polls).toHaveLength(5);
    for (const poll of polls) {
      expect(poll.url).toBe(`/zstack/v1/api-jobs/${submit?.headers['x-job-uuid']}`);
      expect(poll.headers.authorization).toBe(`OAuth ${session}`);
      expect(poll.headers['x-job-uuid']).toBeUndefined();
    }
    // Waits of 4, 8, 16, 16 ms between the polls (timer granularity allows a 1 ms slack).
    const gaps = polls.slice(1).map((poll, i) => poll.at - (polls[i]?.at ?? 0));
    [4, 8, 16, 16].forEach((nominal, i) => {
      expect(gaps[i]).toBeGreaterThanOrEqual(nominal - 1);
    });
  });

  it('uses the caller-chosen job uuid', async () => {
    const { server, client } = await natNode(() => [200, { inventory: {} }]);
    const jobUuid = 'a08193bf6734497988398ccd375c640f';
    await client.call('StartVmInstance', { uuid: vm }, { jobUuid });
    expect(server.requests[0]?.headers['x-job-uuid']).toBe(jobUuid);
    expect(server.requests[1]?.url).toBe(`/zstack/v1/api-jobs/${jobUuid}`);
  });

  it('rejects a job uuid the node would refuse, before sending', async () => {
    const { server, client } = await natNode(() => [200, {}]);
    await expect(
      client.call('StartVmInstance', { uuid: vm }, { jobUuid: 'A08193BF-6734' }),
    ).rejects.toMatchObject({ code: clientErrorCodes.INVALID_ARGUMENT });
    expect(server.requests).toHaveLength(0);
  });

  it('surfaces a failed job (503 on the poll) with its nested cause, api and job uuid', async () => {
    const { client } = await natNode(() => [
      503,
      {
        error: {
          code: 'SYS.1006',
          description: 'An operation failed',
          details: 'no host has enough capacity',
          causes: [{ code: 'HOST.1000', description: 'Host operation failed', details: 'cpu' }],
        },
      },
    ]);
    const error = (await client
      .call('StartVmInstance', { uuid: vm })
      .catch((e) => e)) as ZStackError;
    expect(error).toBeInstanceOf(ZStackError);
    expect(error).toMatchObject({ status: 503, code: 'SYS.1006', api: 'StartVmInstance' });
    expect(error.jobUuid).toMatch(/^[0-9a-f]{32}$/);
    expect((error.cause as ZStackError).code).toBe('HOST.1000');
    expect(error.url).toContain('/zstack/v1/api-jobs/');
  });

  it('reports a 404 on the poll as an expired job, distinct from a failure', async () => {
    const { client } = await natNode(() => [404, 'the job has been expired']);
    await expect(client.call('StartVmInstance', { uuid: vm })).rejects.toMatchObject({
      code: clientErrorCodes.JOB_EXPIRED,
      status: 404,
      details: 'the job has been expired',
    });
  });

  it('gives up at the deadline with ZDASH.TIMEOUT naming the job (never a ZStack code)', async () => {
    const { client } = await natNode(() => [202, {}]);
    const started = Date.now();
    const error = (await client
      .call('StartVmInstance', { uuid: vm }, { timeoutMs: 60 })
      .catch((e) => e)) as ZStackError;
    expect(error.code).toBe(clientErrorCodes.TIMEOUT);
    expect(error.isClientError).toBe(true);
    expect(error.jobUuid).toMatch(/^[0-9a-f]{32}$/);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('stops following on abort with ZDASH.ABORTED', async () => {
    const { server, client } = await natNode(() => [202, {}]);
    const controller = new AbortController();
    const pending = client.call('StartVmInstance', { uuid: vm }, { signal: controller.signal });
    while (server.requests.length < 3) await new Promise((r) => setImmediate(r));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: clientErrorCodes.ABORTED });
  });

  it('submit() returns the job without following; followJob() resumes it by uuid', async () => {
    const { server, client } = await natNode((poll) =>
      poll < 2 ? [202, {}] : [200, { inventory: { uuid: vm, state: 'Running' } }],
    );
    const job = await client.submit('StartVmInstance', { uuid: vm });
    expect(server.requests).toHaveLength(1);
    expect(job.location).toBe(`${server.endpoint}/v1/api-jobs/${job.jobUuid}`);

    const resumed = new ZStackClient({ endpoint: server.endpoint, pollInterval: 1 }).withSession(
      session,
    );
    const result = await resumed.followJob<{ inventory: { state: string } }>(job.jobUuid, {
      api: 'StartVmInstance',
    });
    expect(result.inventory.state).toBe('Running');
    expect(server.requests.at(-1)?.url).toBe(`/zstack/v1/api-jobs/${job.jobUuid}`);
    resumed.close();
  });

  it('submit() refuses a sync API', async () => {
    const { client } = await natNode(() => [200, {}]);
    await expect(client.submit('QueryVmInstance', {})).rejects.toMatchObject({
      code: clientErrorCodes.INVALID_ARGUMENT,
    });
  });
});
