import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import {
  isCatalogueLoaded,
  type Language,
  loadCatalogue,
  type MessageParams,
  translate,
} from './catalogues.ts';
import type { MessageKey } from './en.ts';

/** What {@link useI18n} gives. */
export interface I18n {
  language: Language;
  t: (key: MessageKey, params?: MessageParams) => string;
}

const I18nContext = createContext<I18n>({
  language: 'en',
  t: (key, params) => translate('en', key, params),
});

/** Props of {@link I18nProvider}. */
export interface I18nProviderProps {
  language: Language;
  children: ReactNode;
}

/**
 * Provides the language chosen in preferences (English before sign-in). A language whose
 * catalogue is still loading shows English until it arrives (main.tsx loads the browser's
 * language before the first render).
 */
export function I18nProvider(props: I18nProviderProps) {
  const { children } = props;
  const [, setLoaded] = useState(0);
  const ready = isCatalogueLoaded(props.language);
  useEffect(() => {
    if (ready) return;
    let live = true;
    loadCatalogue(props.language).then(
      () => live && setLoaded((n) => n + 1),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [props.language, ready]);
  const language = ready ? props.language : 'en';
  const value = useMemo<I18n>(
    () => ({ language, t: (key, params) => translate(language, key, params) }),
    [language],
  );
  return <I18nContext value={value}>{children}</I18nContext>;
}

/** The current language and its `t`. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
