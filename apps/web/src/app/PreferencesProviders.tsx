import { CssBaseline, useMediaQuery } from '@mui/material';
import { ThemeProvider } from '@mui/material/styles';
import { type ReactNode, useEffect, useMemo } from 'react';
import { usePreferences } from '../features/preferences/usePreferences.ts';
import { I18nProvider } from '../lib/i18n/I18nProvider.tsx';
import { createAppTheme } from './theme/createAppTheme.ts';

/** Props of {@link PreferencesProviders}. */
export interface PreferencesProvidersProps {
  children: ReactNode;
}

/** Language and theme from the person's preferences ("system" follows prefers-color-scheme). */
export function PreferencesProviders(props: PreferencesProvidersProps) {
  const { theme, language } = usePreferences();
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)', { noSsr: true });
  const mode = theme === 'system' ? (systemDark ? 'dark' : 'light') : theme;
  const muiTheme = useMemo(() => createAppTheme(mode), [mode]);
  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dataset.theme = mode;
  }, [language, mode]);
  return (
    <I18nProvider language={language}>
      <ThemeProvider theme={muiTheme}>
        <CssBaseline enableColorScheme />
        {props.children}
      </ThemeProvider>
    </I18nProvider>
  );
}
