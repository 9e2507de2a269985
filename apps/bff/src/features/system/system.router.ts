import { router } from '../../trpc/init.ts';
import { publicProcedure } from '../../trpc/procedures.ts';

/** What the sign-in page may know before anyone signs in. */
export const systemRouter = router({
  info: publicProcedure.meta({ background: true }).query(async ({ ctx }) => {
    const { zstack, backend } = ctx.services;
    const version = await zstack.capabilities({ timeoutMs: 5000 }).then(
      (c) => c.version,
      () => null,
    );
    return { backend, zstackVersion: version };
  }),
});
