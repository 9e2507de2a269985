import { TRPCError } from '@trpc/server';
import { ZStackError } from '@zdash/zstack-client';
import type { Resolved } from '../auth/sessionManager.ts';
import { auditMiddleware } from './audit.ts';
import { AuthRequired } from './authRequired.ts';
import { baseProcedure, middleware } from './init.ts';
import { toTRPCError } from './toTRPCError.ts';

// 2. Outermost: metrics per procedure, and ZStackError → TRPCError by ZStack code.
const observed = middleware(async ({ path, type, next, ctx }) => {
  const started = performance.now();
  const result = await next();
  const error = result.ok ? undefined : toTRPCError(result.error);
  const seconds = (performance.now() - started) / 1000;
  ctx.services.metrics.procedure(path, type, error?.code ?? 'OK', seconds);
  if (error?.code === 'INTERNAL_SERVER_ERROR') {
    ctx.services.log.error({ err: error.cause ?? error, procedure: path }, 'procedure failed');
  }
  if (error && !result.ok && error !== result.error) throw error;
  return result;
});

// 3. The session, if any, ended here when a limit passed. Never throws for "no session".
const withAuth = middleware(async ({ ctx, next }) => {
  const auth: Resolved = await ctx.services.sessions.resolve(ctx.sessionToken);
  return next({ ctx: { auth } });
});

/** Any caller; `ctx.auth` tells whether a session is live. Mutations are audited. */
export const publicProcedure = baseProcedure.use(observed).use(withAuth).use(auditMiddleware);

// 4. A live session: activity recorded unless background; an upstream ID.1001 ends it.
const requireSession = middleware(async ({ ctx, meta, next }) => {
  const { auth } = ctx as typeof ctx & { auth: Resolved };
  if (auth.status === 'none') {
    throw new TRPCError({
      code: 'UNAUTHORIZED',
      message: 'Sign in to continue.',
      cause: new AuthRequired('signIn', 'noSession'),
    });
  }
  if (auth.status === 'ended') {
    const reason = auth.session.endReason ?? 'ended';
    const action = reason === 'signedOut' ? 'signIn' : 'reauthenticate';
    throw new TRPCError({
      code: 'UNAUTHORIZED',
      message:
        reason === 'signedOut'
          ? 'You signed out.'
          : 'Your session has ended. Enter your password to continue.',
      cause: new AuthRequired(action, reason),
    });
  }
  const { sessions } = ctx.services;
  const session =
    meta?.background || ctx.background ? auth.session : await sessions.touch(auth.session);
  const result = await next({ ctx: { session, zs: sessions.clientFor(session) } });
  const cause = result.ok ? undefined : result.error.cause;
  if (cause instanceof ZStackError && cause.code === 'ID.1001') {
    await sessions.end(session.idHash, 'upstream');
    throw new TRPCError({
      code: 'UNAUTHORIZED',
      message: 'Your ZStack session has ended. Enter your password to continue.',
      cause: new AuthRequired('reauthenticate', 'upstream'),
    });
  }
  return result;
});

/** A signed-in caller: `ctx.session` (the stored session) and `ctx.zs` (its ZStack client). */
export const authedProcedure = publicProcedure.use(requireSession);
