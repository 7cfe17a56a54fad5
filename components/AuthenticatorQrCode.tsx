import { QRCodeSVG } from 'qrcode.react';

/**
 * The otpauth URI as a QR code, drawn as SVG on the server so it costs the browser no JavaScript.
 * Its text alternative names the account but never the key: a screen reader reads it aloud.
 */
export function AuthenticatorQrCode({ uri, account }: { uri: string; account: string }) {
  return (
    <figure className="qr" data-testid="authenticator-qr">
      <QRCodeSVG
        value={uri}
        size={200}
        level="M"
        marginSize={4}
        role="img"
        aria-label={`QR code that adds ${account} to your authenticator app`}
      />
    </figure>
  );
}
