import type { IncomingMessage, ServerResponse } from 'node:http';
import { TRPCError } from '@trpc/server';
import type { ZStackClient } from '@zdash/zstack-client';
import type { Db } from '../db/database.ts';
import { cookieName, readCookie, sessionCookie } from '../server/cookies.ts';
import { type BffServices, createServices, type ServicesInit } from '../services.ts';

/** Per-request context of every procedure. */
export interface Context {
  services: BffServices;
  /** The session cookie's value, if the request had one. */
  sessionToken: string | null;
  /** True when the browser marked the request as polling (`x-zdash-background: 1`). */
  background: boolean;
  /** The request's Origin header (bound into console tickets); null without one. */
  origin: string | null;
  /** Sets (or with null, clears) the session cookie on the response. */
  setSessionCookie(token: string | null): void;
}

/** What {@link createContextInner} needs: services, or just a client and a store (tests). */
export type ContextInit = (
  | { services: BffServices }
  | ({ zstack: ZStackClient; db: Db } & Partial<ServicesInit>)
) & {
  sessionToken?: string | null;
  background?: boolean;
  origin?: string | null;
  setSessionCookie?: (token: string | null) => void;
};

/**
 * The context without HTTP: used by `createCaller` in tests and by {@link createContext}.
 *
 * @example
 * const ctx = await createContextInner({ zstack, db });
 * const caller = appRouter.createCaller(ctx);
 */
export async function createContextInner(init: ContextInit): Promise<Context> {
  const services = 'services' in init ? init.services : createServices(init);
  return {
    services,
    sessionToken: init.sessionToken ?? null,
    background: init.background ?? false,
    origin: init.origin ?? null,
    setSessionCookie: init.setSessionCookie ?? (() => {}),
  };
}

/** Whether cookies get `Secure` and the `__Host-` prefix. */
export interface CookiePolicy {
  secure: boolean;
}

/** The context of an HTTP request or a WebSocket connection (no response: cookies cannot change). */
export function contextFactory(services: BffServices, policy: CookiePolicy) {
  const name = cookieName(policy.secure);
  return (opts: { req: IncomingMessage; res?: ServerResponse }): Promise<Context> => {
    const { req, res } = opts;
    return createContextInner({
      services,
      sessionToken: readCookie(req.headers.cookie, name),
      background: req.headers['x-zdash-background'] === '1',
      origin: req.headers.origin ?? null,
      setSessionCookie: (token) => {
        if (!res || res.headersSent) {
          // WebSocket calls have no response to carry a cookie: sign-in goes over HTTP.
          throw new TRPCError({
            code: 'METHOD_NOT_SUPPORTED',
            message: 'Sign in over HTTP, not over the WebSocket.',
          });
        }
        res.appendHeader('set-cookie', sessionCookie(name, token, policy.secure));
      },
    });
  };
}
