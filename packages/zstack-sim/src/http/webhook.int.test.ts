import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { isLoopbackUrl, webhookAttempts } from '../core/webhook.ts';
import { deferred, startTestSim, type TestSim } from './testKit.ts';

let t: TestSim | undefined;
let hook: Server | undefined;
let outside: Server | undefined;
afterEach(async () => {
  await t?.close();
  for (const server of [hook, outside]) {
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  }
  hook = undefined;
  outside = undefined;
});

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

interface Delivery {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A loopback receiver that fails the first `failures` deliveries with 500. */
async function receiver(failures: number) {
  const got = deferred<Delivery>();
  let attempts = 0;
  hook = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      attempts++;
      if (attempts <= failures) {
        res.writeHead(500).end();
        return;
      }
      res.writeHead(204).end();
      got.resolve({ headers: req.headers, body });
    });
  });
  await new Promise<void>((resolve) => hook?.listen(0, '127.0.0.1', resolve));
  const { port } = hook.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hook`, got: got.promise, attempts: () => attempts };
}

describe('X-Web-Hook', () => {
  it('POSTs the poll body with X-Job-UUID and X-Job-Success, retrying until a 2xx', async () => {
    t = await startTestSim();
    const session = await t.login();
    const { url, got, attempts } = await receiver(2);
    const jobUuid = '9'.repeat(32);
    const accepted = await t.call('PUT', '/v1/global-configurations/vm/deletionPolicy/actions', {
      session,
      headers: { 'X-Web-Hook': url, 'X-Job-UUID': jobUuid },
      body: { updateGlobalConfig: { value: 'Direct' } },
    });
    expect(accepted.status).toBe(202);
    const delivery = await got;
    expect(attempts()).toBe(3);
    expect(delivery.headers['x-job-uuid']).toBe(jobUuid);
    expect(delivery.headers['x-job-success']).toBe('true');
    const body = JSON.parse(delivery.body);
    expect(body.inventory).toMatchObject({ name: 'deletionPolicy', value: 'Direct' });
    const poll = await t.call('GET', String(accepted.json.location));
    expect(JSON.parse(poll.text)).toEqual(body);
  });

  it('delivers a failure with X-Job-Success false', async () => {
    t = await startTestSim();
    const session = await t.login();
    const { url, got } = await receiver(0);
    await t.call('PUT', '/v1/global-configurations/vm/deletionPolicy/actions', {
      session,
      headers: { 'X-Web-Hook': url },
      body: { updateGlobalConfig: { value: 'Later' } },
    });
    const delivery = await got;
    expect(delivery.headers['x-job-success']).toBe('false');
    expect(JSON.parse(delivery.body)).toMatchObject({ error: { code: 'SYS.1007' } });
  });

  it('never follows a redirect: a 3xx is a failed delivery', async () => {
    // The second listener stands in for a host outside 127.0.0.0/8.
    let outsideRequests = 0;
    outside = createServer((_req, res) => {
      outsideRequests++;
      res.writeHead(204).end();
    });
    const outsidePort = await listen(outside);
    let redirects = 0;
    hook = createServer((req, res) => {
      req.resume();
      redirects++;
      res.writeHead(302, { Location: `http://127.0.0.1:${outsidePort}/outside` }).end();
    });
    const hookPort = await listen(hook);
    const gaveUp = deferred();
    t = await startTestSim({
      log: (event) => {
        if (event === 'webhookGaveUp') gaveUp.resolve();
      },
    });
    const session = await t.login();
    await t.call('PUT', '/v1/global-configurations/vm/deletionPolicy/actions', {
      session,
      headers: { 'X-Web-Hook': `http://127.0.0.1:${hookPort}/hook` },
      body: { updateGlobalConfig: { value: 'Direct' } },
    });
    await gaveUp.promise;
    expect(redirects).toBe(webhookAttempts);
    expect(outsideRequests).toBe(0);
  });

  it('only ever dials loopback', () => {
    expect(isLoopbackUrl('http://127.0.0.1:9/x')).toBe(true);
    expect(isLoopbackUrl('http://127.10.0.3/x')).toBe(true);
    expect(isLoopbackUrl('http://localhost:80/')).toBe(false);
    expect(isLoopbackUrl('http://[::1]:80/')).toBe(true);
    expect(isLoopbackUrl('http://10.0.0.5/hook')).toBe(false);
    expect(isLoopbackUrl('http://example.com/hook')).toBe(false);
    expect(isLoopbackUrl('http://127.0.0.1.example.com/hook')).toBe(false);
    expect(isLoopbackUrl('ftp://127.0.0.1/hook')).toBe(false);
    expect(isLoopbackUrl('not a url')).toBe(false);
  });
});
