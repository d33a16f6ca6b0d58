import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../src-shared/i18n';
import { PINFL_PROBLEMS } from '../../src-shared/domain/pinfl';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

/**
 * Every message key the backend and the domain rules send to the UI (`error.*`, `validation.*`,
 * `warning.*`, job steps) must be translated, or a person sees a raw key.
 */
describe('message keys used outside the renderer', () => {
  const root = join(__dirname, '..', '..');
  const sources = [
    ...files(join(root, 'src-main')),
    ...files(join(root, 'src-shared', 'domain')),
    ...files(join(root, 'src-shared', 'contract')),
  ].filter((f) => !f.includes(`${join('src-main', 'electron')}`));
  const keys = new Set<string>();
  for (const file of sources) {
    for (const m of readFileSync(file, 'utf8').matchAll(
      /'((?:error|validation|warning|backup\.step|demo\.step|import\.step|hemis\.step|quality\.finding|job)\.[A-Za-z.]+)'/g,
    )) {
      keys.add(m[1] as string);
    }
  }
  for (const problem of PINFL_PROBLEMS) keys.add(`validation.pinfl.${problem}`);

  it('finds the keys it checks', () => {
    expect(keys.size).toBeGreaterThan(30);
  });

  it.each([...keys].sort())('%s is in the uz-Latn catalog', (key) => {
    expect(catalogs['uz-Latn'][key], key).toBeTruthy();
  });
});
