import { QRCodeSVG } from 'qrcode.react';

/** The otpauth URI as a QR code, drawn as SVG on the server so it costs the browser no JavaScript. */
export function AuthenticatorQrCode({ uri }: { uri: string }) {
  return (
    <figure className="qr" data-testid="authenticator-qr">
      <QRCodeSVG
        value={uri}
        size={200}
        level="M"
        marginSize={4}
        role="img"
        aria-label="QR code to scan with your authenticator app"
      />
    </figure>
  );
}
