import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { SimRuntime } from '../core/runtime.ts';
import { apiJobPath, handleJobQuery } from './apiJobs.ts';
import {
  handleLegacyCall,
  handleLegacyResult,
  legacyCallPath,
  legacyResultPath,
} from './legacyRpc.ts';
import { HttpError, sendText } from './respond.ts';
import { handleRest } from './rest.ts';
import { buildRoutes } from './routes.ts';

/** Tomcat's context path of the management node web app. */
export const contextPath = '/zstack';

/**
 * Answers a request before the node sees it (the control API's "management node is starting"
 * window); returns true when it did.
 */
export type RequestGate = (req: IncomingMessage, res: ServerResponse) => boolean;

/** Request bodies above this are refused (the node's own APIs never come close). */
const maxBodyBytes = 16 * 1024 * 1024;

/**
 * The simulated node's HTTP front: REST v1 under `/zstack/v1` (from 1.9.0) and the legacy RPC
 * at `/zstack/api` (every version). Every answer is one of the
 * node's own status codes; an unexpected exception is a 500 with its message, as RestServer's
 * catch-all sends.
 */
export function createHttpServer(rt: SimRuntime, gate?: RequestGate): Server {
  const groups = buildRoutes(rt.sim.version);
  const server = createServer((req, res) => {
    if (gate?.(req, res)) return;
    serve(rt, groups, req, res).catch((error: unknown) => {
      rt.log('httpError', { error: String((error as Error)?.stack ?? error) });
      if (!res.headersSent) sendText(res, 500, String((error as Error)?.message ?? error));
      else res.destroy();
    });
  });
  // Jobs are polled every second by SDKs; keep idle sockets from holding close() up.
  server.keepAliveTimeout = 5000;
  return server;
}

async function serve(
  rt: SimRuntime,
  groups: ReturnType<typeof buildRoutes>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = url.pathname;
  }
  try {
    if (!path.startsWith(`${contextPath}/`)) {
      throw new HttpError(404, `no api mapping to ${path}`);
    }
    path = path.slice(contextPath.length);
    const job = apiJobPath.exec(path);
    if (job?.[1] && groupsExist(groups)) {
      handleJobQuery(rt, req, res, job[1]);
      return;
    }
    const legacyJob = legacyResultPath.exec(path);
    if (legacyJob?.[1]) {
      handleLegacyResult(rt, res, legacyJob[1]);
      return;
    }
    const body = await readBody(req);
    if (path === legacyCallPath || path === `${legacyCallPath}/`) {
      await handleLegacyCall(rt, req, res, body);
      return;
    }
    await handleRest(rt, groups, req, res, url, path, body);
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    sendText(res, error.status, error.text);
  }
}

/** REST (and so `/api-jobs`) exists only from 1.9.0; older nodes have no route at all. */
function groupsExist(groups: ReturnType<typeof buildRoutes>): boolean {
  return groups.length > 0;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        reject(new HttpError(413, 'request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
