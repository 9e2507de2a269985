import { en, type MessageKey } from './en.ts';
import { zhCN } from './zhCN.ts';

/** The UI languages, as stored in preferences. */
export type Language = 'en' | 'zh-CN';

/** Every catalogue by language. */
export const catalogues: Record<Language, Record<MessageKey, string>> = { en, 'zh-CN': zhCN };

/** Parameters of a message: `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

/** Looks a key up and fills its `{name}` placeholders; an unknown placeholder stays visible. */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const text = catalogues[language][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** True when a string is a known message key (for codes coming from the server). */
export function isMessageKey(key: string): key is MessageKey {
  return key in en;
}
