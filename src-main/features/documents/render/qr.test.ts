import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { qrPngSync, qrSvg } from './qr';

/** Reads a PNG back the way a phone would: decode the pixels, find and decode the code. */
function scan(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

describe('QR codes', () => {
  it.each([
    ['a short payload', 'RG1.AAAA.BBBB'],
    ['a full document payload', `RG1.${'MDEyMzQ1Njc4OWFiY2RlZnxlbnJvbG1lbnR8MS8yMDI2'.repeat(3)}.${'x'.repeat(86)}`],
    [
      'a verification link in front',
      `https://registrator.example.uz/verify.html#RG1.${'A'.repeat(120)}.${'B'.repeat(86)}`,
    ],
  ])('the PNG scans back to exactly %s', (_name, content) => {
    expect(scan(qrPngSync(content))).toBe(content);
  });

  it('the SVG has the same modules as the PNG (one path, the quiet zone, the requested size)', () => {
    const svg = qrSvg('RG1.AAAA.BBBB', 28);
    expect(svg).toContain('width="28mm"');
    expect(svg.match(/h1v1h-1z/g)?.length).toBeGreaterThan(100);
  });
});
