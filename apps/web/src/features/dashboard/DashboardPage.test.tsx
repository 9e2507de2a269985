import { screen, within } from '@testing-library/react';
import { testIds } from '@zdash/test-ids';
import { describe, expect, it, vi } from 'vitest';
import { en } from '../../lib/i18n/en.ts';
import { zhCN } from '../../lib/i18n/zhCN.ts';
import { bffError } from '../../test/fakeLink.ts';
import { dashboardSummary, sessionInfo } from '../../test/fixtures.ts';
import { renderApp } from '../../test/renderWithProviders.tsx';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function handlers(language: 'en' | 'zh-CN', summary: () => unknown = dashboardSummary) {
  return {
    'auth.session': () => sessionInfo(),
    'preferences.get': () => ({ theme: 'light', language, listStates: {} }),
    'dashboard.summary': summary,
    'system.info': () => ({ backend: 'simulator', zstackVersion: '4.8.0' }),
  };
}

describe('DashboardPage', () => {
  it('shows capacity, counts by state, alerts and the management node', async () => {
    const { calls } = renderApp({ handlers: handlers('en') });
    const hosts = await screen.findByTestId(testIds.dashboard.hostTotal);
    expect(hosts.textContent).toBe('4 hosts');
    expect(screen.getByTestId(`${testIds.dashboard.vmStatePrefix}Running`).textContent).toBe(
      'Running: 5',
    );
    expect(
      screen.getByTestId(`${testIds.dashboard.hostStatusPrefix}Disconnected`).textContent,
    ).toBe('Disconnected: 1');
    // States with no VM are left out rather than shown as zero chips.
    expect(screen.queryByTestId(`${testIds.dashboard.vmStatePrefix}Paused`)).toBeNull();
    expect(screen.getByTestId(testIds.dashboard.hostCpu).textContent).toContain(
      '24 of 64 vCPUs allocated',
    );
    expect(screen.getByTestId(testIds.dashboard.hostMemory).textContent).toContain(
      '64.0 GiB of 256 GiB',
    );
    expect(screen.getByTestId(testIds.dashboard.primaryStorage).textContent).toContain('local-ps');
    expect(screen.getByTestId(testIds.dashboard.alerts).textContent).toContain(
      'Host host-4 is disconnected',
    );
    expect(
      within(screen.getByTestId(testIds.dashboard.managementNode)).getByText('4.8.0'),
    ).toBeTruthy();
    expect(calls.find((c) => c.path === 'dashboard.summary')?.background).toBe(true);
  });

  it('renders only catalogue text in Chinese (no English string leaks)', async () => {
    const { container } = renderApp({ handlers: handlers('zh-CN') });
    expect((await screen.findByTestId(testIds.dashboard.hostTotal)).textContent).toBe('4 台物理机');
    const text = container.textContent ?? '';
    const leaks = (Object.keys(en) as (keyof typeof en)[])
      .filter((key) => en[key] !== zhCN[key] && en[key].length > 3 && !en[key].includes('{'))
      // Whole words only: server data such as "LocalStorage" is not a leak of "Storage".
      .filter((key) => new RegExp(`(^|[^A-Za-z])${escapeRegExp(en[key])}([^A-Za-z]|$)`).test(text));
    expect(leaks).toEqual([]);
  });

  it('says honestly what could not be loaded', async () => {
    const summary = {
      ...dashboardSummary(),
      capacity: null,
      errors: [{ part: 'cpuMemory', code: 'ID.1002', message: 'denied' }],
    };
    renderApp({ handlers: handlers('en', () => summary) });
    expect((await screen.findByTestId(testIds.dashboard.error)).textContent).toContain(
      'CPU and memory (ID.1002)',
    );
    expect(screen.getByTestId(testIds.dashboard.hostCpu).textContent).toContain('Not available');
  });

  it('replaces only the page with its error boundary when the summary fails', async () => {
    // React reports the caught error on the console; expected here.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    renderApp({
      handlers: handlers('en', () => {
        throw bffError('SERVICE_UNAVAILABLE', 'The ZStack management node is unavailable.', {
          zstackCode: 'SYS.1012',
        });
      }),
    });
    const error = await screen.findByTestId(testIds.pageError);
    expect(error.textContent).toContain(
      'The cloud refused the request (SYS.1012): The management node is unavailable',
    );
    // The shell still works around it.
    expect(screen.getByTestId(testIds.shell.navDrawer)).toBeTruthy();
  });
});
