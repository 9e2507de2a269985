import BrightnessAutoOutlined from '@mui/icons-material/BrightnessAutoOutlined';
import DarkModeOutlined from '@mui/icons-material/DarkModeOutlined';
import LightModeOutlined from '@mui/icons-material/LightModeOutlined';
import { IconButton, ListItemIcon, ListItemText, Menu, MenuItem, Tooltip } from '@mui/material';
import { testIds } from '@zdash/test-ids';
import { useState } from 'react';
import {
  type ThemePreference,
  usePreferences,
  useSetPreferences,
} from '../../features/preferences/usePreferences.ts';
import { useI18n } from '../../lib/i18n/I18nProvider.tsx';

const icons = {
  light: <LightModeOutlined fontSize="small" />,
  dark: <DarkModeOutlined fontSize="small" />,
  system: <BrightnessAutoOutlined fontSize="small" />,
} as const;
const themes: ThemePreference[] = ['light', 'dark', 'system'];

/** Light, dark or follow the system; saved in the person's preferences on the BFF. */
export function ThemeMenu() {
  const { t } = useI18n();
  const { theme } = usePreferences();
  const setPreferences = useSetPreferences();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Tooltip title={t('shell.theme')}>
        <IconButton
          aria-label={t('shell.theme')}
          data-testid={testIds.shell.themeMenu}
          onClick={(e) => setAnchor(e.currentTarget)}
        >
          {icons[theme]}
        </IconButton>
      </Tooltip>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {themes.map((th) => (
          <MenuItem
            key={th}
            selected={th === theme}
            data-testid={`${testIds.shell.themeOptionPrefix}${th}`}
            onClick={() => {
              setAnchor(null);
              setPreferences.mutate({ theme: th });
            }}
          >
            <ListItemIcon>{icons[th]}</ListItemIcon>
            <ListItemText>{t(`shell.theme.${th}`)}</ListItemText>
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
