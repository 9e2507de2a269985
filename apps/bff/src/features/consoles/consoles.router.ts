import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { router } from '../../trpc/init.ts';
import { authedProcedure } from '../../trpc/procedures.ts';

/**
 * VM consoles (issue F §2). `open` asks ZStack for console access with the person's own session
 * and returns a single-use ticket for `/console` (≤ 30 s, bound to this browser session, the VM and
 * the page's Origin). Every reconnect and a detached tab call it again. A refusal of the node
 * (agent disconnected, VM state) is a TRPCError carrying ZStack's code.
 */
export const consolesRouter = router({
  open: authedProcedure
    .meta({ api: 'RequestConsoleAccess' })
    .input(z.object({ vmUuid: z.string().regex(/^[0-9a-f]{32}$/) }))
    .mutation(async ({ ctx, input }) => {
      let origin: string | null = null;
      try {
        origin = ctx.origin ? new URL(ctx.origin).origin : null;
      } catch {}
      if (!origin) {
        // The WebSocket needs the same Origin; a call without one could never use its ticket.
        throw new TRPCError({ code: 'BAD_REQUEST', message: 'Open consoles from the web page.' });
      }
      const inventory = await ctx.services.consoles.requestAccess(ctx.zs, input.vmUuid);
      return ctx.services.consoles.issue(ctx.session, input.vmUuid, origin, inventory);
    }),
});
