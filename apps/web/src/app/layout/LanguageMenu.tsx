import TranslateIcon from '@mui/icons-material/Translate';
import { IconButton, Menu, MenuItem, Tooltip } from '@mui/material';
import { testIds } from '@zdash/test-ids';
import { useState } from 'react';
import { useSetPreferences } from '../../features/preferences/usePreferences.ts';
import type { Language } from '../../lib/i18n/catalogues.ts';
import { useI18n } from '../../lib/i18n/I18nProvider.tsx';

const languages: Language[] = ['en', 'zh-CN'];

/** Language switcher; the choice is saved in the person's preferences on the BFF. */
export function LanguageMenu() {
  const { t, language } = useI18n();
  const setPreferences = useSetPreferences();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Tooltip title={t('shell.language')}>
        <IconButton
          aria-label={t('shell.language')}
          data-testid={testIds.shell.languageMenu}
          onClick={(e) => setAnchor(e.currentTarget)}
        >
          <TranslateIcon />
        </IconButton>
      </Tooltip>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {languages.map((l) => (
          <MenuItem
            key={l}
            selected={l === language}
            lang={l}
            data-testid={`${testIds.shell.languageOptionPrefix}${l}`}
            onClick={() => {
              setAnchor(null);
              setPreferences.mutate({ language: l });
            }}
          >
            {t(`language.${l}`)}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
