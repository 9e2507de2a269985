import { en, type MessageKey } from './en.ts';

/** The UI languages, as stored in preferences. */
export type Language = 'en' | 'zh-CN';

/** One language's messages. */
export type Catalogue = Record<MessageKey, string>;

/**
 * The catalogues loaded so far: English always (it is the fallback and the source of every key),
 * the others once {@link loadCatalogue} has fetched them (each is its own lazy chunk, so a page
 * only downloads the language it shows).
 */
export const catalogues: { en: Catalogue } & Partial<Record<Language, Catalogue>> = { en };

const loaders: Record<Exclude<Language, 'en'>, () => Promise<Catalogue>> = {
  'zh-CN': () => import('./zhCN.ts').then((m) => m.zhCN),
};
const loading = new Map<Language, Promise<void>>();

/** True when a language's catalogue is loaded (English always is). */
export function isCatalogueLoaded(language: Language): boolean {
  return catalogues[language] !== undefined;
}

/** Loads a language's catalogue (once; later calls share the first load). */
export function loadCatalogue(language: Language): Promise<void> {
  if (language === 'en' || isCatalogueLoaded(language)) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = loaders[language]().then(
      (catalogue) => {
        catalogues[language] = catalogue;
      },
      (error: unknown) => {
        loading.delete(language);
        throw error;
      },
    );
    loading.set(language, pending);
  }
  return pending;
}

/** Parameters of a message: `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

/**
 * Looks a key up and fills its `{name}` placeholders; an unknown placeholder stays visible. A
 * language whose catalogue is not loaded yet reads English.
 */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const text = (catalogues[language] ?? en)[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** True when a string is a known message key (for codes coming from the server). */
export function isMessageKey(key: string): key is MessageKey {
  return key in en;
}
