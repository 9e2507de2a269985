import { Box } from '@mui/material';
import { useEffect, useRef } from 'react';
import type { ConsoleSession } from './consoleSession.ts';

/** Props of {@link VncConsole}. */
export interface VncConsoleProps {
  session: ConsoleSession;
  testId?: string;
}

/**
 * The element noVNC draws into: connects the session on mount and disconnects it on unmount, and
 * nothing else (house-style §7; cockpit-machines `VncConsole.tsx`).
 */
export function VncConsole(props: VncConsoleProps) {
  const { session, testId } = props;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const target = ref.current;
    if (!target) return;
    session.connect(target);
    return () => session.disconnect();
  }, [session]);
  return (
    <Box
      ref={ref}
      data-testid={testId}
      sx={{ flex: 1, minHeight: 0, bgcolor: '#000', overflow: 'hidden', position: 'relative' }}
    />
  );
}
