import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LOCALES, type Locale } from '../../src-shared/contract/common';
import { DEFAULT_LOCALE, isKnownKey, translate, type MessageKey, type MessageParams } from '../../src-shared/i18n';

const DEVICE_LOCALE_KEY = 'registrator.locale';

export interface I18n {
  locale: Locale;
  /** Changes the UI language now; the session layer also remembers it for the signed-in user. */
  setLocale(locale: Locale): void;
  /** Translates a catalog key (checked at compile time). */
  t(key: MessageKey, params?: MessageParams): string;
  /** Translates a key that arrives at run time (error envelopes, job steps). */
  tKey(key: string, params?: MessageParams): string;
  /** Translates `key` if the catalogs know it, else shows `fallback` (commands, tables, fields). */
  tOr(key: string, fallback: string): string;
}

const I18nContext = createContext<I18n | null>(null);

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language used before anyone signs in: the last one chosen on this computer. */
export function deviceLocale(): Locale {
  try {
    const saved = localStorage.getItem(DEVICE_LOCALE_KEY);
    return isLocale(saved) ? saved : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function makeI18n(locale: Locale, setLocale: (locale: Locale) => void): I18n {
  return {
    locale,
    setLocale,
    t: (key, params) => translate(locale, key, params),
    tKey: (key, params) => translate(locale, key, params),
    tOr: (key, fallback) => (isKnownKey(key) ? translate(locale, key) : fallback),
  };
}

export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => initial ?? deviceLocale());

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = translate(locale, 'app.title');
    try {
      localStorage.setItem(DEVICE_LOCALE_KEY, locale);
    } catch {
      // Private mode or a locked-down profile: the choice simply is not remembered.
    }
  }, [locale]);

  const value = useMemo(() => makeI18n(locale, setLocaleState), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside <I18nProvider>');
  return value;
}

export function useT(): I18n['t'] {
  return useI18n().t;
}
