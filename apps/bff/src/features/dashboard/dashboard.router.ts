import { router } from '../../trpc/init.ts';
import { authedProcedure } from '../../trpc/procedures.ts';
import { loadDashboardSummary } from './dashboardSummary.ts';

/** The landing page's figures and alerts. */
export const dashboardRouter = router({
  /** Polled by the page: background, so it does not keep the session from going idle. */
  summary: authedProcedure
    .meta({ background: true })
    .query(({ ctx }) =>
      loadDashboardSummary(ctx.zs, ctx.services.audit, ctx.session, ctx.services.now()),
    ),
});
