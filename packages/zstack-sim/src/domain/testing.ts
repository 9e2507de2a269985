import { type ApiSpec, defaultSimulatedVersion, findApi, newUuid } from '@zdash/zstack-api';
import { createClock } from '../core/clock.ts';
import type { ApiCall, CallerSession, SimContext } from '../core/context.ts';
import {
  createGlobalConfigs,
  type GlobalConfigService,
  globalConfigTable,
} from '../core/globalConfigs.ts';
import { sections } from '../handlers/index.ts';
import { createStore } from '../store/sqliteStore.ts';

/**
 * Test seam for the resource sections: a SimContext on an in-memory store with every section's
 * tables, a fast clock, and `call()` to run a handler as the API layer would.
 */
export interface TestSim extends SimContext {
  readonly configs: GlobalConfigService;
  /** Runs an API handler; resolves to its REST body or rejects with its ApiError. */
  // biome-ignore lint/suspicious/noExplicitAny: replies are JSON bodies that tests inspect freely
  call(name: string, params?: Record<string, unknown>, options?: CallOptions): Promise<any>;
  /** Progress reports seen, by job. */
  readonly progress: { api: string; percent: number; detail?: string }[];
}

export interface CallOptions {
  systemTags?: string[];
  userTags?: string[];
  session?: CallerSession | null;
  signal?: AbortSignal;
}

export function createTestSim(options: { version?: string; timeScale?: number } = {}): TestSim {
  const version = options.version ?? defaultSimulatedVersion;
  const store = createStore(':memory:', { version });
  store.define(globalConfigTable);
  for (const section of sections) for (const spec of section.tables ?? []) store.define(spec);
  const configs = createGlobalConfigs(store, version);
  const clock = createClock(options.timeScale ?? 0.0001);
  const progress: TestSim['progress'] = [];
  const sim: TestSim = {
    store,
    clock,
    version,
    configs,
    managementNode: { uuid: newUuid(), hostName: '127.0.0.1' },
    progress,
    async call(name, params = {}, opts = {}) {
      const handler = handlerOf(name);
      const api: ApiSpec = findApi(name) ?? stubApi(name);
      const call: ApiCall = {
        api,
        params,
        systemTags: opts.systemTags ?? [],
        userTags: opts.userTags ?? [],
        session: opts.session === undefined ? null : opts.session,
        jobUuid: newUuid(),
        sim,
        signal: opts.signal ?? new AbortController().signal,
        progress: (percent, detail) => progress.push({ api: name, percent, detail }),
      };
      return handler(call);
    },
  };
  return sim;
}

function handlerOf(name: string) {
  for (const section of sections) {
    const handler = section.handlers?.[name];
    if (handler) return handler;
  }
  throw new Error(`no handler for ${name}`);
}

/** Until the catalogue has an entry, tests still need an ApiSpec to put in the call. */
function stubApi(name: string): ApiSpec {
  return {
    name,
    fqn: `stub.API${name}Msg`,
    replyFqn: `stub.API${name}Event`,
    section: 'vms',
    rest: null,
    async: true,
    response: 'inventory',
    params: {},
    since: '0.6.0',
    source: '',
  };
}
