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
    await this.codeField().fill(code);
    await this.verifyButton().click();
  }

  codeField() {
    return this.page.getByLabel('Verification code');
  }

  verifyButton() {
    return this.page.getByRole('button', { name: /^(Verify and sign in|Verifying…)$/ });
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
    await this.codeField().fill(code);
    await this.verifyButton().click();
  }

  codeField() {
    return this.page.getByLabel('Verification code');
  }

  verifyButton() {
    return this.page.getByRole('button', { name: /^(Verify and turn on|Verifying…)$/ });
  }

  deviceNameField() {
    return this.page.getByLabel('Device name (optional)');
  }

  /** The QR code of the setup page, read from the pixels on screen. */
  async readQrCode() {
    return readQrCode(this.page.getByTestId('authenticator-qr'));
  }

  otpauthLink() {
    return this.page.getByRole('link', { name: 'Open in authenticator app' });
  }

  copyKeyButton() {
    return this.page.getByRole('button', { name: /^(Copy key|Copied)$/ });
  }

  async enable(secret: string) {
    await this.submitSetupCode(await currentCode(secret));
    await expect(this.page).toHaveURL(/\/account\/security$/);
    await this.expectStatus('on');
  }

  /** The whole setup from the settings page: scan, type the current code, see it on. */
  async setUpAuthenticator() {
    const { secret } = await this.startSetup();
    await this.enable(secret);
    return secret;
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
