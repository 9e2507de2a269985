import { type DestinationStream, type Logger, pino } from 'pino';
import { redactText, redactValue } from './redact.ts';

/** The BFF's logger type. */
export type BffLogger = Logger;

/**
 * A structured JSON logger (pino) that removes secrets from every record and message before it is
 * written (see {@link redactValue}). `destination` lets tests capture the lines.
 */
export function createLogger(
  options: { level?: string; destination?: DestinationStream } = {},
): BffLogger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: 'zdash-bff' },
      // Serializers run on the merged object; redacting there covers nested values and errors too.
      formatters: { log: (object) => redactValue(object) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          const redacted = args.map((a) => (typeof a === 'string' ? redactText(a) : a));
          method.apply(this, redacted as Parameters<typeof method>);
        },
      },
    },
    options.destination,
  );
}
