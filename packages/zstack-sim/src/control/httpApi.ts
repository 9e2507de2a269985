import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { z } from 'zod';
import type { SimLogger } from '../core/runtime.ts';
import type { SimControl } from './control.ts';
import { ControlError } from './errors.ts';
import {
  describeIssues,
  emptyInput,
  failNextInput,
  hostInput,
  latencyInput,
  resetInput,
  seedInput,
  timeScaleInput,
  unavailableInput,
  upgradeInput,
} from './schemas.ts';
import { bearerMatches, newControlToken } from './token.ts';

/** The control routes' prefix. */
export const controlPrefix = '/sim/v1';

const maxBodyBytes = 64 * 1024;

interface Answer {
  readonly status: number;
  readonly body: unknown;
}

type Route = (control: SimControl, body: unknown) => Promise<Answer>;

const ok = (control: SimControl): Answer => ({ status: 200, body: control.state() });

/** Answers 202 once the node is down; the rest of the downtime runs in the background. */
async function accepted(control: SimControl, done: Promise<void>): Promise<Answer> {
  done.catch(() => undefined);
  await Promise.race([control.whenPhase('down'), done]);
  return { status: 202, body: control.state() };
}

const routes: Record<string, Route> = {
  'POST fail-next': async (control, body) => {
    const { api, code, details } = parse(failNextInput, body);
    control.failNext(api, details === undefined ? { code } : { code, details });
    return ok(control);
  },
  'POST latency': async (control, body) => {
    const { api, ms } = parse(latencyInput, body);
    control.setLatency(api, ms);
    return ok(control);
  },
  'POST time-scale': async (control, body) => {
    control.setTimeScale(parse(timeScaleInput, body).timeScale);
    return ok(control);
  },
  'POST unavailable': (control, body) =>
    accepted(control, control.unavailable(parse(unavailableInput, body).seconds)),
  'POST upgrade': (control, body) => {
    const { version, downtimeSeconds } = parse(upgradeInput, body);
    return accepted(control, control.upgrade(version, downtimeSeconds));
  },
  'POST reset': async (control, body) => {
    parse(resetInput, body);
    await control.reset();
    return ok(control);
  },
  'POST seed': async (control, body) => {
    await control.seed(parse(seedInput, body).seed);
    return ok(control);
  },
  'POST agent-down': async (control, body) => {
    parse(emptyInput, body);
    control.setConsoleAgentDown(true);
    return ok(control);
  },
  'POST agent-up': async (control, body) => {
    parse(emptyInput, body);
    control.setConsoleAgentDown(false);
    return ok(control);
  },
  'POST host-disconnect': async (control, body) => {
    control.disconnectHost(parse(hostInput, body).hostUuid);
    return ok(control);
  },
  'POST host-reconnect': async (control, body) => {
    control.reconnectHost(parse(hostInput, body).hostUuid);
    return ok(control);
  },
  'GET state': async (control) => ok(control),
};

export interface ControlServer {
  /** `http://127.0.0.1:<port>/sim/v1` */
  readonly url: string;
  readonly token: string;
  close(): Promise<void>;
}

/**
 * The control API over HTTP: its own listener on 127.0.0.1 only (never the node's port, so it
 * stays up while the node is down), every request behind `Authorization: Bearer <token>`.
 */
export async function startControlServer(
  control: SimControl,
  port: number,
  log: SimLogger = () => undefined,
): Promise<ControlServer> {
  const token = newControlToken();
  const server = createServer((req, res) => {
    serve(control, token, req, res).catch((error: unknown) => {
      log('controlError', { error: String((error as Error)?.stack ?? error) });
      if (!res.headersSent) send(res, 500, { error: String((error as Error)?.message ?? error) });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${bound}${controlPrefix}`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function serve(
  control: SimControl,
  token: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (!bearerMatches(req.headers.authorization, token)) {
    res.setHeader('WWW-Authenticate', 'Bearer realm="zstack-sim control"');
    send(res, 401, { error: 'the control API needs Authorization: Bearer <controlToken>' });
    return;
  }
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  const name = path.startsWith(`${controlPrefix}/`) ? path.slice(controlPrefix.length + 1) : '';
  const route = routes[`${req.method} ${name}`];
  if (!route) {
    const known = Object.keys(routes).some((key) => key.endsWith(` ${name}`));
    send(res, known ? 405 : 404, { error: `no control route ${req.method} ${path}` });
    return;
  }
  try {
    const answer = await route(control, await readJson(req));
    send(res, answer.status, answer.body);
  } catch (error) {
    if (!(error instanceof ControlError)) throw error;
    send(res, error.status, { error: error.message });
  }
}

function parse<TSchema extends z.ZodType>(schema: TSchema, body: unknown): z.output<TSchema> {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) throw new ControlError(400, describeIssues(parsed.error));
  return parsed.data;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const chunk of req) {
    text += chunk;
    if (text.length > maxBodyBytes) throw new ControlError(400, 'request body too large');
  }
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ControlError(400, `the body is not JSON: ${(error as Error).message}`);
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json;charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}
