import { expect, type Locator, type Page } from '@playwright/test';
import { testIds } from '@zdash/test-ids';

/** The signed-in layout: app bar menus and the navigation drawer. */
export class Shell {
  readonly pageTitle: Locator;
  readonly appBar: Locator;

  constructor(readonly page: Page) {
    this.pageTitle = page.getByTestId(testIds.shell.pageTitle);
    this.appBar = page.getByTestId(testIds.shell.appBar);
  }

  /** Follows a drawer entry by area id (`auditLog`, `vms` …). */
  async navigate(areaId: string): Promise<void> {
    await this.page.getByTestId(`${testIds.shell.navItemPrefix}${areaId}`).click();
  }

  async setLanguage(language: 'en' | 'zh-CN'): Promise<void> {
    await this.page.getByTestId(testIds.shell.languageMenu).click();
    await this.page.getByTestId(`${testIds.shell.languageOptionPrefix}${language}`).click();
    await this.menuClosed();
  }

  async setTheme(theme: 'light' | 'dark' | 'system'): Promise<void> {
    await this.page.getByTestId(testIds.shell.themeMenu).click();
    await this.page.getByTestId(`${testIds.shell.themeOptionPrefix}${theme}`).click();
    await this.menuClosed();
  }

  async signOut(): Promise<void> {
    await this.page.getByTestId(testIds.shell.userMenu).click();
    await this.page.getByTestId(testIds.shell.signOut).click();
  }

  /** Waits for a menu to finish closing (screenshots must not catch it fading out). */
  async menuClosed(): Promise<void> {
    await expect(this.page.getByRole('menu')).toHaveCount(0);
  }

  /** The theme actually applied (`data-theme` on <html>). */
  appliedTheme(): Promise<string | null> {
    return this.page.locator('html').getAttribute('data-theme');
  }
}
