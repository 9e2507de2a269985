import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { testIds } from '@zdash/test-ids';
import { describe, expect, it } from 'vitest';
import { sessionInfo } from '../../test/fixtures.ts';
import { renderApp } from '../../test/renderWithProviders.tsx';

const id = '0b6f5c1e-8a51-4c0e-9f43-2d7e1a9b3c44';

function job(overrides: Record<string, unknown>) {
  const startedAt = new Date(Date.UTC(2026, 10, 25, 12, 0, 0));
  return {
    id,
    owner: { accountUuid: 'a', accountName: 'admin', userUuid: null, userName: null },
    actor: 'admin',
    api: 'StartVmInstance',
    target: 'web-01',
    params: { uuid: 'f00d' },
    parentId: null,
    parentKind: null,
    transport: 'rest',
    zstackJobUuid: 'z1',
    apiTimeoutSec: null,
    startedAt,
    deadlineAt: new Date(startedAt.getTime() + 31 * 60_000),
    state: 'succeeded',
    outcome: null,
    progress: null,
    finishedAt: new Date(startedAt.getTime() + 4000),
    updatedAt: startedAt,
    affects: ['jobs', 'vms'],
    zstackCli: 'StartVmInstance uuid=f00d',
    curl: 'curl … $ZSTACK_SESSION',
    retryable: false,
    durationMs: 4000,
    ...overrides,
  };
}

function render(
  detail: ReturnType<typeof job>,
  extra: Record<string, (i: unknown) => unknown> = {},
) {
  return renderApp({
    path: `/jobs/${id}`,
    handlers: {
      'auth.session': () => sessionInfo(),
      'preferences.get': () => ({ theme: 'light', language: 'en', listStates: {} }),
      'jobs.list': () => ({ items: [], total: 0 }),
      'jobs.get': () => detail,
      ...extra,
    },
  });
}

describe('JobPage', () => {
  it('shows the error with its cause chain and retries a failed idempotent call', async () => {
    const user = userEvent.setup();
    const cause = { code: 'HOST.1001', description: 'Host is down', details: null, causes: [] };
    const error = {
      code: 'SYS.1006',
      description: 'Operation failed',
      details: 'x',
      causes: [cause],
    };
    const { calls } = render(job({ state: 'failed', outcome: { error }, retryable: true }), {
      'jobs.retry': () => job({ id: '1b6f5c1e-8a51-4c0e-9f43-2d7e1a9b3c44', state: 'running' }),
    });
    const shown = await screen.findByTestId(testIds.jobs.jobError);
    expect(shown.textContent).toContain('SYS.1006');
    expect(shown.textContent).toContain('HOST.1001 Host is down');
    expect(screen.getByTestId(testIds.jobs.zstackCli).textContent).toBe(
      'StartVmInstance uuid=f00d',
    );
    expect(screen.queryByTestId(testIds.jobs.resume)).toBeNull();
    await user.click(screen.getByTestId(testIds.jobs.retry));
    await waitFor(() => expect(calls.some((c) => c.path === 'jobs.retry')).toBe(true));
    expect(calls.find((c) => c.path === 'jobs.retry')?.input).toEqual({ id });
  });

  it('explains an unknown outcome in plain words and is no failure', async () => {
    render(job({ state: 'outcome-unknown', finishedAt: null }));
    const explain = await screen.findByTestId(testIds.jobs.jobExplain);
    expect(explain.textContent).toContain('zdash lost track of the result; check the resource');
    expect(screen.getByTestId(testIds.jobs.jobState).getAttribute('data-state')).toBe(
      'outcome-unknown',
    );
    expect(screen.queryByTestId(testIds.jobs.jobError)).toBeNull();
  });

  it('offers Resume when zdash stopped waiting', async () => {
    render(job({ state: 'stopped-waiting', finishedAt: null }));
    expect(await screen.findByTestId(testIds.jobs.resume)).toBeTruthy();
    expect(screen.getByTestId(testIds.jobs.jobExplain).textContent).toContain('stopped waiting');
  });
});
