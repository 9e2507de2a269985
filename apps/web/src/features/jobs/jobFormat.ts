import type { MessageKey } from '../../lib/i18n/en.ts';
import type { RouterOutputs } from '../../lib/trpc.ts';

/** A job as the job centre's procedures return it. */
export type JobView = RouterOutputs['jobs']['list']['items'][number];
/** One of the job states. */
export type JobState = JobView['state'];

/** Every state, in the order the filters list them. */
export const jobStates: readonly JobState[] = [
  'sending',
  'running',
  'succeeded',
  'failed',
  'stopped-waiting',
  'outcome-unknown',
];

/** True while zdash is still following the job. */
export function isActive(state: JobState): boolean {
  return state === 'sending' || state === 'running';
}

/** The chip colour of a state: only `failed` is an error (a timeout never is). */
export function stateColor(state: JobState): 'default' | 'info' | 'success' | 'error' | 'warning' {
  if (state === 'succeeded') return 'success';
  if (state === 'failed') return 'error';
  if (isActive(state)) return 'info';
  return 'warning';
}

/** The message key of a state. */
export function stateLabel(state: JobState): MessageKey {
  return `jobs.state.${state}` as MessageKey;
}

/** Words ZStack's API names write in camel case that people write in capitals. */
const acronyms = new Set(['vm', 'ip', 'dns', 'eip', 'vip', 'kvm', 'nfs', 'sftp', 'gc', 'iso']);

/** "StopVmInstance" → "Stop VM instance": an API name in words. */
export function apiInWords(api: string): string {
  const words = api
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(' ');
  return words
    .map((w, i) => {
      if (acronyms.has(w.toLowerCase()) || (/^[A-Z0-9]+$/.test(w) && w.length > 1)) {
        return w.toUpperCase();
      }
      return i === 0 ? w : w.toLowerCase();
    })
    .join(' ');
}

/** A duration as people read it: 850 ms, 12 s, 3 min 5 s, 2 h 10 min. */
export function formatElapsed(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))} ms`;
  const s = Math.floor(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return s % 60 ? `${m} min ${s % 60} s` : `${m} min`;
  const h = Math.floor(m / 60);
  return m % 60 ? `${h} h ${m % 60} min` : `${h} h`;
}

/** How long a job ran (or has been running, against `now`). */
export function elapsedOf(job: Pick<JobView, 'startedAt' | 'finishedAt'>, now: number): number {
  return (job.finishedAt?.getTime() ?? now) - job.startedAt.getTime();
}

/** `account` or `account/user` of a session, as jobs name their actor. */
export function actorOf(session: { accountName: string; userName: string | null }): string {
  return session.userName ? `${session.accountName}/${session.userName}` : session.accountName;
}
