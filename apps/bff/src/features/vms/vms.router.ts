import { vmListInput } from '@zdash/schemas';
import { router } from '../../trpc/init.ts';
import { authedProcedure } from '../../trpc/procedures.ts';
import { listVms } from './vmList.ts';

/** Virtual machines, read with the person's own ZStack session. */
export const vmsRouter = router({
  /**
   * A page of VMs, filtered and sorted by the node. Not `meta.background`: opening or paging the
   * list is activity; the page's polling marks its own requests background
   * (`x-zdash-background: 1`), so refreshes leave the idle clock alone.
   */
  list: authedProcedure.input(vmListInput).query(({ ctx, input }) => listVms(ctx.zs, input)),
});
