import { type Preferences, preferencesSetInput } from '@zdash/schemas';
import type { StoredSession } from '../../db/sessionsRepo.ts';
import { router } from '../../trpc/init.ts';
import { authedProcedure } from '../../trpc/procedures.ts';

/** Preferences belong to a person: the account, or the user within it. */
export function preferencesOwner(session: StoredSession): string {
  return `${session.accountUuid}:${session.userUuid}`;
}

/** Theme, language and list states per person, in the BFF store. */
export const preferencesRouter = router({
  get: authedProcedure
    .meta({ background: true })
    .query(({ ctx }) => ctx.services.preferences.get(preferencesOwner(ctx.session))),

  /** Changes the given fields; `listStates.<id>: null` forgets that list's state. */
  set: authedProcedure.input(preferencesSetInput).mutation(async ({ ctx, input }) => {
    const repo = ctx.services.preferences;
    const owner = preferencesOwner(ctx.session);
    const current = await repo.get(owner);
    const listStates = { ...current.listStates };
    for (const [id, state] of Object.entries(input.listStates ?? {})) {
      if (state === null) delete listStates[id];
      else listStates[id] = state;
    }
    const next: Preferences = {
      theme: input.theme ?? current.theme,
      language: input.language ?? current.language,
      listStates,
    };
    await repo.put(owner, next, ctx.services.now());
    return next;
  }),
});
