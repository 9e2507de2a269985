import { afterEach, describe, expect, it } from 'vitest';
import { ZStackClient } from './client.ts';
import { clientErrorCodes, type ZStackError } from './errors.ts';
import {
  type BareHandler,
  type BareServer,
  loginReply,
  startBareServer,
} from './test/bareServer.ts';
import type { RequestEvent } from './transport.ts';

const session = '4f0c2a3b9c8e4d7aa1b2c3d4e5f60718';
const adminHash =
  'b109f3bbbc244eb82441917ed06d618b9008dd09b3befd1b5e07394c706a8bb980b1d7785e5976ec049b46df5f1326af5a2ea6d103fd07c95385ffab0cacbc86';
let server: BareServer | undefined;
let client: ZStackClient | undefined;

afterEach(async () => {
  client?.close();
  await server?.close();
  server = client = undefined;
});

/** A node of `version` that knows the admin password and one session. */
async function node(version: string, extra?: BareHandler, events?: RequestEvent[]) {
  server = await startBareServer(async (req, res) => {
    const fromExtra = await extra?.(req, res);
    if (fromExtra) return fromExtra;
    if (req.url === '/zstack/v1/management-nodes/actions') return [200, { version, success: true }];
    if (req.url === '/zstack/v1/accounts/login') {
      const body = JSON.parse(req.body);
      if (body.logInByAccount?.password !== adminHash) {
        return [
          503,
          {
            error: {
              code: 'ID.1000',
              description: 'Authentication failed',
              details: 'wrong account name or password',
            },
          },
        ];
      }
      return [200, loginReply(session, 'Jan 6, 2017 3:51:16 AM', 'Jan 6, 2017 5:51:16 AM')];
    }
    if (req.url === '/zstack/v1/accounts/users/login') {
      return [200, loginReply(session, 'Jan 6, 2017 3:51:16 AM', 'Jan 6, 2017 3:52:16 AM')];
    }
    if (req.method === 'DELETE' && req.url === `/zstack/v1/accounts/sessions/${session}`)
      return [200, {}];
    if (req.url.endsWith('/valid')) return [200, { valid: req.url.includes(session) }];
    return [404, `no api mapping to ${req.url}`];
  });
  client = new ZStackClient({
    endpoint: server.endpoint,
    pollInterval: 1,
    onRequest: events ? (e) => events.push(e) : undefined,
  });
  return { server, client };
}

describe('sessions', () => {
  it('loginByAccount sends the SHA-512 hex, keeps the session and sends it as OAuth', async () => {
    const { server, client } = await node('4.8.0', (req) =>
      req.url.startsWith('/zstack/v1/vm-instances') ? [200, { inventories: [] }] : undefined,
    );
    const before = Date.now();
    const login = await client.loginByAccount('admin', 'password');
    expect(login.uuid).toBe(session);
    expect(login.sliding).toBe(true);
    expect(login.expiresAt?.getTime()).toBeGreaterThanOrEqual(before + 7200_000);
    expect(client.sessionUuid).toBe(session);

    const loginRequest = server.requests.find((r) => r.url.endsWith('/accounts/login'));
    expect(loginRequest?.method).toBe('PUT');
    expect(JSON.parse(loginRequest?.body ?? '')).toEqual({
      logInByAccount: { accountName: 'admin', password: adminHash },
    });
    expect(loginRequest?.headers.authorization).toBeUndefined();
    expect(loginRequest?.headers['content-type']).toBe('application/json; charset=utf-8');

    await client.query('QueryVmInstance', {});
    expect(server.requests.at(-1)?.headers.authorization).toBe(`OAuth ${session}`);
  });

  it('a wrong password is ID.1000 from the node, and no session is kept', async () => {
    const { client } = await node('4.8.0');
    await expect(client.loginByAccount('admin', 'nope')).rejects.toMatchObject({
      code: 'ID.1000',
      status: 503,
      api: 'LogInByAccount',
    });
    expect(client.sessionUuid).toBeUndefined();
  });

  it('sessions are fixed before 3.0: no sliding', async () => {
    const { client } = await node('2.3.0');
    const login = await client.loginByAccount('admin', 'password');
    expect(login.sliding).toBe(false);
  });

  it('loginByUser sends the account, user and hashed password', async () => {
    const { server, client } = await node('4.8.0');
    const login = await client.loginByUser({
      accountName: 'admin',
      userName: 'ops',
      password: 'password',
    });
    expect(login.expiresAt).not.toBeNull();
    const request = server.requests.find((r) => r.url.endsWith('/users/login'));
    expect(JSON.parse(request?.body ?? '')).toEqual({
      logInByUser: { accountName: 'admin', userName: 'ops', password: adminHash },
    });
  });

  it('validate and logout put the session in the path but never in events or errors', async () => {
    const events: RequestEvent[] = [];
    const { client } = await node('4.8.0', undefined, events);
    await client.loginByAccount('admin', 'password');
    expect(await client.validateSession()).toBe(true);
    expect(await client.validateSession('ffffffffffffffffffffffffffffffff')).toBe(false);
    await client.logout();
    expect(client.sessionUuid).toBeUndefined();
    expect(events.map((e) => e.url).join(' ')).not.toContain(session);
    expect(events.find((e) => e.method === 'DELETE')?.url).toMatch(/\/accounts\/sessions\/\*\*\*$/);
  });

  it('an ID.1001 answer marks the bound session expired; errors carry no session uuid', async () => {
    const { client } = await node('4.8.0', (req) =>
      req.url.startsWith('/zstack/v1/vm-instances')
        ? [
            503,
            {
              error: {
                code: 'ID.1001',
                description: 'Session expired',
                details: `session[${session}] not found`,
              },
            },
          ]
        : undefined,
    );
    const bound = client.withSession(session, { expiresAt: new Date(Date.now() + 60_000) });
    expect(bound.isSessionExpired()).toBe(false);
    const error = (await bound.query('QueryVmInstance', {}).catch((e) => e)) as ZStackError;
    expect(error.code).toBe('ID.1001');
    expect(bound.isSessionExpired()).toBe(true);
    expect(`${error.message} ${error.details} ${error.url}`).not.toContain(session);
  });

  it('a bound session with a known lifetime slides on each successful call', async () => {
    const { client } = await node('4.8.0', (req) =>
      req.url.startsWith('/zstack/v1/vm-instances') ? [200, { inventories: [] }] : undefined,
    );
    const bound = client.withSession(session, {
      expiresAt: new Date(Date.now() + 1000),
      lifetimeMs: 7200_000,
    });
    expect(bound.isSessionExpired(Date.now() + 2000)).toBe(true);
    const before = Date.now();
    await bound.query('QueryVmInstance', {});
    expect(bound.sessionExpiresAt?.getTime()).toBeGreaterThanOrEqual(before + 7200_000);
  });

  it('renewSession on a node without it fails with ZDASH.UNSUPPORTED before any request', async () => {
    const { server, client } = await node('2.3.0');
    const bound = client.withSession(session);
    await expect(bound.renewSession(600)).rejects.toMatchObject({
      code: clientErrorCodes.UNSUPPORTED,
    });
    expect(server.requests.map((r) => r.url)).toEqual(['/zstack/v1/management-nodes/actions']);
  });

  it('renewSession on 4.8 runs the async API and moves the expiry', async () => {
    const renewed = loginReply(session, 'Jan 6, 2017 3:51:16 AM', 'Jan 6, 2017 4:01:16 AM');
    const { server, client } = await node('4.8.0', (req) => {
      if (req.url.endsWith('/renew'))
        return [202, { location: `http://x/zstack/v1/api-jobs/${req.headers['x-job-uuid']}` }];
      if (req.url.includes('/api-jobs/')) return [200, renewed];
      return undefined;
    });
    const bound = client.withSession(session);
    const before = Date.now();
    const result = await bound.renewSession(600);
    expect(result.uuid).toBe(session);
    expect(result.expiresAt?.getTime()).toBeGreaterThanOrEqual(before + 600_000);
    const request = server.requests.find((r) => r.url.endsWith('/renew'));
    expect(request?.headers.authorization).toBe(`OAuth ${session}`);
    expect(JSON.parse(request?.body ?? '')).toEqual({ renewSession: { duration: 600 } });
  });

  it('calls that need a session fail with ZDASH.NO_SESSION without one', async () => {
    const { server, client } = await node('4.8.0');
    await expect(client.query('QueryVmInstance', {})).rejects.toMatchObject({
      code: clientErrorCodes.NO_SESSION,
    });
    expect(server.requests).toHaveLength(0);
  });
});
