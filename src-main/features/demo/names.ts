import { type NamePair } from './names-data';

/** The female form of a surname: Joʻrayev → Joʻrayeva / Жўраев → Жўраева; Kim, Navoiy, Hasanzoda stay. */
export function femaleSurname([latin, cyrillic]: NamePair): NamePair {
  return /(ov|ev)$/.test(latin) && /(ов|ев)$/.test(cyrillic) ? [`${latin}a`, `${cyrillic}а`] : [latin, cyrillic];
}

/**
 * Russian-style patronymic (DOMAIN §5.4): Rustam → Rustamovich/Rustamovna; a name ending in a
 * vowel takes -yevich (Abdulla → Abdullayevich, Абдуллаевич); one ending in -y drops it
 * (Sergey → Sergeyevich, Сергеевич).
 */
export function russianPatronymic([latin, cyrillic]: NamePair, female: boolean): NamePair {
  const [lat, cyr] = female ? ['na', 'на'] : ['ich', 'ич'];
  if (/y$/.test(latin) && /й$/.test(cyrillic)) {
    return [`${latin}ev${lat}`, `${cyrillic.slice(0, -1)}ев${cyr}`];
  }
  if (/[aeiou]$/.test(latin)) return [`${latin}yev${lat}`, `${cyrillic}ев${cyr}`];
  return [`${latin}ov${lat}`, `${cyrillic}ов${cyr}`];
}

/** Uzbek-style patronymic: Rustam oʻgʻli / Рустам ўғли, Rustam qizi / Рустам қизи. */
export function uzbekPatronymic([latin, cyrillic]: NamePair, female: boolean): NamePair {
  return female ? [`${latin} qizi`, `${cyrillic} қизи`] : [`${latin} o\u02bbg\u02bbli`, `${cyrillic} ўғли`];
}

/**
 * A Russified passport spelling of an Uzbek Latin name, as in older civil records (DOMAIN §5.4):
 * `Joʻrayev` → `DJURAEV`, `Qodirov` → `KODIROV`, `Hasanov` → `KHASANOV`, `Yoʻldoshev` → `YULDOSHEV`.
 */
export function russifiedPassportName(latin: string): string {
  return latin
    .toUpperCase()
    .replace(/O[\u02bb\u02bc'‘’`]/g, 'U')
    .replace(/G[\u02bb\u02bc'‘’`]/g, 'G')
    .replace(/(^|[AEIOU ])J/g, '$1DJ')
    .replace(/Q/g, 'K')
    .replace(/X/g, 'KH')
    .replace(/(?<![SCK])H/g, 'KH')
    .replace(/YEV/g, 'EV')
    .replace(/[\u02bb\u02bc'‘’`]/g, '');
}
