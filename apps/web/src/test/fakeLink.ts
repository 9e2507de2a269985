import { TRPCClientError, type TRPCLink } from '@trpc/client';
import { observable } from '@trpc/server/observable';
import type { AppRouter } from '../lib/trpc.ts';

/** Answers of the fake BFF by procedure path (`dashboard.summary`); throw to fail the call. */
export type FakeHandlers = Record<string, (input: unknown) => unknown>;

/** A call the fake BFF received. */
export interface FakeCall {
  path: string;
  input: unknown;
  background: boolean;
}

/**
 * A terminating tRPC link that answers from handlers instead of the network: component tests
 * exercise the real providers, hooks and error handling at the tRPC boundary.
 */
export function fakeLink(handlers: FakeHandlers, calls: FakeCall[]): TRPCLink<AppRouter> {
  return () =>
    ({ op }) =>
      observable((observer) => {
        calls.push({ path: op.path, input: op.input, background: op.context.background === true });
        const handler = handlers[op.path];
        Promise.resolve()
          .then(() => {
            if (!handler) throw new Error(`the fake BFF has no ${op.path}`);
            return handler(op.input);
          })
          .then(
            (data) => {
              observer.next({ result: { type: 'data', data } });
              observer.complete();
            },
            (error: unknown) =>
              observer.error(
                error instanceof TRPCClientError ? error : TRPCClientError.from(error as Error),
              ),
          );
      });
}

/** An error as the BFF formats it (apps/bff/src/trpc/init.ts errorFormatter). */
export function bffError(
  code: string,
  message: string,
  extra: {
    zstackCode?: string;
    auth?: { action: 'signIn' | 'reauthenticate'; reason: string };
  } = {},
): TRPCClientError<AppRouter> {
  return TRPCClientError.from({
    error: {
      code: -32000,
      message,
      data: {
        code,
        httpStatus: 400,
        zstackCode: extra.zstackCode ?? null,
        auth: extra.auth ?? null,
        zodError: null,
      },
    },
  }) as TRPCClientError<AppRouter>;
}
