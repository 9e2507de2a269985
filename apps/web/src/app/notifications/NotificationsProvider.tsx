import { Alert } from '@mui/material';
import { testIds } from '@zdash/test-ids';
import {
  createContext,
  lazy,
  type ReactNode,
  Suspense,
  useCallback,
  useContext,
  useMemo,
  useState,
} from 'react';

// The snackbar (with its transition and click-away listener) loads with the first message, not
// with the sign-in route.
const Snackbar = lazy(() => import('@mui/material/Snackbar'));

/** Severity of a notification. */
export type NotificationSeverity = 'success' | 'info' | 'warning' | 'error';

/** Options of {@link Notifications.show} (toolpad's `useNotifications` shape). */
export interface ShowNotificationOptions {
  severity?: NotificationSeverity;
  /** Milliseconds; `null` keeps it until closed. */
  autoHideDuration?: number | null;
}

/** What {@link useNotifications} gives. */
export interface Notifications {
  show(message: string, options?: ShowNotificationOptions): string;
  close(key: string): void;
}

interface Entry extends ShowNotificationOptions {
  key: string;
  message: string;
}

const NotificationsContext = createContext<Notifications | null>(null);
let counter = 0;

/** Props of {@link NotificationsProvider}. */
export interface NotificationsProviderProps {
  children: ReactNode;
}

/** One snackbar queue for the whole app; the oldest message shows first. */
export function NotificationsProvider(props: NotificationsProviderProps) {
  const [queue, setQueue] = useState<Entry[]>([]);
  const show = useCallback((message: string, options: ShowNotificationOptions = {}) => {
    counter += 1;
    const key = `n${counter}`;
    setQueue((q) => [...q, { key, message, ...options }]);
    return key;
  }, []);
  const close = useCallback((key: string) => setQueue((q) => q.filter((e) => e.key !== key)), []);
  const value = useMemo(() => ({ show, close }), [show, close]);
  const current = queue[0];
  const hide =
    current?.autoHideDuration === undefined
      ? current?.severity === 'error'
        ? 10_000
        : 5_000
      : current.autoHideDuration;
  return (
    <NotificationsContext value={value}>
      {props.children}
      {current && (
        <Suspense fallback={null}>
          <Snackbar
            key={current.key}
            open
            autoHideDuration={hide}
            onClose={(_event, reason) => reason !== 'clickaway' && close(current.key)}
            anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
          >
            <Alert
              data-testid={testIds.notification}
              severity={current.severity ?? 'info'}
              variant="filled"
              onClose={() => close(current.key)}
              sx={{ maxWidth: 640 }}
            >
              {current.message}
            </Alert>
          </Snackbar>
        </Suspense>
      )}
    </NotificationsContext>
  );
}

/** The app's notifications: `useNotifications().show(text, { severity: 'error' })`. */
export function useNotifications(): Notifications {
  const value = useContext(NotificationsContext);
  if (!value) throw new Error('useNotifications needs a NotificationsProvider');
  return value;
}
