import { expect, type Page } from '@playwright/test';
import { readQrCode, secretFromUri } from './qr';
import { currentCode } from './totp';
import type { TestUser } from './stack';

export class SignInPage {
  constructor(private readonly page: Page) {}

  async signIn(user: TestUser) {
    await this.page.goto('/sign-in');
    await this.page.getByLabel('Email').fill(user.email);
    await this.page.getByLabel('Password').fill(user.password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }

  async enterCode(code: string) {
    await expect(this.page.getByRole('heading', { name: 'Enter your code' })).toBeVisible();
    await this.page.getByLabel('Verification code').fill(code);
    await this.page.getByRole('button', { name: 'Verify and sign in' }).click();
  }
}

export class SecurityPage {
  constructor(private readonly page: Page) {}

  status() {
    return this.page.getByTestId('authenticator-status');
  }

  async expectStatus(state: 'on' | 'off') {
    await expect(this.status()).toHaveText(`Authenticator app: ${state}`);
  }

  /** Starts setup and returns the URI and secret read from the QR code on screen. */
  async startSetup() {
    await this.page.getByRole('button', { name: 'Set up authenticator app' }).click();
    await expect(this.page.getByRole('heading', { name: 'Set up your authenticator app' })).toBeVisible();
    const uri = await readQrCode(this.page.getByTestId('authenticator-qr'));
    return { uri, secret: secretFromUri(uri) };
  }

  async submitSetupCode(code: string) {
    await this.page.getByLabel('Verification code').fill(code);
    await this.page.getByRole('button', { name: 'Verify and turn on' }).click();
  }

  async enable(secret: string) {
    await this.submitSetupCode(currentCode(secret));
    await expect(this.page).toHaveURL(/\/account\/security$/);
    await this.expectStatus('on');
  }

  async turnOff(password: string, code: string) {
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByLabel('Verification code').fill(code);
    await this.page.getByRole('button', { name: 'Turn off' }).click();
  }

  async signOut() {
    await this.page.getByRole('button', { name: 'Sign out' }).click();
    await expect(this.page).toHaveURL(/\/sign-in$/);
  }
}
