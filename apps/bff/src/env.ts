import { join } from 'node:path';
import { z } from 'zod';
import { parseHostRewrite } from './relays/hostRewrite.ts';

const bool = z
  .enum(['1', '0', 'true', 'false', ''])
  .optional()
  .transform((v) => v === '1' || v === 'true');

const optionalUrl = z.preprocess((v) => (v === '' ? undefined : v), z.url().optional());

/**
 * Every setting of the BFF, from the process environment (documented in apps/bff/README.md and
 * the root README's configuration table). Parsed once by {@link loadEnv}; a bad value stops the
 * start with a message naming the variable.
 */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    /** A real management node, with its context path (`http://10.0.0.5:8080/zstack`). Unset: the embedded simulator. */
    ZSTACK_URL: optionalUrl,
    ZDASH_SIM_SEED: z
      .string()
      .regex(/^(demo|scale:[1-9]\d*|none)$/, 'demo, scale:N or none')
      .default('demo'),
    ZDASH_SIM_VERSION: z
      .string()
      .regex(/^\d+(\.\d+){1,3}$/)
      .optional(),
    ZDASH_SIM_TIME_SCALE: z.coerce.number().positive().finite().default(1),
    /** Serves the simulator's control API (tests and demos only). */
    ZDASH_SIM_CONTROL: bool,
    /** Where the BFF keeps zdash.db, sim.db, sim.json (created 0700); default `data/` where npm was run. */
    ZDASH_DATA_DIR: z.string().min(1).optional(),
    /** Unset: SQLite in the data directory. `postgres://…` for several replicas (then ZSTACK_URL is required). */
    DATABASE_URL: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z
        .string()
        .regex(/^(postgres(ql)?:\/\/|sqlite:)/, 'postgres://… or sqlite:<file>')
        .optional(),
    ),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    /** Loopback by default: put a TLS reverse proxy in front, or set 0.0.0.0 deliberately. */
    HOST: z.string().min(1).default('127.0.0.1'),
    /** The origin browsers use (`https://zdash.example.com`); enables Secure `__Host-` cookies when https. */
    PUBLIC_ORIGIN: optionalUrl,
    /** Base URL ZStack calls back for job results (later issue). */
    ZDASH_WEBHOOK_BASE_URL: optionalUrl,
    ZDASH_IDLE_TIMEOUT_MIN: z.coerce
      .number()
      .positive()
      .max(24 * 60)
      .default(30),
    ZDASH_ABSOLUTE_TIMEOUT_H: z.coerce
      .number()
      .positive()
      .max(24 * 7)
      .default(8),
    /** Where the BFF dials console proxies behind NAT: `10.0.0.5=127.0.0.1,*=mn.internal` (as consoleProxyOverriddenIp). */
    ZDASH_CONSOLE_HOST_REWRITE: z
      .string()
      .optional()
      .refine(
        (v) => {
          try {
            parseHostRewrite(v);
            return true;
          } catch {
            return false;
          }
        },
        { message: 'comma-separated from=to pairs (from may be *)' },
      ),
    /** The built web app; default apps/web/dist. */
    ZDASH_WEB_DIST: z.string().optional(),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
  })
  .superRefine((env, ctx) => {
    if (env.DATABASE_URL?.startsWith('postgres') && !env.ZSTACK_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['ZSTACK_URL'],
        message:
          'required with a PostgreSQL DATABASE_URL: several replicas cannot share the embedded simulator',
      });
    }
  });

/** The parsed environment. */
export type Env = z.infer<typeof envSchema> & { ZDASH_DATA_DIR: string };

/** Parses the environment or throws one readable error naming every bad variable. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (parsed.success) {
    // `npm start` at the root runs the workspace script in apps/bff; INIT_CWD is where npm was run.
    const dataDir = parsed.data.ZDASH_DATA_DIR ?? join(source.INIT_CWD ?? process.cwd(), 'data');
    return { ...parsed.data, ZDASH_DATA_DIR: dataDir };
  }
  const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
  throw new Error(`Invalid environment:\n${lines.join('\n')}`);
}
