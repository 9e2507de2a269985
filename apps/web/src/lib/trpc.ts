// The one entry from the web app into the BFF: types only (house-style §3).
import {
  createTRPCClient,
  createWSClient,
  httpBatchLink,
  splitLink,
  TRPCClientError,
  wsLink,
} from '@trpc/client';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { AppRouter } from '@zdash/bff/router';
import superjson from 'superjson';

export type { AppRouter };
/** Inputs of every procedure: `RouterInputs['auditLog']['list']`. */
export type RouterInputs = inferRouterInputs<AppRouter>;
/** Outputs of every procedure: `RouterOutputs['dashboard']['summary']`. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
/** An error of any procedure, as the client sees it. */
export type AppClientError = TRPCClientError<AppRouter>;

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

/** The BFF rejects non-GET calls without this header (CSRF, clients-security.md B2.3). */
export const csrfHeader = { 'x-zdash-csrf': '1' } as const;

/**
 * Operation context: `{ background: true }` marks polling, which must not extend the idle timeout.
 *
 * @example
 * useQuery(trpc.auth.session.queryOptions(undefined, { trpc: { context: backgroundContext } }))
 */
export const backgroundContext = { background: true } as const;

/** The /ws address of the page's own host (the BFF checks Origin and the session cookie). */
export function wsUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
}

/**
 * Builds the tRPC client: subscriptions over one lazy WebSocket (opened by the first one, closed
 * a while after the last), HTTP batches on the same origin, polling in a batch of its own.
 */
export function createAppTRPCClient(url = '/trpc') {
  const common = { url, transformer: superjson, fetch: sameOriginFetch } as const;
  const ws = createWSClient({ url: () => wsUrl(), lazy: { enabled: true, closeMs: 10_000 } });
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === 'subscription',
        true: wsLink({ client: ws, transformer: superjson }),
        false: splitLink({
          condition: (op) => op.context.background === true,
          true: httpBatchLink({ ...common, headers: { ...csrfHeader, 'x-zdash-background': '1' } }),
          false: httpBatchLink({ ...common, headers: csrfHeader }),
        }),
      }),
    ],
  });
}

function sameOriginFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  return fetch(input, { ...init, credentials: 'same-origin' });
}

/** Narrows an unknown error to a tRPC client error. */
export function isClientError(error: unknown): error is AppClientError {
  return error instanceof TRPCClientError;
}
