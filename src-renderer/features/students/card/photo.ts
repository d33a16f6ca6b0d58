import {
  encodeWithin,
  fitWithin,
  PHOTO_MAX_BYTES,
  PHOTO_MAX_SIDE,
  THUMB_MAX_BYTES,
  THUMB_SIDE,
  thumbCrop,
} from './photo-math';

export const PHOTO_TYPES = ['image/png', 'image/jpeg'];

export type PhotoProblem = 'type' | 'unreadable' | 'tooLarge';

export class PhotoError extends Error {
  constructor(readonly problem: PhotoProblem) {
    super(problem);
  }
}

function loadImage(file: File): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(file);
    const img = new Image();
    img.onload = () => {
      URL.revokeObjectURL(url);
      resolve(img);
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new PhotoError('unreadable'));
    };
    img.src = url;
  });
}

/** Draws a region of the image on a white canvas (a transparent PNG must not turn black in JPEG). */
function draw(
  img: HTMLImageElement,
  source: { sx: number; sy: number; sw: number; sh: number },
  width: number,
  height: number,
): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new PhotoError('unreadable');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(img, source.sx, source.sy, source.sw, source.sh, 0, 0, width, height);
  return canvas;
}

/**
 * A picked file → the card photo (≤ 600 px, JPEG ≤ 300 KB) and the list thumbnail (96 px square
 * JPEG), both as data URLs for `students.setPhoto`. A phone picture of 4000 px and 5 MB is fine.
 */
export async function preparePhoto(file: File): Promise<{ photo: string; thumb: string }> {
  if (!PHOTO_TYPES.includes(file.type)) throw new PhotoError('type');
  const img = await loadImage(file);
  const w = img.naturalWidth;
  const h = img.naturalHeight;
  if (!w || !h) throw new PhotoError('unreadable');
  const whole = { sx: 0, sy: 0, sw: w, sh: h };
  const fit = fitWithin(w, h, PHOTO_MAX_SIDE);
  const photo = await encodeWithin((scale, quality) => {
    const size = fitWithin(fit.width, fit.height, Math.round(Math.max(fit.width, fit.height) * scale));
    return draw(img, whole, size.width, size.height).toDataURL('image/jpeg', quality);
  }, PHOTO_MAX_BYTES);
  const crop = thumbCrop(w, h);
  const side = Math.min(THUMB_SIDE, crop.side);
  const thumb = await encodeWithin(
    (_scale, quality) =>
      draw(img, { sx: crop.sx, sy: crop.sy, sw: crop.side, sh: crop.side }, side, side).toDataURL(
        'image/jpeg',
        quality,
      ),
    THUMB_MAX_BYTES,
  );
  if (!photo || !thumb) throw new PhotoError('tooLarge');
  return { photo, thumb };
}
