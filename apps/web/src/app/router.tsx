import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireSession } from '../features/auth/RequireSession.tsx';
import { NotFoundPage } from './errors/NotFoundPage.tsx';
import { PageLoading } from './errors/PageLoading.tsx';
import { RouteErrorPage } from './errors/RouteErrorPage.tsx';
import { navAreas } from './navigation.ts';

// Every page is its own lazy chunk with its own error boundary.
const pages: RouteObject[] = [
  {
    index: true,
    ErrorBoundary: RouteErrorPage,
    lazy: () =>
      import('../features/dashboard/DashboardPage.tsx').then((m) => ({
        Component: m.DashboardPage,
      })),
  },
  {
    path: 'audit-log',
    ErrorBoundary: RouteErrorPage,
    lazy: () =>
      import('../features/audit-log/AuditLogPage.tsx').then((m) => ({ Component: m.AuditLogPage })),
  },
  {
    path: 'jobs',
    ErrorBoundary: RouteErrorPage,
    lazy: () => import('../features/jobs/JobsPage.tsx').then((m) => ({ Component: m.JobsPage })),
  },
  {
    path: 'jobs/:id',
    ErrorBoundary: RouteErrorPage,
    lazy: () => import('../features/jobs/JobPage.tsx').then((m) => ({ Component: m.JobPage })),
  },
  {
    path: 'consoles/:vmUuid',
    ErrorBoundary: RouteErrorPage,
    lazy: () =>
      import('../features/consoles/ConsolePage.tsx').then((m) => ({ Component: m.ConsolePage })),
  },
  {
    path: 'settings/api-timeouts',
    ErrorBoundary: RouteErrorPage,
    lazy: () =>
      import('../features/api-timeouts/ApiTimeoutsPage.tsx').then((m) => ({
        Component: m.ApiTimeoutsPage,
      })),
  },
  ...navAreas
    .filter((a) => !a.built)
    .map(
      (area): RouteObject => ({
        path: area.path.slice(1),
        ErrorBoundary: RouteErrorPage,
        lazy: () =>
          import('../features/coming-soon/ComingSoonPage.tsx').then((m) => ({
            element: <m.ComingSoonPage areaId={area.id} />,
          })),
      }),
    ),
  { path: '*', Component: NotFoundPage },
];

/** The route tree: the sign-in page outside the shell, everything else inside it. */
export const routes: RouteObject[] = [
  {
    path: '/sign-in',
    ErrorBoundary: RouteErrorPage,
    HydrateFallback: PageLoading,
    lazy: () =>
      import('../features/auth/SignInPage.tsx').then((m) => ({ Component: m.SignInPage })),
  },
  {
    element: <RequireSession />,
    ErrorBoundary: RouteErrorPage,
    HydrateFallback: PageLoading,
    // The signed-in layout (app bar, drawer, session dialogs) is its own chunk: the sign-in
    // route does not load it.
    children: [
      {
        lazy: () => import('./layout/AppShell.tsx').then((m) => ({ Component: m.AppShell })),
        children: pages,
      },
    ],
  },
];

/** The browser router of the app. */
export function createAppRouter() {
  return createBrowserRouter(routes);
}
