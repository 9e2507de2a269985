import { auditLogListInput } from '@zdash/schemas';
import { router } from '../../trpc/init.ts';
import { authedProcedure } from '../../trpc/procedures.ts';

/** The audit log of mutations. An admin sees everyone's; anyone else only their account's. */
export const auditLogRouter = router({
  list: authedProcedure.input(auditLogListInput).query(({ ctx, input }) => {
    const { session } = ctx;
    return ctx.services.audit.list({
      ...(session.isAdmin ? {} : { accountUuid: session.accountUuid }),
      ...(input.user ? { actor: input.user } : {}),
      ...(input.procedure ? { procedure: input.procedure } : {}),
      ...(input.result ? { result: input.result } : {}),
      ...(input.from ? { from: input.from } : {}),
      ...(input.to ? { to: input.to } : {}),
      limit: input.limit,
      offset: input.offset,
    });
  }),
});
