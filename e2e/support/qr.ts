import type { Locator } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { noteSecret } from './secrets';

/** Reads the QR code as a camera would: from the pixels on screen, not from the page's markup. */
export async function readQrCode(qr: Locator): Promise<string> {
  const image = PNG.sync.read(await qr.screenshot());
  const decoded = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  if (!decoded) throw new Error('No QR code could be read from the screenshot');
  return decoded.data;
}

/** The secret parameter of an otpauth:// URI. */
export function secretFromUri(uri: string): string {
  const secret = new URL(uri).searchParams.get('secret');
  if (!secret) throw new Error(`No secret in ${uri}`);
  noteSecret('totp-secret', secret);
  return secret;
}
