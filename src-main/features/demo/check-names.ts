/**
 * Checks for the demo's names, used by its tests: the shared Latin → Cyrillic transliteration
 * (DOMAIN §5.3) and a per-word script test (§5.2).
 */
import { findMixedScriptWords } from '../../../src-shared/domain/mixed-script';
import { scriptOf as majorityScript } from '../../../src-shared/domain/transliterate';

export { latinToCyrillic } from '../../../src-shared/domain/transliterate';

export function scriptOf(text: string): 'latin' | 'cyrillic' | 'mixed' {
  if (findMixedScriptWords(text).length > 0) return 'mixed';
  return majorityScript(text) === 'cyrillic' ? 'cyrillic' : 'latin';
}
