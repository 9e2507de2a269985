import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminLogin } from '../testing/testBff.ts';
import { cookieOf, mutationHeaders, postTrpc, startTestServer } from '../testing/testServer.ts';

let bff: Awaited<ReturnType<typeof startTestServer>>;
let cookie: string | null;

beforeAll(async () => {
  bff = await startTestServer();
  cookie = cookieOf(
    (await postTrpc(bff.url, 'auth.signIn', adminLogin, mutationHeaders(bff.url))).res,
  );
});
afterAll(async () => {
  await bff.close();
});

type ErrorBody = {
  error: {
    json: {
      message: string;
      data: { code: string; httpStatus: number; zstackCode: string | null };
    };
  };
};

// A ZStack failure injected into UpdateAccount (auth.changePassword), seen over HTTP as the browser sees it.
const cases: [string, string, number][] = [
  ['ID.1002', 'FORBIDDEN', 403],
  ['SYS.1003', 'NOT_FOUND', 404],
  ['SYS.1007', 'BAD_REQUEST', 400],
  ['SYS.1012', 'SERVICE_UNAVAILABLE', 503],
  ['SYS.1001', 'TIMEOUT', 408],
  ['VM.1001', 'BAD_GATEWAY', 502],
  ['SYS.1006', 'BAD_GATEWAY', 502],
];

describe('ZStack errors over HTTP, by code (every ZStack failure is a 503 upstream)', () => {
  for (const [zstackCode, code, status] of cases) {
    it(`${zstackCode} → ${code} (${status}) with zstackCode in the data`, async () => {
      bff.node.node.control.failNext('UpdateAccount', { code: zstackCode, details: 'injected' });
      const { res, body } = await postTrpc(
        bff.url,
        'auth.changePassword',
        { currentPassword: 'password', newPassword: 'password2' },
        mutationHeaders(bff.url, cookie),
      );
      const error = (body as ErrorBody).error.json;
      expect(res.status).toBe(status);
      expect(error.data).toMatchObject({ code, zstackCode });
      if (code === 'BAD_GATEWAY')
        expect(error.message).toBe(`ZStack answered ${zstackCode}: injected`);
    });
  }

  it('an unreachable node → SERVICE_UNAVAILABLE with ZDASH.CONNECTION, and /readyz says so', async () => {
    const down = await startTestServer();
    try {
      const signIn = await postTrpc(down.url, 'auth.signIn', adminLogin, mutationHeaders(down.url));
      const downCookie = cookieOf(signIn.res);
      await down.node.node.close();
      const { res } = await postTrpc(
        down.url,
        'preferences.set',
        { theme: 'dark' },
        mutationHeaders(down.url, downCookie),
      );
      expect(res.status).toBe(200); // the BFF's own store still works
      const change = await postTrpc(
        down.url,
        'auth.changePassword',
        { currentPassword: 'password', newPassword: 'password2' },
        mutationHeaders(down.url, downCookie),
      );
      expect(change.res.status).toBe(503);
      expect((change.body as ErrorBody).error.json.data.zstackCode).toBe('ZDASH.CONNECTION');
      const ready = await fetch(`${down.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ store: true, zstack: false });
    } finally {
      await down.close().catch(() => {});
    }
  });
});
