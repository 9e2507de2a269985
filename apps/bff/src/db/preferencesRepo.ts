import { defaultPreferences, type Preferences, preferencesSchema } from '@zdash/schemas';
import type { Db } from './database.ts';

/** Preferences per person; unknown or invalid stored data falls back to the defaults. */
export function preferencesRepo(db: Db) {
  return {
    async get(owner: string): Promise<Preferences> {
      const row = await db
        .selectFrom('preferences')
        .select('data')
        .where('owner', '=', owner)
        .executeTakeFirst();
      if (!row) return structuredClone(defaultPreferences);
      const parsed = preferencesSchema.safeParse(JSON.parse(row.data));
      return parsed.success ? parsed.data : structuredClone(defaultPreferences);
    },
    async put(owner: string, prefs: Preferences, at: number): Promise<void> {
      const data = JSON.stringify(prefs);
      await db
        .insertInto('preferences')
        .values({ owner, data, updated_at: at })
        .onConflict((oc) => oc.column('owner').doUpdateSet({ data, updated_at: at }))
        .execute();
    },
  };
}

/** The repository's type. */
export type PreferencesRepo = ReturnType<typeof preferencesRepo>;
