import { z } from 'zod';

/** Columns `vms.list` sorts by (each a plain VmInstanceVO column ZStack can sort on). */
export const vmSortFields = [
  'name',
  'createDate',
  'state',
  'memorySize',
  'cpuNum',
  'lastOpDate',
] as const;

/** A ZStack uuid: 32 lowercase hex characters. */
const zstackUuid = z.string().regex(/^[0-9a-f]{32}$/, 'Not a ZStack uuid');

/**
 * What `nameContains` may hold: it becomes `name like %…%`. `%` and `_` are refused rather than
 * escaped (the escape character differs between MySQL and the simulator's SQLite), and so are `\`
 * and `=` (REST `q=` splits a condition at its first operator token).
 */
const nameFragment = z
  .string()
  .trim()
  .min(1)
  .max(255)
  .refine((v) => !/[%_\\=]/.test(v), { message: 'Must not contain %, _, \\ or =' });

/** Filters and paging of `vms.list`; every filter narrows (AND). */
export const vmListInput = z.object({
  limit: z.number().int().min(1).max(1000).default(50),
  start: z.number().int().min(0).default(0),
  sort: z
    .object({
      by: z.enum(vmSortFields),
      direction: z.enum(['asc', 'desc']).default('asc'),
    })
    .optional(),
  filters: z
    .object({
      /** Any of these states (ZStack's VmInstanceState names). */
      state: z
        .array(z.string().regex(/^[A-Za-z]{1,32}$/, 'Not a VM state'))
        .min(1)
        .max(20)
        .optional(),
      nameContains: nameFragment.optional(),
      l3NetworkUuid: zstackUuid.optional(),
      hostUuid: zstackUuid.optional(),
      clusterUuid: zstackUuid.optional(),
      zoneUuid: zstackUuid.optional(),
    })
    .optional(),
});
/** The type of {@link vmListInput} (as parsed). */
export type VmListInput = z.infer<typeof vmListInput>;
