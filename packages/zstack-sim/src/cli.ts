import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultSimulatedVersion } from '@zdash/zstack-api';
import { z } from 'zod';
import { nonEmptySeedError, startSimulator } from './index.ts';

/**
 * `npm run sim -- …`: runs the simulated ZStack management node until SIGTERM/SIGINT.
 * Prints one JSON line when it listens; logs JSON lines to stderr; exits 2 on bad arguments.
 */
const help = `Usage: npm run sim -- [options]

A ZStack-compatible management node (REST v1 under /zstack/v1), for zdash and its tests.

Options:
  --port <n>               TCP port; 0 picks a free one (default 8080)
  --host <addr>            address to bind (default 127.0.0.1)
  --db <file>              SQLite database, or :memory: (default ./data/sim.db)
  --seed <demo|scale:N>    seed an empty database; refused (exit 2) when it already has a cloud
  --seed-if-empty <seed>   the same, but a database with a cloud is started as it is (restarts)
  --time-scale <x>         real ms per simulated ms (default 1; tests use 0.001)
  --zstack-version <v>     ZStack version to emulate (default ${defaultSimulatedVersion})
  --control                serve the test-control API (/sim/v1) on 127.0.0.1; its URL and
                           bearer token are printed in the listening line
  --control-port <n>       port of the control API; 0 picks a free one (default 0)
  --console-port <n>       port of the console proxy (websockify + VNC); 0 picks a free one
                           (default 4900)
  --help                   show this help
`;

const seedName = z
  .string()
  .regex(/^(demo|scale:[1-9]\d*)$/, 'must be demo or scale:N (N a positive integer)');

const argsSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(8080),
  host: z.string().min(1).default('127.0.0.1'),
  db: z.string().min(1).default('./data/sim.db'),
  seed: seedName.optional(),
  'seed-if-empty': seedName.optional(),
  'time-scale': z.coerce.number().positive().finite().default(1),
  'zstack-version': z
    .string()
    .regex(/^\d+(\.\d+){1,3}$/, 'must look like 4.8.0')
    .default(defaultSimulatedVersion),
  control: z.boolean().default(false),
  'control-port': z.coerce.number().int().min(0).max(65535).default(0),
  'console-port': z.coerce.number().int().min(0).max(65535).default(4900),
});

function fail(message: string): never {
  process.stderr.write(`zstack-sim: ${message}\n\n${help}`);
  process.exit(2);
}

function readArgs() {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        db: { type: 'string' },
        seed: { type: 'string' },
        'seed-if-empty': { type: 'string' },
        'time-scale': { type: 'string' },
        'zstack-version': { type: 'string' },
        control: { type: 'boolean' },
        'control-port': { type: 'string' },
        'console-port': { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(help);
    process.exit(0);
  }
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    fail(
      parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('; '),
    );
  }
  return parsed.data;
}

/** `--seed` is strict (issue A: seeding a cloud that exists is refused); `--seed-if-empty` is not. */
function seedOptions(parsed: { seed?: string; 'seed-if-empty'?: string }) {
  if (parsed.seed && parsed['seed-if-empty']) fail('give --seed or --seed-if-empty, not both');
  if (parsed.seed) return { seed: parsed.seed, seedPolicy: 'strict' as const };
  if (parsed['seed-if-empty'])
    return { seed: parsed['seed-if-empty'], seedPolicy: 'ifEmpty' as const };
  return {};
}

const args = readArgs();
if (args.db !== ':memory:') mkdirSync(dirname(args.db), { recursive: true, mode: 0o700 });

const log = (event: string, fields: Record<string, unknown> = {}) => {
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), event, ...fields })}\n`);
};

const running = await startSimulator({
  port: args.port,
  host: args.host,
  db: args.db,
  ...seedOptions(args),
  timeScale: args['time-scale'],
  zstackVersion: args['zstack-version'],
  control: args.control,
  controlPort: args['control-port'],
  consolePort: args['console-port'],
  log,
}).catch((error: unknown) => {
  const message = String((error as Error)?.message ?? error);
  log('startFailed', { error: message });
  // A refused seed is the caller's mistake, like a bad argument: exit 2 with the reason.
  if (message.includes(nonEmptySeedError))
    fail(`--seed: ${message} (use --seed-if-empty on restarts)`);
  process.exit(1);
});

process.stdout.write(
  `${JSON.stringify({
    event: 'listening',
    url: running.url,
    port: running.port,
    zstackVersion: args['zstack-version'],
    consolePort: running.consolePort,
    ...(running.controlUrl
      ? { controlUrl: running.controlUrl, controlToken: running.controlToken }
      : {}),
  })}\n`,
);

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  log('stopping', { signal });
  running.close().then(
    () => process.exit(0),
    (error: unknown) => {
      log('closeFailed', { error: String(error) });
      process.exit(1);
    },
  );
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
