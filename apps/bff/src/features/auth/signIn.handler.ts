import { TRPCError } from '@trpc/server';
import type { SignInInput } from '@zdash/schemas';
import { ZStackError } from '@zdash/zstack-client';
import { throttleKey } from '../../auth/loginThrottle.ts';
import type { StoredSession } from '../../db/sessionsRepo.ts';
import type { BffServices } from '../../services.ts';
import { AuthRequired } from '../../trpc/authRequired.ts';

/** The one message for every wrong name or password: no hint which one was wrong. */
export const badCredentialsMessage = 'Invalid account name, user name or password.';

/**
 * Throttled sign-in: a locked account name is refused before anything is sent upstream; ID.1000
 * counts as a failure and becomes the generic message.
 */
export async function throttledSignIn(
  services: BffServices,
  input: SignInInput,
): Promise<{ token: string; session: StoredSession }> {
  const key = throttleKey(input.accountName, input.kind === 'user' ? input.userName : undefined);
  const wait = services.throttle.retryAfter(key, services.now());
  if (wait > 0) {
    throw new TRPCError({
      code: 'TOO_MANY_REQUESTS',
      message: `Too many failed sign-ins. Try again in ${Math.ceil(wait / 1000)} s.`,
      cause: new AuthRequired('signIn', 'throttled'),
    });
  }
  try {
    const result = await services.sessions.signIn(input);
    services.throttle.succeed(key);
    return result;
  } catch (error) {
    if (error instanceof ZStackError && error.code === 'ID.1000') {
      services.throttle.fail(key, services.now());
      throw new TRPCError({
        code: 'UNAUTHORIZED',
        message: badCredentialsMessage,
        cause: new AuthRequired('signIn', 'badCredentials'),
      });
    }
    throw error;
  }
}
