import { apiTimeoutsRouter } from '../features/apiTimeouts/apiTimeouts.router.ts';
import { auditLogRouter } from '../features/auditLog/auditLog.router.ts';
import { authRouter } from '../features/auth/auth.router.ts';
import { consolesRouter } from '../features/consoles/consoles.router.ts';
import { dashboardRouter } from '../features/dashboard/dashboard.router.ts';
import { jobsRouter } from '../features/jobs/jobs.router.ts';
import { preferencesRouter } from '../features/preferences/preferences.router.ts';
import { systemRouter } from '../features/system/system.router.ts';
import { vmsRouter } from '../features/vms/vms.router.ts';
import { createCallerFactory, router } from './init.ts';

/** Every feature router, by the noun the web app's feature folders use. */
export const appRouter = router({
  apiTimeouts: apiTimeoutsRouter,
  auth: authRouter,
  auditLog: auditLogRouter,
  consoles: consolesRouter,
  dashboard: dashboardRouter,
  jobs: jobsRouter,
  preferences: preferencesRouter,
  system: systemRouter,
  vms: vmsRouter,
});

/** The router's type: the only thing apps/web imports from the BFF (`import type`). */
export type AppRouter = typeof appRouter;

/** Server-side callers for tests: `createCaller(await createContextInner({ zstack, db }))`. */
export const createCaller = createCallerFactory(appRouter);
