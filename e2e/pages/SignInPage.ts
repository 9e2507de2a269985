import type { Locator, Page } from '@playwright/test';
import { testIds } from '@zdash/test-ids';

/** The sign-in page. */
export class SignInPage {
  readonly accountName: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.accountName = page.getByTestId(testIds.signIn.accountName);
    this.password = page.getByTestId(testIds.signIn.password);
    this.submit = page.getByTestId(testIds.signIn.submit);
    this.error = page.getByTestId(testIds.signIn.error);
  }

  async goto(): Promise<void> {
    await this.page.goto('/sign-in');
  }

  /** Fills and submits the account form. */
  async signIn(accountName: string, password: string): Promise<void> {
    await this.accountName.fill(accountName);
    await this.password.fill(password);
    await this.submit.click();
  }
}
