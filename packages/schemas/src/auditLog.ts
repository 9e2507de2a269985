import { z } from 'zod';

/** Outcome of an audited mutation. */
export const auditResultSchema = z.enum(['success', 'failure']);

/** Filters and paging of `auditLog.list`; times are inclusive bounds. */
export const auditLogListInput = z
  .object({
    user: z.string().trim().max(255).optional(),
    procedure: z.string().trim().max(128).optional(),
    result: auditResultSchema.optional(),
    from: z.date().optional(),
    to: z.date().optional(),
    limit: z.number().int().min(1).max(500).default(50),
    offset: z.number().int().min(0).default(0),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ['to'], message: 'Before "from"' });
/** The type of {@link auditLogListInput} (as parsed). */
export type AuditLogListInput = z.infer<typeof auditLogListInput>;
