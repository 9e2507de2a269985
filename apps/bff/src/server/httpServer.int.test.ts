import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminLogin } from '../testing/testBff.ts';
import { cookieOf, mutationHeaders, postTrpc, startTestServer } from '../testing/testServer.ts';

let bff: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  bff = await startTestServer();
});
afterAll(async () => {
  await bff.close();
});

describe('session cookie', () => {
  it('is HttpOnly, SameSite=Strict, Path=/, not Secure over http, and rotates at sign-in', async () => {
    const first = await postTrpc(bff.url, 'auth.signIn', adminLogin, mutationHeaders(bff.url));
    expect(first.res.status).toBe(200);
    const set = first.res.headers.getSetCookie()[0] ?? '';
    expect(set).toMatch(/^zdash_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    const cookie = cookieOf(first.res);
    const second = await postTrpc(
      bff.url,
      'auth.signIn',
      adminLogin,
      mutationHeaders(bff.url, cookie),
    );
    const rotated = cookieOf(second.res);
    expect(rotated).not.toBe(cookie);
    const old = await fetch(`${bff.url}/trpc/auth.session`, { headers: { cookie: cookie ?? '' } });
    expect(await old.json()).toEqual({ result: { data: { json: null } } });
    const current = await fetch(`${bff.url}/trpc/auth.session`, {
      headers: { cookie: rotated ?? '' },
    });
    expect(JSON.stringify(await current.json())).toContain('"accountName":"admin"');
    const live = await bff.services.sessions.resolve(rotated?.split('=')[1]);
    const upstream = live.status === 'live' ? live.session.zstackSessionUuid : null;
    expect(upstream).toMatch(/^[0-9a-f]{32}$/);
    expect(second.text).not.toContain(upstream);
    expect(rotated).not.toContain(upstream);
  });

  it('is __Host- prefixed and Secure when PUBLIC_ORIGIN is https', async () => {
    const secure = await startTestServer({ publicOrigin: 'https://zdash.example.com' });
    try {
      const { res } = await postTrpc(secure.url, 'auth.signIn', adminLogin, {
        ...mutationHeaders(secure.url),
        origin: 'https://zdash.example.com',
        'sec-fetch-site': 'cross-site',
      });
      expect(res.headers.getSetCookie()[0]).toMatch(
        /^__Host-zdash_session=[^;]+; Path=\/; HttpOnly; SameSite=Strict; Secure$/,
      );
    } finally {
      await secure.close();
    }
  });

  it('clears the cookie at sign-out', async () => {
    const { res } = await postTrpc(bff.url, 'auth.signIn', adminLogin, mutationHeaders(bff.url));
    const out = await postTrpc(
      bff.url,
      'auth.signOut',
      undefined,
      mutationHeaders(bff.url, cookieOf(res)),
    );
    expect(out.res.headers.getSetCookie()[0]).toMatch(/^zdash_session=; .*Max-Age=0/);
  });
});

describe('CSRF on tRPC mutations', () => {
  const base = () => mutationHeaders(bff.url);
  const cases: [string, (h: Record<string, string>) => Record<string, string>, number][] = [
    ['without the custom header', ({ 'x-zdash-csrf': _, ...h }) => h, 403],
    ['with text/plain', (h) => ({ ...h, 'content-type': 'text/plain' }), 415],
    [
      'as multipart/form-data',
      (h) => ({ ...h, 'content-type': 'multipart/form-data; boundary=x' }),
      415,
    ],
    [
      'from a foreign Origin',
      ({ 'sec-fetch-site': _, ...h }) => ({ ...h, origin: 'https://evil.example' }),
      403,
    ],
    [
      'with Sec-Fetch-Site cross-site',
      (h) => ({ ...h, 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }),
      403,
    ],
    [
      'with neither Origin nor Sec-Fetch-Site',
      ({ origin: _o, 'sec-fetch-site': _s, ...h }) => h,
      403,
    ],
  ];
  for (const [name, change, status] of cases) {
    it(`refuses a mutation ${name}`, async () => {
      const { res } = await postTrpc(bff.url, 'auth.signIn', adminLogin, change(base()));
      expect(res.status).toBe(status);
      expect(res.headers.getSetCookie()).toEqual([]);
    });
  }
  it('accepts Sec-Fetch-Site same-origin without Origin, and the own host as Origin', async () => {
    const { origin: _, ...noOrigin } = base();
    expect((await postTrpc(bff.url, 'auth.signIn', adminLogin, noOrigin)).res.status).toBe(200);
    const { 'sec-fetch-site': _s, ...originOnly } = base();
    expect((await postTrpc(bff.url, 'auth.signIn', adminLogin, originOnly)).res.status).toBe(200);
  });
  it('lets queries through GET (they change nothing)', async () => {
    expect((await fetch(`${bff.url}/trpc/auth.session`)).status).toBe(200);
  });
});

describe('health, readiness, metrics, static', () => {
  it('answers /healthz and /readyz', async () => {
    expect(await (await fetch(`${bff.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${bff.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ store: true, zstack: true });
  });

  it('exports procedure and upstream metrics in Prometheus text', async () => {
    await fetch(`${bff.url}/trpc/auth.session`);
    const text = await (await fetch(`${bff.url}/metrics`)).text();
    expect(text).toMatch(
      /zdash_trpc_requests_total\{procedure="auth.session",type="query",code="OK"\} \d+/,
    );
    expect(text).toContain(
      'zdash_trpc_request_duration_seconds_bucket{procedure="auth.session",type="query",le="+Inf"}',
    );
    expect(text).toMatch(/zdash_websockets_open \d+/);
    expect(text).toMatch(
      /zdash_zstack_requests_total\{api="LogInByAccount",kind="call",status="200"\} \d+/,
    );
    expect(text).toContain(
      'zdash_zstack_request_duration_seconds_count{api="LogInByAccount",kind="call"}',
    );
  });

  it('says the web app is not built, and serves it with an SPA fallback once it is', async () => {
    const page = await fetch(`${bff.url}/vms`);
    expect(await page.text()).toContain('The web app is not built');
    const dist = mkdtempSync(join(tmpdir(), 'zdash-dist-'));
    writeFileSync(join(dist, 'index.html'), '<html>spa</html>');
    writeFileSync(join(dist, 'app.js'), 'console.log(1)');
    const built = await startTestServer({ webDist: dist });
    try {
      expect(await (await fetch(`${built.url}/vms/123`)).text()).toBe('<html>spa</html>');
      const js = await fetch(`${built.url}/app.js`);
      expect(js.headers.get('content-type')).toContain('javascript');
      expect(await (await fetch(`${built.url}/..%2f..%2fetc%2fpasswd`)).text()).toBe(
        '<html>spa</html>',
      );
    } finally {
      await built.close();
    }
  });
});

describe('errors over HTTP', () => {
  it('adds zodError with field errors and the auth action to the error data', async () => {
    const bad = await postTrpc(
      bff.url,
      'auth.signIn',
      { kind: 'account', accountName: '', password: 'x' },
      mutationHeaders(bff.url),
    );
    expect(bad.res.status).toBe(400);
    const data = (
      bad.body as {
        error: { json: { data: { zodError: { fieldErrors: Record<string, string[]> } } } };
      }
    ).error.json.data;
    expect(data.zodError.fieldErrors.accountName).toEqual(['Required']);
    // Outside production the stack is there (main.int.test.ts checks it is not in production).
    expect(bad.text).toContain('"stack"');
    const anon = await fetch(`${bff.url}/trpc/preferences.get`);
    expect(anon.status).toBe(401);
    expect(JSON.stringify(await anon.json())).toContain(
      '"auth":{"action":"signIn","reason":"noSession"}',
    );
  });
});
