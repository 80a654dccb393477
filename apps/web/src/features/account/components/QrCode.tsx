import { Box } from '@mantine/core';
import QRCode from 'qrcode';
import { useEffect, useRef } from 'react';

/**
 * The otpauth URI as a QR code, drawn on a canvas in the browser: the secret never leaves
 * the page in an image request, and no data: URL is needed (the CSP stays 'self').
 */
export function QrCode({ value, size = 192 }: { value: string; size?: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (canvas.current) {
      void QRCode.toCanvas(canvas.current, value, { width: size, margin: 1 });
    }
  }, [value, size]);
  return (
    <Box
      component="canvas"
      ref={canvas}
      role="img"
      aria-label="QR code to scan with your authenticator app"
      width={size}
      height={size}
      style={{ borderRadius: 8, background: 'white' }}
    />
  );
}
