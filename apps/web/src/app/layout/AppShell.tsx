import { Box, Toolbar } from '@mui/material';
import { Suspense, useState } from 'react';
import { Outlet } from 'react-router';
import { ChangePasswordDialog } from '../../features/auth/ChangePasswordDialog.tsx';
import { DefaultPasswordBanner } from '../../features/auth/DefaultPasswordBanner.tsx';
import { ReauthDialog } from '../../features/auth/ReauthDialog.tsx';
import { SessionExpiryDialog } from '../../features/auth/SessionExpiryDialog.tsx';
import { PageLoading } from '../errors/PageLoading.tsx';
import { NavDrawer } from './NavDrawer.tsx';
import { TopBar } from './TopBar.tsx';

/** The signed-in layout: app bar, drawer, the page, and the session dialogs over it. */
export function AppShell() {
  const [navOpen, setNavOpen] = useState(false);
  const [changingPassword, setChangingPassword] = useState(false);
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <TopBar
        onOpenNav={() => setNavOpen(true)}
        onChangePassword={() => setChangingPassword(true)}
      />
      <NavDrawer mobileOpen={navOpen} onClose={() => setNavOpen(false)} />
      <Box component="main" sx={{ flexGrow: 1, minWidth: 0, p: { xs: 2, md: 3 } }}>
        <Toolbar />
        <DefaultPasswordBanner onChangePassword={() => setChangingPassword(true)} />
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </Box>
      <ChangePasswordDialog open={changingPassword} onClose={() => setChangingPassword(false)} />
      <SessionExpiryDialog />
      <ReauthDialog />
    </Box>
  );
}
