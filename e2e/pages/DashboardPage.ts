import type { Locator, Page } from '@playwright/test';
import { testIds } from '@zdash/test-ids';

/** The dashboard home. */
export class DashboardPage {
  readonly root: Locator;
  readonly hostTotal: Locator;
  readonly cpu: Locator;
  readonly memory: Locator;
  readonly primaryStorage: Locator;
  readonly alerts: Locator;
  readonly managementNode: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId(testIds.dashboard.page);
    this.hostTotal = page.getByTestId(testIds.dashboard.hostTotal);
    this.cpu = page.getByTestId(testIds.dashboard.hostCpu);
    this.memory = page.getByTestId(testIds.dashboard.hostMemory);
    this.primaryStorage = page.getByTestId(testIds.dashboard.primaryStorage);
    this.alerts = page.getByTestId(testIds.dashboard.alerts);
    this.managementNode = page.getByTestId(testIds.dashboard.managementNode);
  }

  /** The chip of one VM state (absent when no VM is in it). */
  vmState(state: string): Locator {
    return this.page.getByTestId(`${testIds.dashboard.vmStatePrefix}${state}`);
  }

  /** The chip of one host status. */
  hostStatus(status: string): Locator {
    return this.page.getByTestId(`${testIds.dashboard.hostStatusPrefix}${status}`);
  }
}
