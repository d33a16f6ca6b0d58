import type { Locale } from '../../src-shared/contract/common';

/**
 * The few words the shell itself shows (menus, native dialogs) before or outside the renderer, in the UI's four
 * languages. The renderer's language setting lives in the database behind a sign-in, so the shell follows the
 * operating system's language instead.
 */
const TEXTS = {
  'uz-Latn': {
    file: 'Fayl',
    edit: 'Tahrirlash',
    view: 'Koʻrinish',
    help: 'Yordam',
    quit: 'Chiqish',
    about: 'Dastur haqida',
    version: 'Versiya {version}',
    startFailed: 'Registrator ishga tushmadi',
    dataFolder: 'Maʼlumotlar papkasi: {dir}',
    updateReady: 'Yangi versiya ({version}) yuklab olindi',
    updateDetail: 'Ilova hozir qayta ishga tushirilsinmi? Aks holda yangilanish ilova yopilganda oʻrnatiladi.',
    restartNow: 'Qayta ishga tushirish',
    later: 'Keyinroq',
  },
  'uz-Cyrl': {
    file: 'Файл',
    edit: 'Таҳрирлаш',
    view: 'Кўриниш',
    help: 'Ёрдам',
    quit: 'Чиқиш',
    about: 'Дастур ҳақида',
    version: 'Версия {version}',
    startFailed: 'Registrator ишга тушмади',
    dataFolder: 'Маълумотлар папкаси: {dir}',
    updateReady: 'Янги версия ({version}) юклаб олинди',
    updateDetail: 'Илова ҳозир қайта ишга туширилсинми? Акс ҳолда янгиланиш илова ёпилганда ўрнатилади.',
    restartNow: 'Қайта ишга тушириш',
    later: 'Кейинроқ',
  },
  ru: {
    file: 'Файл',
    edit: 'Правка',
    view: 'Вид',
    help: 'Справка',
    quit: 'Выход',
    about: 'О программе',
    version: 'Версия {version}',
    startFailed: 'Registrator не запустился',
    dataFolder: 'Папка данных: {dir}',
    updateReady: 'Загружена новая версия ({version})',
    updateDetail: 'Перезапустить приложение сейчас? Иначе обновление установится при закрытии приложения.',
    restartNow: 'Перезапустить',
    later: 'Позже',
  },
  en: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    help: 'Help',
    quit: 'Quit',
    about: 'About',
    version: 'Version {version}',
    startFailed: 'Registrator could not start',
    dataFolder: 'Data folder: {dir}',
    updateReady: 'A new version ({version}) has been downloaded',
    updateDetail: 'Restart the app now? Otherwise the update is installed when the app is closed.',
    restartNow: 'Restart now',
    later: 'Later',
  },
} satisfies Record<Locale, Record<string, string>>;

export type ShellText = keyof (typeof TEXTS)['en'];
export type Texts = (key: ShellText, params?: Record<string, string>) => string;

/** `app.getLocale()` gives e.g. `ru`, `en-US`, `uz`; Uzbek in Cyrillic only when the system says so. */
export function shellLocale(systemLocale: string): Locale {
  const lower = systemLocale.toLowerCase();
  if (lower.startsWith('ru')) return 'ru';
  if (lower.startsWith('en')) return 'en';
  if (lower.startsWith('uz-cyrl')) return 'uz-Cyrl';
  return 'uz-Latn';
}

export function shellTexts(locale: Locale): Texts {
  return (key, params = {}) => TEXTS[locale][key].replace(/\{(\w+)\}/g, (match, name: string) => params[name] ?? match);
}
