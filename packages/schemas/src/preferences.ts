import { z } from 'zod';

/** Colour scheme; `system` follows the browser. */
export const themeSchema = z.enum(['light', 'dark', 'system']);
/** UI languages. */
export const languageSchema = z.enum(['en', 'zh-CN']);

/** What a list page remembers: page size, sort, filters, hidden columns. */
export const listStateSchema = z.object({
  pageSize: z.number().int().min(1).max(1000).optional(),
  sort: z.object({ by: z.string().max(64), direction: z.enum(['asc', 'desc']) }).optional(),
  filters: z.record(z.string().max(64), z.string().max(512)).optional(),
  hiddenColumns: z.array(z.string().max(64)).max(100).optional(),
});
/** The type of {@link listStateSchema}. */
export type ListState = z.infer<typeof listStateSchema>;

/** A person's preferences, keyed by list id (`vms`, `hosts` …) for list states. */
export const preferencesSchema = z.object({
  theme: themeSchema,
  language: languageSchema,
  listStates: z.record(z.string().max(64), listStateSchema),
});
/** The type of {@link preferencesSchema}. */
export type Preferences = z.infer<typeof preferencesSchema>;

/** `preferences.set`: only the given fields change; a list state replaces that list's entry. */
export const preferencesSetInput = z
  .object({
    theme: themeSchema.optional(),
    language: languageSchema.optional(),
    listStates: z.record(z.string().max(64), listStateSchema.nullable()).optional(),
  })
  .refine((v) => JSON.stringify(v).length <= 64_000, { message: 'Preferences too large' });
/** The type of {@link preferencesSetInput}. */
export type PreferencesSetInput = z.infer<typeof preferencesSetInput>;

/** Defaults for someone who never saved anything. */
export const defaultPreferences: Preferences = { theme: 'system', language: 'en', listStates: {} };
