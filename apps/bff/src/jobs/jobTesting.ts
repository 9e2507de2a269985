import type { BffServices } from '../services.ts';
import { adminLogin, testBrowser } from '../testing/testBff.ts';
import { createCaller } from '../trpc/appRouter.ts';
import { createContextInner } from '../trpc/context.ts';
import type { Job, JobState } from './jobTypes.ts';

/** Poll schedule for tests against a simulator at time scale 0.01: a few ms between polls. */
export const fastPolls = { floorMs: 5, ceilMs: 40 };

/** Resolves with the job once it reaches one of `states` (checked now, then on every change). */
export function waitForJob(
  services: BffServices,
  id: string,
  states: readonly JobState[] = ['succeeded', 'failed', 'outcome-unknown', 'stopped-waiting'],
): Promise<Job> {
  return new Promise((resolve, reject) => {
    const onChange = (job: Job) => {
      if (job.id !== id || !states.includes(job.state)) return;
      services.jobs.events.off('change', onChange);
      resolve(job);
    };
    services.jobs.events.on('change', onChange);
    services.jobs.get(id).then((job) => onChange(job), reject);
  });
}

/** A signed-in admin browser over `services`. */
export async function adminBrowser(services: BffServices) {
  const browser = testBrowser(services);
  await (await browser.caller()).auth.signIn(adminLogin);
  return browser;
}

/** Uuids of VMs in `state`, queried with a fresh admin session of the root client. */
export async function vmUuids(
  zstack: BffServices['zstack'],
  state: string,
  limit = 1000,
): Promise<string[]> {
  const admin = zstack.withSession('pending');
  await admin.loginByAccount('admin', 'password');
  const { inventories } = await admin.query('QueryVmInstance', {
    conditions: [{ name: 'state', op: '=', value: state }],
    limit,
  });
  await admin.logout();
  return inventories.map((vm) => vm.uuid);
}

/** A router caller over `services` for an existing browser session's cookie. */
export async function callerOf(services: BffServices, token: string | null) {
  return createCaller(await createContextInner({ services, sessionToken: token }));
}

/** A promise and its resolve function. */
export function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
