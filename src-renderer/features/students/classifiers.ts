/**
 * HEMIS classifier codes used on the student screens (DOMAIN §1.5). The codes are the stable keys;
 * their names live in the catalogs as `code.<classifier>.<code>`, translated.
 */
export const CLASSIFIERS = {
  status: ['10', '11', '12', '13', '14'],
  educationForm: ['11', '12', '13', '14', '15', '16', '17'],
  educationType: ['11', '12', '13', '14', '15'],
  educationLang: ['11', '12', '13', '14'],
  paymentForm: ['11', '12'],
  gender: ['11', '12'],
  citizenship: ['11', '12', '13'],
} as const;

export type Classifier = keyof typeof CLASSIFIERS;

/** The catalog key of a code's name; an unknown code is shown as stored (see `codeName`). */
export function codeKey(classifier: Classifier, code: string): string {
  return `code.${classifier}.${code}`;
}

/** A code's name in the UI language, or the code itself when the catalog does not know it. */
export function codeName(
  tOr: (key: string, fallback: string) => string,
  classifier: Classifier,
  code: string | null | undefined,
): string {
  if (code === null || code === undefined || code === '') return '';
  return tOr(codeKey(classifier, code), code);
}

export type StatusColor = 'success' | 'warning' | 'error' | 'info' | 'default';

/** Studying is green, academic leave amber, expelled red, graduated blue, anything else grey. */
export function statusColor(code: string): StatusColor {
  switch (code) {
    case '11':
      return 'success';
    case '13':
      return 'warning';
    case '12':
      return 'error';
    case '14':
      return 'info';
    default:
      return 'default';
  }
}
