import AccountCircleOutlined from '@mui/icons-material/AccountCircleOutlined';
import KeyOutlined from '@mui/icons-material/KeyOutlined';
import LogoutOutlined from '@mui/icons-material/LogoutOutlined';
import {
  Divider,
  IconButton,
  ListItemIcon,
  Menu,
  MenuItem,
  Tooltip,
  Typography,
} from '@mui/material';
import { testIds } from '@zdash/test-ids';
import { useState } from 'react';
import { useSession } from '../../features/auth/useSession.ts';
import { useSignOut } from '../../features/auth/useSignOut.ts';
import { useI18n } from '../../lib/i18n/I18nProvider.tsx';

/** Props of {@link UserMenu}. */
export interface UserMenuProps {
  onChangePassword(): void;
}

/** Who is signed in, change password, sign out. */
export function UserMenu(props: UserMenuProps) {
  const { t } = useI18n();
  const session = useSession();
  const signOut = useSignOut();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const info = session.data;
  const name = info
    ? info.userName
      ? `${info.accountName}/${info.userName}`
      : info.accountName
    : '';
  return (
    <>
      <Tooltip title={t('shell.userMenu')}>
        <IconButton
          aria-label={t('shell.userMenu')}
          data-testid={testIds.shell.userMenu}
          onClick={(e) => setAnchor(e.currentTarget)}
        >
          <AccountCircleOutlined />
        </IconButton>
      </Tooltip>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <Typography variant="body2" color="textSecondary" sx={{ px: 2, py: 1 }}>
          {t('shell.signedInAs', { name })}
        </Typography>
        <Divider />
        <MenuItem
          data-testid={testIds.shell.changePassword}
          onClick={() => {
            setAnchor(null);
            props.onChangePassword();
          }}
        >
          <ListItemIcon>
            <KeyOutlined fontSize="small" />
          </ListItemIcon>
          {t('shell.changePassword')}
        </MenuItem>
        <MenuItem
          data-testid={testIds.shell.signOut}
          disabled={signOut.isPending}
          onClick={() => {
            setAnchor(null);
            signOut.mutate();
          }}
        >
          <ListItemIcon>
            <LogoutOutlined fontSize="small" />
          </ListItemIcon>
          {t('shell.signOut')}
        </MenuItem>
      </Menu>
    </>
  );
}
