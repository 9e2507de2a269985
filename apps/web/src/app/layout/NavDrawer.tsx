import {
  Box,
  Drawer,
  List,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  ListSubheader,
  Toolbar,
  useMediaQuery,
} from '@mui/material';
import { useTheme } from '@mui/material/styles';
import { testIds } from '@zdash/test-ids';
import { NavLink, useLocation } from 'react-router';
import { useI18n } from '../../lib/i18n/I18nProvider.tsx';
import { type NavArea, navAreas, navGroups } from '../navigation.ts';
import { defaultNavIcon, navIcons } from './navIcons.tsx';

/** Width of the drawer in px. */
export const drawerWidth = 264;

/** Props of {@link NavDrawer}. */
export interface NavDrawerProps {
  /** Small screens: a temporary drawer opened from the app bar. */
  mobileOpen: boolean;
  onClose(): void;
}

function isActive(area: NavArea, pathname: string): boolean {
  return area.path === '/' ? pathname === '/' : pathname.startsWith(area.path);
}

function NavList(props: { onNavigate(): void }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const item = (area: NavArea) => (
    <ListItemButton
      key={area.id}
      component={NavLink}
      to={area.path}
      selected={isActive(area, pathname)}
      onClick={props.onNavigate}
      data-testid={`${testIds.shell.navItemPrefix}${area.id}`}
      sx={{ py: 0.5, borderRadius: 1, mx: 1 }}
    >
      <ListItemIcon sx={{ minWidth: 36 }}>{navIcons[area.id] ?? defaultNavIcon}</ListItemIcon>
      <ListItemText
        primary={t(area.label)}
        slotProps={{
          primary: { variant: 'body2', color: area.built ? 'textPrimary' : 'textSecondary' },
        }}
      />
    </ListItemButton>
  );
  return (
    <Box component="nav" sx={{ overflowY: 'auto', pb: 2 }}>
      <List dense>{navAreas.filter((a) => a.group === null).map(item)}</List>
      {navGroups.map((group) => (
        <List
          key={group.id}
          dense
          subheader={
            <ListSubheader disableSticky sx={{ lineHeight: '32px', bgcolor: 'transparent' }}>
              {t(group.label)}
            </ListSubheader>
          }
        >
          {navAreas.filter((a) => a.group === group.id).map(item)}
        </List>
      ))}
    </Box>
  );
}

/** The navigation drawer listing every area, built or not. */
export function NavDrawer(props: NavDrawerProps) {
  const theme = useTheme();
  // One drawer at a time, so each entry (and its test id) exists once.
  const wide = useMediaQuery(theme.breakpoints.up('md'), { noSsr: true });
  const paper = { width: drawerWidth, boxSizing: 'border-box' } as const;
  return (
    <Box
      sx={{ width: { md: drawerWidth }, flexShrink: { md: 0 } }}
      data-testid={testIds.shell.navDrawer}
    >
      {wide ? (
        <Drawer variant="permanent" open sx={{ '& .MuiDrawer-paper': paper }}>
          <Toolbar />
          <NavList onNavigate={() => {}} />
        </Drawer>
      ) : (
        <Drawer
          variant="temporary"
          open={props.mobileOpen}
          onClose={props.onClose}
          sx={{ '& .MuiDrawer-paper': paper }}
        >
          <Toolbar />
          <NavList onNavigate={props.onClose} />
        </Drawer>
      )}
    </Box>
  );
}
