import { z } from 'zod';
import { maxDowntimeSeconds } from './control.ts';
import { errorCodePattern } from './faults.ts';
import { seedPattern } from './seed.ts';

/** Bodies of the control routes (unknown keys are refused: a typo must not pass silently). */
export const failNextInput = z.strictObject({
  api: z.string().min(1, 'name the API, e.g. StartVmInstance'),
  code: z.string().regex(errorCodePattern, 'must be a ZStack error code, e.g. SYS.1006'),
  details: z.string().optional(),
});

export const latencyInput = z.strictObject({
  api: z.string().min(1).default('*'),
  ms: z.number().finite().min(0),
});

export const timeScaleInput = z.strictObject({
  timeScale: z.number().finite().min(0),
});

const seconds = z.number().finite().min(0).max(maxDowntimeSeconds);

export const unavailableInput = z.strictObject({ seconds });

export const upgradeInput = z.strictObject({
  version: z.string().regex(/^\d+(\.\d+){1,3}$/, 'must look like 4.8.0'),
  downtimeSeconds: seconds.default(0),
});

/** Routes that take no parameters. */
export const emptyInput = z.strictObject({});
export const resetInput = emptyInput;

export const seedInput = z.strictObject({
  seed: z.string().regex(seedPattern, 'must be demo or scale:N (N a positive integer)'),
});

export const hostInput = z.strictObject({
  hostUuid: z.string().regex(/^[0-9a-f]{32}$/, 'must be a host uuid (32 hex characters)'),
});

/** One line a person can act on: `ms: Too small: expected number to be >=0`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'body'}: ${issue.message}`)
    .join('; ');
}
