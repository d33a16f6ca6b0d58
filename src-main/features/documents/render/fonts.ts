import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The PDF renderer's fonts: Liberation Serif (metric-compatible with Times New Roman, so a PDF and the DOCX
 * break lines alike; covers Uzbek Latin incl. ʻ ʼ U+02BB/U+02BC and Cyrillic; SIL OFL 1.1, see
 * resources/fonts/OFL.txt). Found beside the packaged app (`extraResources`), or in the repository.
 */
export const FONT_FILES = {
  regular: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italic: 'LiberationSerif-Italic.ttf',
  boldItalic: 'LiberationSerif-BoldItalic.ttf',
} as const;

let cached: string | null = null;

export function fontsDir(): string {
  if (cached) return cached;
  const here = dirname(fileURLToPath(import.meta.url));
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  const candidates = [
    ...(resourcesPath ? [join(resourcesPath, 'fonts')] : []),
    // src-main/features/documents/render → repository root
    join(here, '..', '..', '..', '..', 'resources', 'fonts'),
    // out/main (electron-vite bundle) → repository root
    join(here, '..', '..', 'resources', 'fonts'),
    join(process.cwd(), 'resources', 'fonts'),
  ];
  const found = candidates.find((d) => existsSync(join(d, FONT_FILES.regular)));
  if (!found) throw new Error(`PDF fonts not found (looked in ${candidates.join(', ')})`);
  cached = found;
  return found;
}
