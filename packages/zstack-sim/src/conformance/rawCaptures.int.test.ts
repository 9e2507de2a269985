import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSimulator, startSimulator } from '../index.ts';
import { createRunningVms, restCall } from './cloudOverHttp.ts';
import { type RawReply, sendRaw } from './rawHttp.ts';

/**
 * Replays the Python SDK's raw wire captures (shared/reference/clients-security.md §A1.6) byte for
 * byte against the simulator: `Connection: close`, the SDK's header order, `Content-Type` on GET
 * and DELETE, unencoded `q` values, `replyWithCount=True`, `sessionId` in the query string, the
 * path variable repeated in the body, and polls without `X-Job-UUID` (quirks §A1.7). Only the
 * Host port, the session and resource uuids are substituted.
 */

const adminHash =
  'b109f3bbbc244eb82441917ed06d618b9008dd09b3befd1b5e07394c706a8bb980b1d7785e5976ec049b46df5f1326af5a2ea6d103fd07c95385ffab0cacbc86';
const hex32 = /^[0-9a-f]{32}$/;

let node: RunningSimulator;
let session = '';
/** A Running VM the query capture must find, and a Stopped one the StartVmInstance capture starts. */
let stoppedVm = '';

beforeAll(async () => {
  node = await startSimulator({ port: 0, db: ':memory:', timeScale: 0.01 });
  // Setup through the REST API with its own session; the replays log in for themselves.
  const login = await restCall(node.url, '', 'PUT', '/accounts/login', {
    logInByAccount: { accountName: 'admin', password: adminHash },
  });
  const setup = String((login.inventory as Record<string, unknown>).uuid);
  const [, second] = await createRunningVms(node.url, setup, [
    'vm-conformance-1',
    'vm-conformance-2',
  ]);
  stoppedVm = second ?? '';
  await restCall(node.url, setup, 'PUT', `/vm-instances/${stoppedVm}/actions`, {
    stopVmInstance: {},
  });
  await restCall(node.url, setup, 'DELETE', `/accounts/sessions/${setup}`);
});
afterAll(() => node?.close());

/** The SDK's fixed header lines; `host` uses the simulator's port. */
const host = () => `Host: 127.0.0.1:${node.port}`;
const sdk = ['Accept-Encoding: identity', 'User-Agent: python-urllib3/2.7.0'];

function json(reply: RawReply): Record<string, unknown> {
  return JSON.parse(reply.body) as Record<string, unknown>;
}

/** Polls a location exactly as the SDK does (no X-Job-UUID), until the job is no longer running. */
async function pollAsSdk(location: string): Promise<{ running: RawReply[]; last: RawReply }> {
  const path = new URL(location).pathname;
  const running: RawReply[] = [];
  for (;;) {
    const reply = await sendRaw(node.port, [
      `GET ${path} HTTP/1.1`,
      host(),
      ...sdk,
      `Authorization: OAuth ${session}`,
      'Content-Type: application/json',
      'Connection: close',
    ]);
    if (reply.status !== 202) return { running, last: reply };
    running.push(reply);
    // Each poll is a real TCP round trip; yield to the event loop instead of sleeping.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('raw captures of the Python SDK (§A1.6)', () => {
  it('login (sync): 200 with inventory.uuid', async () => {
    const body = `{"logInByAccount": {"accountName": "admin", "password": "${adminHash}"}}`;
    const reply = await sendRaw(
      node.port,
      [
        'PUT /zstack/v1/accounts/login HTTP/1.1',
        host(),
        ...sdk,
        'X-Job-UUID: a08193bf6734497988398ccd375c640f',
        'Content-Type: application/json',
        'Connection: close',
        'Content-Length: 188',
      ],
      body,
    );
    expect(Buffer.byteLength(body)).toBe(188);
    expect(reply.status).toBe(200);
    const inventory = json(reply).inventory as Record<string, string>;
    expect(inventory.uuid).toMatch(hex32);
    expect(inventory.accountUuid).toMatch(hex32);
    expect(typeof inventory.expiredDate).toBe('string');
    expect(typeof inventory.createDate).toBe('string');
    session = inventory.uuid ?? '';
  });

  it('query (sync): unencoded q, replyWithCount=True, sessionId in the query → 200 inventories/total/schema', async () => {
    const reply = await sendRaw(node.port, [
      `GET /zstack/v1/vm-instances?q=state=Running&q=name~=vm%25&limit=20&start=0&replyWithCount=True&sort=-createDate&fields=uuid,name,state&sessionId=${session} HTTP/1.1`,
      host(),
      ...sdk,
      'X-Job-UUID: 2bdeabba2a5848ecad2ce80411175bc2',
      `Authorization: OAuth ${session}`,
      'Content-Type: application/json',
      'Connection: close',
    ]);
    expect(reply.status).toBe(200);
    const body = json(reply);
    expect(Array.isArray(body.inventories)).toBe(true);
    expect(typeof body.total).toBe('number');
    expect(body.schema).toBeTypeOf('object');
    const rows = body.inventories as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(body.total).toBeGreaterThanOrEqual(rows.length);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['name', 'state', 'uuid']);
      expect(row.state).toBe('Running');
      expect(String(row.name).startsWith('vm')).toBe(true);
    }
  });

  it('async action (StartVmInstance): 202 + location under /zstack/v1/api-jobs/, then 202 {} … 200', async () => {
    const vm = stoppedVm;
    const body = `{"startVmInstance": {"uuid": "${vm}"}}`;
    const accepted = await sendRaw(
      node.port,
      [
        `PUT /zstack/v1/vm-instances/${vm}/actions HTTP/1.1`,
        host(),
        ...sdk,
        'X-Job-UUID: 870d1d824ad3400e839b4cb388bd4e32',
        `Authorization: OAuth ${session}`,
        'Content-Type: application/json',
        'Connection: close',
        'Content-Length: 65',
      ],
      body,
    );
    expect(Buffer.byteLength(body)).toBe(65);
    expect(accepted.status).toBe(202);
    const location = String(json(accepted).location);
    expect(location).toContain('/zstack/v1/api-jobs/870d1d824ad3400e839b4cb388bd4e32');

    const { running, last } = await pollAsSdk(location);
    // A VM start takes observable time: the SDK sees the job running before it ends.
    expect(running.length).toBeGreaterThan(0);
    for (const reply of running) expect(json(reply)).toEqual({});
    expect(last.status).toBe(200);
    expect((json(last).inventory as Record<string, unknown>).state).toBe('Running');
  });

  it('async failure (RequestConsoleAccess on a missing VM): 202, then 503 {"error"}', async () => {
    const body = '{"params": {"vmInstanceUuid": "0123456789abcdef0123456789abcdef"}}';
    const accepted = await sendRaw(
      node.port,
      [
        'POST /zstack/v1/consoles HTTP/1.1',
        host(),
        ...sdk,
        'X-Job-UUID: 5a0c6e7bd1f94c0e8a3b2d1c0f9e8d7c',
        `Authorization: OAuth ${session}`,
        'Content-Type: application/json',
        'Connection: close',
        `Content-Length: ${Buffer.byteLength(body)}`,
      ],
      body,
    );
    expect(accepted.status).toBe(202);
    const { last } = await pollAsSdk(String(json(accepted).location));
    expect(last.status).toBe(503);
    const error = json(last).error as Record<string, unknown>;
    expect(error.code).toMatch(/^[A-Z]+\.\d+$/);
    expect(typeof error.description).toBe('string');
    expect(typeof error.details).toBe('string');
  });

  it('logout: DELETE with sessionUuid repeated in the query → 200 {}; the session is gone', async () => {
    const reply = await sendRaw(node.port, [
      `DELETE /zstack/v1/accounts/sessions/${session}?sessionUuid=${session} HTTP/1.1`,
      host(),
      ...sdk,
      'X-Job-UUID: 63f895bd240a4c9ebf8eb6157ee3d666',
      'Content-Type: application/json',
      'Connection: close',
    ]);
    expect(reply.status).toBe(200);
    expect(json(reply)).toEqual({});

    const after = await sendRaw(node.port, [
      `GET /zstack/v1/vm-instances?sessionId=${session} HTTP/1.1`,
      host(),
      ...sdk,
      `Authorization: OAuth ${session}`,
      'Content-Type: application/json',
      'Connection: close',
    ]);
    expect(after.status).toBe(503);
    expect((json(after).error as Record<string, unknown>).code).toBe('ID.1001');
  });

  it('a missing Authorization header is a plain-text 400', async () => {
    const reply = await sendRaw(node.port, [
      'GET /zstack/v1/vm-instances HTTP/1.1',
      host(),
      ...sdk,
      'Content-Type: application/json',
      'Connection: close',
    ]);
    expect(reply.status).toBe(400);
    expect(reply.body).toContain('Authorization');
    expect(() => JSON.parse(reply.body)).toThrow();
  });
});
