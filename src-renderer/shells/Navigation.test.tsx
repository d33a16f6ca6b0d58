// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Locale } from '../../src-shared/contract/common';
import type { Role } from '../../src-shared/contract/roles';
import { I18nProvider } from '../app/i18n';
import { currentItem, Navigation } from './Navigation';
import { homeShellOf, navFor, SHELLS } from './shells';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function render(role: Role, shellId: string, locale: Locale = 'uz-Latn'): { pages: string[]; labels: string[] } {
  const shell = SHELLS.find((s) => s.id === shellId) ?? homeShellOf(role);
  // A fresh root each time: the language is the provider's initial state.
  act(() => root.unmount());
  root = createRoot(container);
  act(() =>
    root.render(
      <I18nProvider initial={locale}>
        <MemoryRouter initialEntries={[`/${shell.id}`]}>
          <Navigation shell={shell} items={navFor(shell, role)} />
        </MemoryRouter>
      </I18nProvider>,
    ),
  );
  const links = [...container.querySelectorAll('a[data-page]')];
  return {
    pages: links.map((a) => a.getAttribute('data-page') ?? ''),
    labels: links.map((a) => a.textContent ?? ''),
  };
}

describe('<Navigation>', () => {
  it('shows a front-office clerk home, the search, a new student, the service desk, fees, the document register and account, as links into the front desk', () => {
    const { pages, labels } = render('front_office', 'front-desk');
    expect(pages).toEqual([
      'home',
      'students',
      'studentNew',
      'requests',
      'queueDesk',
      'queueIssue',
      'foreign',
      'infodesk',
      'feesCalculator',
      'feesTariffs',
      'contracts',
      'contractNew',
      'contractDebtors',
      'documentsRegister',
      'documentsVerify',
      'attendanceTimetable',
      'account',
    ]);
    expect(labels).toEqual([
      'Bosh sahifa',
      'Talaba qidirish',
      'Yangi talaba',
      'Arizalar',
      'Navbat: mening oynam',
      'Navbat chiptasi berish',
      'Chet ellik abituriyentlar',
      'Maʼlumot stoli',
      'Kontrakt kalkulyatori',
      'Kontrakt tariflari',
      'Shartnomalar',
      'Shartnoma tuzish',
      'Kontrakt qarzdorlari',
      'Hujjatlar reyestri',
      'Hujjatni tekshirish',
      'Dars jadvali',
      'Mening hisobim',
    ]);
    // Headings over the student and the timetable items; home and account stand alone.
    expect([...container.querySelectorAll('[data-section]')].map((h) => h.textContent)).toEqual([
      'Talabalar',
      'Qabulxona xizmatlari',
      'Kontrakt va stipendiya',
      'Hujjatlar',
      'Davomat va jadval',
    ]);
    expect(container.querySelector('a[data-page="account"]')?.getAttribute('href')).toBe('/front-desk/account');
    expect(container.querySelector('a[data-page="students"]')?.getAttribute('href')).toBe('/front-desk/students');
  });

  it('gives the administrator every management page; the head of office lacks the admin-only ones', () => {
    expect(render('admin', 'head').pages).toContain('users');
    const head = render('head', 'head').pages;
    expect(head).not.toContain('users');
    expect(head).not.toContain('settings');
    expect(head).toContain('audit');
    // The office's own document templates are a managers' page, in the documents section.
    expect(head.slice(head.indexOf('documentsRegister'), head.indexOf('documentsRegister') + 3)).toEqual([
      'documentsRegister',
      'documentsVerify',
      'documentsTemplates',
    ]);
    expect(render('back_office', 'back-office').pages).not.toContain('documentsTemplates');
  });

  it('labels the items in the chosen language', () => {
    const ru = render('back_office', 'back-office', 'ru').labels;
    expect(ru.slice(0, 5)).toEqual([
      'Главная',
      'Поиск студента',
      'Новый студент',
      'Импорт студентов',
      'Качество данных',
    ]);
    expect(ru.at(-1)).toBe('Моя учётная запись');
    expect([...container.querySelectorAll('[data-section]')].map((h) => h.textContent)).toEqual([
      'Студенты',
      'Обслуживание',
      'Контракты и стипендии',
      'Приказы',
      'Документы',
      'Учебный процесс',
      'Посещаемость и расписание',
    ]);
    // The archive finds students but does not create them; it keeps the orders and the graduate list, reads the
    // requests (their files end up in the archive) and the info desk.
    expect(render('archive', 'archive', 'uz-Cyrl').labels).toEqual([
      'Бош саҳифа',
      'Талаба қидириш',
      'Аризалар',
      'Маълумот столи',
      'Буйруқлар рўйхати',
      'Битирувчилар',
      'Ҳужжатлар реестри',
      'Ҳужжатни текшириш',
      'Менинг ҳисобим',
    ]);
  });

  it('marks the current page', () => {
    render('admin', 'head');
    expect(container.querySelector('a.active')?.getAttribute('data-page')).toBe('home');
  });

  it('marks one entry where one item’s path continues another’s: the longest that fits the address', () => {
    const shell = SHELLS.find((s) => s.id === 'head')!;
    const items = navFor(shell, 'head');
    const at = (path: string) => currentItem(shell, items, path)?.page ?? null;
    expect(at('/head/contracts/new')).toBe('contractNew');
    expect(at('/head/contracts/0190-abc')).toBe('contracts');
    expect(at('/head/contracts')).toBe('contracts');
    expect(at('/head')).toBe('home');
    expect(at('/head/students/abc')).toBe('students');
    expect(at('/head/nowhere')).toBeNull();
  });
});
