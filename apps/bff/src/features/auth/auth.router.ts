import { changePasswordInput, signInInput } from '@zdash/schemas';
import { isAtLeast } from '@zdash/zstack-api';
import { hashPassword } from '@zdash/zstack-client';
import { router } from '../../trpc/init.ts';
import { authedProcedure, publicProcedure } from '../../trpc/procedures.ts';
import { type SessionInfo, toSessionInfo } from './sessionInfo.ts';
import { throttledSignIn } from './signIn.handler.ts';
import { watchSession } from './watchSession.ts';

/**
 * Sign-in and the session. The browser holds only an opaque HttpOnly cookie; the ZStack session
 * uuid stays here.
 */
export const authRouter = router({
  /** The current session with its remaining times, or null. Polling it does not count as activity. */
  session: publicProcedure.meta({ background: true }).query(({ ctx }): SessionInfo | null => {
    const { auth } = ctx;
    if (auth.status !== 'live') return null;
    const { sessions, now } = ctx.services;
    return toSessionInfo(auth.session, sessions.limits, now());
  }),

  /** The same as `session`, pushed over /ws: now, every minute, and when re-authentication is offered. */
  watch: publicProcedure
    .meta({ background: true })
    .subscription(({ ctx, signal }) => watchSession(ctx.services, ctx.sessionToken, signal)),

  /** Signs in (account or user); a new cookie every time, any previous session of this browser ends. */
  signIn: publicProcedure
    .meta({ api: 'LogInByAccount|LogInByUser' })
    .input(signInInput)
    .mutation(async ({ ctx, input }): Promise<SessionInfo> => {
      const { sessions, now } = ctx.services;
      const { token, session } = await throttledSignIn(ctx.services, input);
      if (ctx.auth.status !== 'none') {
        await sessions.end(ctx.auth.session.idHash, 'replaced');
        await sessions.forget(ctx.auth.session.idHash);
      }
      ctx.setSessionCookie(token);
      return toSessionInfo(session, sessions.limits, now());
    }),

  /**
   * "Enter your password to continue" over the current page (after ID.1001, an idle or absolute
   * end, or before the absolute end). The same account/user keeps its work (`sameIdentity`);
   * anyone else gets a clean new session and the UI must drop everything it cached.
   */
  reauthenticate: publicProcedure
    .meta({ api: 'LogInByAccount|LogInByUser' })
    .input(signInInput)
    .mutation(async ({ ctx, input }) => {
      const { sessions, now } = ctx.services;
      const { token, session } = await throttledSignIn(ctx.services, input);
      const previous = ctx.auth.status === 'none' ? undefined : ctx.auth.session;
      const sameIdentity =
        previous !== undefined &&
        previous.accountUuid === session.accountUuid &&
        previous.userUuid === session.userUuid;
      if (previous) {
        await sessions.end(previous.idHash, 'replaced');
        await sessions.forget(previous.idHash);
      }
      ctx.setSessionCookie(token);
      return { session: toSessionInfo(session, sessions.limits, now()), sameIdentity };
    }),

  /** Ends the session here and upstream, and closes its WebSockets. */
  signOut: publicProcedure.meta({ api: 'LogOut' }).mutation(async ({ ctx }) => {
    if (ctx.auth.status !== 'none')
      await ctx.services.sessions.end(ctx.auth.session.idHash, 'signedOut');
    ctx.setSessionCookie(null);
    return { signedOut: true as const };
  }),

  /** Changes the signed-in account's or user's password (UpdateAccount / UpdateUser). */
  changePassword: authedProcedure
    .meta({ api: 'UpdateAccount|UpdateUser' })
    .input(changePasswordInput)
    .mutation(async ({ ctx, input }) => {
      const { session, zs } = ctx;
      const { version } = await zs.capabilities();
      // UpdateAccount/UpdateUser check oldPassword from 3.6.0 (APIUpdateAccountMsg.oldPassword).
      const hasOldPassword = isAtLeast(version, '3.6.0');
      const params = {
        password: hashPassword(input.newPassword),
        ...(hasOldPassword ? { oldPassword: hashPassword(input.currentPassword) } : {}),
      };
      if (session.loginKind === 'account') {
        await zs.call('UpdateAccount', { uuid: session.accountUuid, ...params });
        await ctx.services.sessions.passwordChanged(session.accountUuid);
      } else {
        await zs.call('UpdateUser', { uuid: session.userUuid, ...params });
      }
      return { changed: true as const };
    }),
});
