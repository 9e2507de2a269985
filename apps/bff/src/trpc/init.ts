import { initTRPC, TRPCError } from '@trpc/server';
import { ZStackError } from '@zdash/zstack-client';
import superjson from 'superjson';
import { ZodError, z } from 'zod';
import { AuthRequired } from './authRequired.ts';
import type { Context } from './context.ts';

/** Procedure metadata. */
export interface Meta {
  /** Polling or other work not done by the person: does not extend the idle timeout. */
  background?: boolean;
  /** The ZStack API a mutation calls, for the audit log. */
  api?: string;
  /** False for mutations that must not be audited (none yet). */
  audit?: boolean;
}

const production = process.env.NODE_ENV === 'production';

// 1. The only initTRPC. isDev decides whether stacks reach clients: never in production.
const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer: superjson,
    isDev: !production,
    errorFormatter({ shape, error }) {
      const cause = error.cause;
      const internal = error.code === 'INTERNAL_SERVER_ERROR';
      let message = shape.message;
      if (internal && production) message = 'Internal error in zdash; see the server log.';
      if (cause instanceof ZodError) message = readableZodMessage(cause);
      return {
        ...shape,
        message,
        data: {
          ...shape.data,
          zodError: cause instanceof ZodError ? z.flattenError(cause) : null,
          zstackCode: cause instanceof ZStackError ? cause.code : null,
          auth:
            cause instanceof AuthRequired ? { action: cause.action, reason: cause.reason } : null,
        },
      };
    },
  });

// Zod's own message is a JSON dump of the issues; people get one line per field instead.
function readableZodMessage(error: ZodError): string {
  const lines = error.issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
  return `Invalid input: ${lines.join('; ')}`;
}

/** Builds routers. */
export const router = t.router;
/** Middlewares. */
export const middleware = t.middleware;
/** Server-side callers (tests). */
export const createCallerFactory = t.createCallerFactory;
/** The bare procedure; features use publicProcedure or authedProcedure from procedures.ts. */
export const baseProcedure = t.procedure;
export { TRPCError };
