/** What the UI should do about an UNAUTHORIZED error. */
export type AuthAction = 'signIn' | 'reauthenticate';

/**
 * The cause of an UNAUTHORIZED TRPCError raised by the BFF's session checks. The error formatter
 * exposes `action` and `reason` as `data.auth`: `reauthenticate` means "ask for the password again
 * over the current page" (same person, work kept); `signIn` means a fresh sign-in page.
 */
export class AuthRequired extends Error {
  constructor(
    readonly action: AuthAction,
    readonly reason: string,
  ) {
    super(`authentication required (${reason})`);
    this.name = 'AuthRequired';
  }
}
