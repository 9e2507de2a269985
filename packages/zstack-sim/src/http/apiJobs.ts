import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SimRuntime } from '../core/runtime.ts';
import { sendJson, sendText } from './respond.ts';

/** `/v1/api-jobs/{uuid}` (checked before any route or auth, as RestServer does). */
export const apiJobPath = /^\/v1\/api-jobs\/([^/]+)\/?$/;

/**
 * Polls a job: 202 `{}` while running, 200 with the result, 503 `{"error"}` when it failed,
 * 404 "the job has been expired" for an unknown or expired job, 405 for any method but GET.
 *
 * @see https://github.com/zstackio/zstack/blob/master/rest/src/main/java/org/zstack/rest/RestServer.java (handleJobQuery)
 */
export function handleJobQuery(
  rt: SimRuntime,
  req: IncomingMessage,
  res: ServerResponse,
  uuid: string,
): void {
  if (req.method !== 'GET') {
    sendText(res, 405, 'only GET method is allowed for querying job status');
    return;
  }
  const view = rt.jobs.read(uuid);
  switch (view.state) {
    case 'expired':
      sendText(res, 404, 'the job has been expired');
      return;
    case 'processing':
      sendJson(res, 202, {});
      return;
    case 'done':
      sendJson(res, view.success ? 200 : 503, view.body);
      return;
  }
}
