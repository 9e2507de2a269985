import {
  apiTimeoutClearInput,
  apiTimeoutNodeConfigInput,
  apiTimeoutPropertiesInput,
  apiTimeoutSetInput,
} from '@zdash/schemas';
import { findApi } from '@zdash/zstack-api';
import { formatDuration } from '../../jobs/apiTimeoutPolicy.ts';
import { middleware, router, TRPCError } from '../../trpc/init.ts';
import { authedProcedure } from '../../trpc/procedures.ts';
import {
  hasNodeConfigs,
  propertiesFormOf,
  propertiesLines,
  readNodeConfigs,
  timeoutRows,
} from './apiTimeoutRules.ts';

const adminOnly = middleware(({ ctx, next }) => {
  const { session } = ctx as typeof ctx & { session?: { isAdmin: boolean } };
  if (!session?.isAdmin) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Only an admin can change API timeouts.' });
  }
  return next();
});
const adminProcedure = authedProcedure.use(adminOnly);

function asyncApi(name: string) {
  const api = findApi(name);
  if (!api?.async) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: `${name} is not an asynchronous API: sync calls always have the node's 5 minutes.`,
    });
  }
  return api;
}

/**
 * API timeouts (issue E §4): ZStack's defaults, admins' overrides (sent as X-API-Timeout, nodes
 * ≥ 3.2), the node's `apiTimeout` global configs (3.2+) and, for older nodes, the zstack.properties
 * lines.
 *
 * @see ../../../README.md#api-timeouts
 */
export const apiTimeoutsRouter = router({
  list: authedProcedure.query(async ({ ctx }) => {
    const { version } = await ctx.zs.capabilities();
    const modern = hasNodeConfigs(version);
    const configs = modern && ctx.session.isAdmin ? await readNodeConfigs(ctx.zs) : null;
    const overrides = await ctx.services.jobs.policy.overrides();
    return { zstackVersion: version, nodeConfigs: modern, items: timeoutRows(overrides, configs) };
  }),

  set: adminProcedure.input(apiTimeoutSetInput).mutation(async ({ ctx, input }) => {
    const api = asyncApi(input.api);
    const by = ctx.session.userName
      ? `${ctx.session.accountName}/${ctx.session.userName}`
      : ctx.session.accountName;
    await ctx.services.jobs.policy.set(api.name, input.timeout, by, ctx.services.now());
    return { api: api.name, timeoutMs: input.timeout, timeout: formatDuration(input.timeout) };
  }),

  clear: adminProcedure.input(apiTimeoutClearInput).mutation(async ({ ctx, input }) => ({
    api: input.api,
    cleared: await ctx.services.jobs.policy.clear(input.api),
  })),

  nodeConfigs: adminProcedure.query(async ({ ctx }) => {
    const { version } = await ctx.zs.capabilities();
    if (!hasNodeConfigs(version)) {
      throw new TRPCError({
        code: 'NOT_IMPLEMENTED',
        message: `ZStack ${version} has no apiTimeout global configs (from 3.2.0): see apiTimeouts.propertiesLines.`,
      });
    }
    return readNodeConfigs(ctx.zs);
  }),

  setNodeConfig: adminProcedure
    .meta({ api: 'UpdateGlobalConfig' })
    .input(apiTimeoutNodeConfigInput)
    .mutation(async ({ ctx, input }) => {
      const api = asyncApi(input.api);
      const { version } = await ctx.zs.capabilities();
      if (!hasNodeConfigs(version)) {
        throw new TRPCError({
          code: 'NOT_IMPLEMENTED',
          message: `ZStack ${version} reads API timeouts from zstack.properties only.`,
        });
      }
      const { inventory } = await ctx.zs.call('UpdateGlobalConfig', {
        category: 'apiTimeout',
        name: api.fqn,
        value: formatDuration(input.value),
      });
      return { api: api.name, name: api.fqn, value: String(inventory.value) };
    }),

  propertiesLines: authedProcedure
    .input(apiTimeoutPropertiesInput)
    .query(async ({ ctx, input }) => {
      const { version } = await ctx.zs.capabilities();
      const form = input.form ?? propertiesFormOf(version);
      const lines = propertiesLines(form, await ctx.services.jobs.policy.overrides());
      return { zstackVersion: version, form, lines, text: `${lines.join('\n')}\n` };
    }),
});
