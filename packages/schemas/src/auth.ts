import { z } from 'zod';

const name = z.string().trim().min(1, 'Required').max(255);
/** Plaintext as typed; the BFF hashes it for ZStack and never stores it. */
const password = z.string().min(1, 'Required').max(255);

/**
 * Sign-in form: an account (LogInByAccount) or an IAM user of an account (LogInByUser).
 *
 * @example
 * signInInput.parse({ kind: 'account', accountName: 'admin', password: 'password' });
 */
export const signInInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('account'), accountName: name, password }),
  z.object({ kind: z.literal('user'), accountName: name, userName: name, password }),
]);
/** The type of {@link signInInput}. */
export type SignInInput = z.infer<typeof signInInput>;

/** Change-password form of the signed-in account or user (UpdateAccount / UpdateUser). */
export const changePasswordInput = z
  .object({
    currentPassword: password,
    newPassword: z.string().min(6, 'At least 6 characters').max(255),
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ['newPassword'],
    message: 'The new password must differ from the current one',
  });
/** The type of {@link changePasswordInput}. */
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;
