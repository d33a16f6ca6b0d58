import QRCode from 'qrcode';

/** Medium error correction: survives a fold or a stamp over a corner, stays small enough for ~250 characters. */
const LEVEL = 'M' as const;
/** The quiet zone in modules; scanners need it, the page margin is not enough when a table borders the code. */
const QUIET = 2;

/** The code as an SVG path (HTML preview and print): sharp at any zoom, no image decoding. */
export function qrSvg(content: string, sizeMm: number): string {
  const { modules } = QRCode.create(content, { errorCorrectionLevel: LEVEL });
  const n = modules.size;
  let path = '';
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) if (modules.get(x, y)) path += `M${x + QUIET} ${y + QUIET}h1v1h-1z`;
  }
  const box = n + 2 * QUIET;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${box} ${box}" width="${sizeMm}mm" height="${sizeMm}mm" ` +
    `shape-rendering="crispEdges" role="img"><rect width="${box}" height="${box}" fill="#fff"/>` +
    `<path d="${path}" fill="#000"/></svg>`
  );
}

/** The code as a PNG (DOCX): 8 pixels a module prints crisply at 300 dpi for a 25–30 mm code. */
export function qrPng(content: string): Promise<Buffer> {
  return QRCode.toBuffer(content, { errorCorrectionLevel: LEVEL, margin: QUIET, scale: 8, type: 'png' });
}
