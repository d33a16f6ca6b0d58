import { describe, expect, it } from 'vitest';
import { dataUrlBytes, encodeWithin, ENCODE_STEPS, fitWithin, PHOTO_MAX_SIDE, thumbCrop } from './photo-math';

describe('photo sizes', () => {
  it.each([
    [4000, 3000, { width: 600, height: 450 }], // a phone picture, landscape
    [3024, 4032, { width: 450, height: 600 }], // portrait
    [600, 800, { width: 450, height: 600 }],
    [300, 400, { width: 300, height: 400 }], // small pictures are never enlarged
    [600, 600, { width: 600, height: 600 }],
    [10000, 10, { width: 600, height: 1 }], // a sliver keeps at least one pixel
    [1, 1, { width: 1, height: 1 }],
  ])('%i×%i fits 600 px as %j', (w, h, size) => {
    expect(fitWithin(w, h, PHOTO_MAX_SIDE)).toEqual(size);
  });

  it('keeps the aspect ratio within a pixel', () => {
    for (const [w, h] of [
      [1234, 987],
      [987, 1234],
      [2001, 1999],
    ] as const) {
      const s = fitWithin(w, h, 600);
      expect(Math.max(s.width, s.height)).toBe(600);
      expect(Math.abs(s.width / s.height - w / h)).toBeLessThan(2 / Math.min(s.width, s.height));
    }
  });

  it('refuses an image without a size', () => {
    expect(() => fitWithin(0, 100, 600)).toThrow();
  });

  it('cuts the thumbnail square from the upper middle of a portrait and the centre of a landscape', () => {
    expect(thumbCrop(600, 800)).toEqual({ sx: 0, sy: 40, side: 600 });
    expect(thumbCrop(800, 600)).toEqual({ sx: 100, sy: 0, side: 600 });
    expect(thumbCrop(500, 500)).toEqual({ sx: 0, sy: 0, side: 500 });
  });

  it('counts the bytes a data URL holds', () => {
    expect(dataUrlBytes('data:image/jpeg;base64,AAAA')).toBe(3);
    expect(dataUrlBytes('data:image/jpeg;base64,AAA=')).toBe(2);
    expect(dataUrlBytes('data:image/jpeg;base64,AA==')).toBe(1);
    expect(dataUrlBytes(`data:image/png;base64,${'A'.repeat(400_000)}`)).toBe(300_000);
  });
});

describe('encodeWithin', () => {
  const url = (bytes: number) => `data:image/jpeg;base64,${'A'.repeat(Math.ceil((bytes * 4) / 3))}`;

  it('takes the best quality that fits the budget', async () => {
    const tried: string[] = [];
    const result = await encodeWithin((scale, quality) => {
      tried.push(`${scale}/${quality}`);
      return url(quality >= 0.8 ? 400_000 : 200_000);
    }, 300 * 1024);
    expect(tried).toEqual(['1/0.9', '1/0.8', '1/0.7']);
    expect(dataUrlBytes(result ?? '')).toBeLessThanOrEqual(300 * 1024);
  });

  it('shrinks the picture when quality alone is not enough, and gives up after the last step', async () => {
    const scales: number[] = [];
    const fits = await encodeWithin((scale) => {
      scales.push(scale);
      return url(scale <= 0.65 ? 100_000 : 500_000);
    }, 300 * 1024);
    expect(fits).not.toBeNull();
    expect(scales.at(-1)).toBe(0.65);
    expect(await encodeWithin(() => url(1_000_000), 300 * 1024)).toBeNull();
    expect(ENCODE_STEPS.at(-1)?.scale).toBeLessThan(1);
  });
});
