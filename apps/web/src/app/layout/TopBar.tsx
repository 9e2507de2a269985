import MenuIcon from '@mui/icons-material/Menu';
import { AppBar, Box, IconButton, Toolbar, Typography } from '@mui/material';
import { testIds } from '@zdash/test-ids';
import { JobsDrawerButton } from '../../features/jobs/JobsDrawerButton.tsx';
import { useI18n } from '../../lib/i18n/I18nProvider.tsx';
import { LanguageMenu } from './LanguageMenu.tsx';
import { ThemeMenu } from './ThemeMenu.tsx';
import { UserMenu } from './UserMenu.tsx';

/** Props of {@link TopBar}. */
export interface TopBarProps {
  onOpenNav(): void;
  onChangePassword(): void;
}

/** The app bar: product name, the task drawer, language, theme and the account menu. */
export function TopBar(props: TopBarProps) {
  const { t } = useI18n();
  return (
    <AppBar
      position="fixed"
      color="default"
      data-testid={testIds.shell.appBar}
      sx={{
        zIndex: (theme) => theme.zIndex.drawer + 1,
        borderBottom: 1,
        borderColor: 'divider',
        bgcolor: 'background.paper',
      }}
    >
      <Toolbar>
        <IconButton
          edge="start"
          aria-label={t('shell.openMenu')}
          onClick={props.onOpenNav}
          sx={{ mr: 1, display: { md: 'none' } }}
        >
          <MenuIcon />
        </IconButton>
        <Typography variant="h6" component="div" sx={{ color: 'primary.main', mr: 1 }}>
          {t('app.name')}
        </Typography>
        <Typography
          variant="body2"
          color="textSecondary"
          sx={{ display: { xs: 'none', sm: 'block' } }}
        >
          {t('app.tagline')}
        </Typography>
        <Box sx={{ flexGrow: 1 }} />
        <JobsDrawerButton />
        <LanguageMenu />
        <ThemeMenu />
        <UserMenu onChangePassword={props.onChangePassword} />
      </Toolbar>
    </AppBar>
  );
}
