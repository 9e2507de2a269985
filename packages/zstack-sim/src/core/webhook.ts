import { isIP } from 'node:net';
import type { Outcome } from './dispatch.ts';
import type { SimRuntime } from './runtime.ts';

/**
 * `X-Web-Hook` delivery: when a job completes the node POSTs what a poll would return, with
 * `X-Job-UUID` and `X-Job-Success`, and retries up to 15 times at 2 s intervals until a 2xx.
 * The simulator only ever dials loopback: any other URL is refused and logged, and a redirect is
 * never followed (a 3xx is a failed delivery), so a loopback receiver cannot bounce it outside.
 *
 * @see https://github.com/zstackio/zstack/blob/master/rest/src/main/java/org/zstack/rest/RestServer.java (callWebHook)
 */
export const webhookAttempts = 15;
export const webhookIntervalMs = 2000;

/**
 * True for http(s) URLs whose host is a literal 127.0.0.0/8 or ::1 address. `localhost` is
 * refused: a name is whatever the resolver says, and the simulator does not resolve names.
 */
export function isLoopbackUrl(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1';
}

/** Body a poll of a finished job returns. */
export function outcomeBody(outcome: Outcome): Record<string, unknown> {
  return outcome.success ? outcome.body : { error: outcome.error };
}

export async function deliverWebhook(
  rt: SimRuntime,
  url: string,
  jobUuid: string,
  outcome: Outcome,
): Promise<void> {
  if (!isLoopbackUrl(url)) {
    rt.log('webhookRefused', { jobUuid, reason: 'the simulator only calls loopback URLs' });
    return;
  }
  const body = JSON.stringify(outcomeBody(outcome), (_key, value) =>
    value === null ? undefined : value,
  );
  for (let attempt = 1; attempt <= webhookAttempts; attempt++) {
    if (rt.stopping.aborted) return;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'X-Job-UUID': jobUuid,
          'X-Job-Success': String(outcome.success),
        },
        body,
        redirect: 'manual',
        signal: rt.stopping,
      });
      await response.body?.cancel();
      if (response.status >= 200 && response.status < 300) return;
    } catch {
      // Connection refused or reset: retried like a non-2xx answer.
    }
    if (attempt < webhookAttempts) {
      try {
        await rt.sim.clock.sleep(webhookIntervalMs, rt.stopping);
      } catch {
        return;
      }
    }
  }
  rt.log('webhookGaveUp', { jobUuid, attempts: webhookAttempts });
}
