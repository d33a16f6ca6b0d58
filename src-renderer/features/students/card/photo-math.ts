/**
 * Sizes for student photos, kept apart from the canvas so they are tested as plain numbers.
 * The card photo fits in 600 px and ≤ 300 KB (what `students.setPhoto` stores); the list thumbnail
 * is a 96 px square cut from the upper middle of the photo, where a passport-style face is.
 */
export const PHOTO_MAX_SIDE = 600;
export const PHOTO_MAX_BYTES = 300 * 1024;
export const THUMB_SIDE = 96;
export const THUMB_MAX_BYTES = 24 * 1024;

export interface Size {
  width: number;
  height: number;
}

/** Scales `width × height` down (never up) so that neither side exceeds `max`, keeping the aspect. */
export function fitWithin(width: number, height: number, max: number): Size {
  if (!(width > 0 && height > 0)) throw new Error('an image has no size');
  const scale = Math.min(1, max / Math.max(width, height));
  return {
    width: Math.max(1, Math.min(max, Math.round(width * scale))),
    height: Math.max(1, Math.min(max, Math.round(height * scale))),
  };
}

export interface Crop {
  sx: number;
  sy: number;
  side: number;
}

/** The largest square of the image: centred across, and at a fifth of the spare height down. */
export function thumbCrop(width: number, height: number): Crop {
  const side = Math.min(width, height);
  return { sx: Math.floor((width - side) / 2), sy: Math.floor((height - side) / 5), side };
}

/** Bytes of the file a `data:…;base64,` URL holds (what the size limit is about). */
export function dataUrlBytes(dataUrl: string): number {
  const comma = dataUrl.indexOf(',');
  const b64 = comma >= 0 ? dataUrl.slice(comma + 1) : dataUrl;
  const padding = b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0;
  return Math.floor((b64.length * 3) / 4) - padding;
}

/** JPEG attempts from the best to the smallest: first lower quality, then a smaller picture. */
export const ENCODE_STEPS: readonly { scale: number; quality: number }[] = [
  { scale: 1, quality: 0.9 },
  { scale: 1, quality: 0.8 },
  { scale: 1, quality: 0.7 },
  { scale: 0.8, quality: 0.7 },
  { scale: 0.65, quality: 0.65 },
  { scale: 0.5, quality: 0.6 },
];

/**
 * The first encoding that fits `maxBytes`, or null when even the smallest does not (a photo of
 * noise). `encode(scale, quality)` returns a data URL.
 */
export async function encodeWithin(
  encode: (scale: number, quality: number) => string | Promise<string>,
  maxBytes: number,
  steps: readonly { scale: number; quality: number }[] = ENCODE_STEPS,
): Promise<string | null> {
  for (const { scale, quality } of steps) {
    const url = await encode(scale, quality);
    if (dataUrlBytes(url) <= maxBytes) return url;
  }
  return null;
}
