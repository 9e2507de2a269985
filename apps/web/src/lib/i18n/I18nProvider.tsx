import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { type Language, type MessageParams, translate } from './catalogues.ts';
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

/** Provides the language chosen in preferences (English before sign-in). */
export function I18nProvider(props: I18nProviderProps) {
  const { language, children } = props;
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
