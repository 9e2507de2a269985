/**
 * When to look at a running job again. The job centre promises to see a completion within
 * max(1 s, 10 % of the job's elapsed time): waiting elapsed/10 after a poll at `t` means a job
 * that finished after `t` is seen within t/10 < 10 % of its duration, with ~10.5·ln(T/(10·floor))
 * polls after the first 10·floor over a job of T. The floor trades short jobs' lag for upstream
 * load (2 s: ~0.17 polls/s over 30–300 s jobs, where a 1 s floor costs ~0.22); the ceiling bounds
 * the polls of very long jobs. In webhook mode the follower polls only on a callback (one
 * confirming GET) or after `webhookFallbackMs` without one.
 *
 * @see ../../README.md#the-job-centre
 */
export interface PollSchedule {
  /** The shortest wait, ms (real). */
  floorMs: number;
  /** The longest wait, ms (real). */
  ceilMs: number;
  /** Webhook mode: the wait for a callback before polling anyway, ms (default 15 min). */
  webhookFallbackMs?: number;
}

/** Defaults: 2 s floor, 5 min ceiling (for a 3 h AddImage: ~70 polls instead of 2160 at 5 s). */
export const defaultPollSchedule: PollSchedule = {
  floorMs: 2000,
  ceilMs: 300_000,
  webhookFallbackMs: 900_000,
};

/** The wait before the next poll of a job that has run for `elapsedMs`. */
export function nextPollDelay(elapsedMs: number, schedule: PollSchedule): number {
  return Math.min(schedule.ceilMs, Math.max(schedule.floorMs, elapsedMs / 10));
}

/** A schedule scaled by a time scale (simulators that run time faster; tests and bench). */
export function scaledSchedule(schedule: PollSchedule, timeScale: number): PollSchedule {
  return {
    floorMs: schedule.floorMs * timeScale,
    ceilMs: schedule.ceilMs * timeScale,
    webhookFallbackMs: (schedule.webhookFallbackMs ?? 900_000) * timeScale,
  };
}
