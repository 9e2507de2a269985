import { findApi } from '@zdash/zstack-api';
import { shellQuote, withoutSecrets } from './secrets.ts';

/** A query condition as the client takes it. */
interface Condition {
  name: string;
  op: string;
  value?: unknown;
}

function cliValue(value: unknown): string {
  if (Array.isArray(value)) {
    // zstack-cli splits lists on commas; a list of objects only travels as JSON.
    return value.every((v) => v === null || typeof v !== 'object')
      ? value.map(String).join(',')
      : JSON.stringify(value);
  }
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

const cliOps: Record<string, string> = {
  in: '?=',
  'not in': '!?=',
  'is null': '=null',
  'not null': '!=null',
};

function conditionWord(c: Condition): string {
  const value = Array.isArray(c.value) ? c.value.join(',') : c.value;
  // zstack-cli's own spellings: `?=` in, `!?=` not in, `=null` / `!=null`.
  const op = cliOps[c.op] ?? c.op;
  if (c.op === 'is null' || c.op === 'not null') return `${c.name}${op}`;
  return value === undefined ? `${c.name}${op}` : `${c.name}${op}${String(value)}`;
}

/**
 * A zstack-cli line for an API call: `StartVmInstance uuid=…`. Lists are comma lists, maps JSON
 * (`networkServices='{"…":["DHCP"]}'`), words with spaces or shell characters single-quoted, and
 * secrets (passwords, userdata, their system tags) placeholders. For Query APIs, `conditions`
 * (`[{name, op, value}]`) become `name<op>value` words as zstack-cli reads them.
 *
 * @see https://github.com/zstackio/zstack-utility/blob/master/zstackcli/zstackcli/cli.py
 * @example
 * toZStackCli('StartVmInstance', { uuid: 'ab12…' }) // 'StartVmInstance uuid=ab12…'
 */
export function toZStackCli(apiName: string, params: Readonly<Record<string, unknown>>): string {
  const name = findApi(apiName)?.name ?? apiName;
  const words: string[] = [name];
  const clean = withoutSecrets(params);
  const { conditions, ...rest } = clean as { conditions?: Condition[] } & Record<string, unknown>;
  for (const c of conditions ?? []) words.push(shellQuote(conditionWord(c)));
  for (const [key, value] of Object.entries(rest)) {
    if (value === undefined || value === null) continue;
    words.push(shellQuote(`${key}=${cliValue(value)}`));
  }
  return words.join(' ');
}
