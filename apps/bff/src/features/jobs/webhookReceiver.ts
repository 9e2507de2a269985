import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BffServices } from '../../services.ts';

const hookPath = /^\/hooks\/jobs\/([0-9a-f-]{36})\/([A-Za-z0-9_-]{1,128})$/;

/** True for paths the webhook receiver answers (`/hooks/jobs/<job id>/<secret>`). */
export function isWebhookPath(path: string): boolean {
  return path.startsWith('/hooks/jobs/');
}

/**
 * ZStack's X-Web-Hook callback. CSRF-exempt (the node is not a browser): what authenticates it is
 * the job's random path segment, compared in constant time. The body is never trusted — a match
 * only wakes the job's follower, whose one GET of the job confirms the outcome. Anything else is a
 * 404 with no state change. The body is drained (≤ 1 MiB) and ignored.
 *
 * @see https://github.com/zstackio/zstack/blob/master/rest/src/main/java/org/zstack/rest/RestServer.java (X-Web-Hook)
 */
export function webhookReceiver(services: BffServices) {
  return async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > 1 << 20) req.destroy();
    });
    const match = hookPath.exec(path);
    const accepted =
      req.method === 'POST' && match !== null
        ? await services.jobs.hint(match[1] ?? '', match[2] ?? '').catch(() => false)
        : false;
    res.writeHead(accepted ? 204 : 404, { 'cache-control': 'no-store' }).end();
  };
}
