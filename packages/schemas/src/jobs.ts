import { z } from 'zod';

/** States of a job in the job centre. */
export const jobStateSchema = z.enum([
  'sending',
  'running',
  'succeeded',
  'failed',
  'stopped-waiting',
  'outcome-unknown',
]);

const apiName = z
  .string()
  .trim()
  .regex(/^[A-Z][A-Za-z0-9]+$/, 'An API name such as StartVmInstance');

/** Filters and paging of `jobs.list` (start time bounds inclusive). */
export const jobsListInput = z
  .object({
    user: z.string().trim().max(255).optional(),
    api: apiName.optional(),
    state: jobStateSchema.optional(),
    parentId: z.uuid().optional(),
    from: z.date().optional(),
    to: z.date().optional(),
    limit: z.number().int().min(1).max(500).default(50),
    offset: z.number().int().min(0).default(0),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ['to'], message: 'Before "from"' });
/** The type of {@link jobsListInput}. */
export type JobsListInput = z.infer<typeof jobsListInput>;

/** One job by id (`jobs.get`, `jobs.retry`, `jobs.resume`). */
export const jobIdInput = z.object({ id: z.uuid() });

/** `jobs.bulkStatus`. */
export const jobsBulkStatusInput = z.object({ parentId: z.uuid() });

const params = z.record(z.string(), z.unknown());

/** `jobs.submit`: one asynchronous API call through the job centre. */
export const jobsSubmitInput = z.object({
  api: apiName,
  params,
  target: z.string().max(255).optional(),
});

/** `jobs.bulk`: the same API over many resources, one job per item under one parent id. */
export const jobsBulkInput = z.object({
  api: apiName,
  items: z
    .array(z.object({ params, target: z.string().max(255).optional() }))
    .min(1)
    .max(500),
});

/**
 * A ZStack duration: plain milliseconds, or a number with s, m, h or d ("30m", "3h"); at least
 * 5 minutes (the node's `api.timeout.minimal`).
 */
export const apiTimeoutDuration = z
  .union([z.string().trim(), z.number().int().positive()])
  .transform((v, ctx) => {
    const text = String(v);
    const m = /^(\d+(?:\.\d+)?)\s*([smhdSMHD]?)$/.exec(text);
    const unit = { '': 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
    const ms = m
      ? Math.round(Number(m[1]) * unit[(m[2] ?? '').toLowerCase() as keyof typeof unit])
      : NaN;
    if (!Number.isFinite(ms)) {
      ctx.addIssue({
        code: 'custom',
        message: 'Write a duration such as "30m", "3h" or milliseconds',
      });
      return z.NEVER;
    }
    if (ms < 300_000) {
      ctx.addIssue({
        code: 'custom',
        message: 'At least 5 minutes: ZStack refuses shorter API timeouts',
      });
      return z.NEVER;
    }
    return ms;
  });

/** `apiTimeouts.set`: an admin's timeout for one API (ms after parsing). */
export const apiTimeoutSetInput = z.object({ api: apiName, timeout: apiTimeoutDuration });

/** `apiTimeouts.clear`. */
export const apiTimeoutClearInput = z.object({ api: apiName });

/** `apiTimeouts.setNodeConfig`: the node's `apiTimeout` global config of one API (3.2+). */
export const apiTimeoutNodeConfigInput = z.object({ api: apiName, value: apiTimeoutDuration });

/** `apiTimeouts.propertiesLines`: which zstack.properties form to print. */
export const apiTimeoutPropertiesInput = z
  .object({ form: z.enum(['relatives', 'timeout']).optional() })
  .default({});
