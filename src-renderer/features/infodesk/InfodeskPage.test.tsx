// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KbArticle } from '../../../src-shared/contract/infodesk';
import type { Role } from '../../../src-shared/contract/roles';
import { I18nProvider } from '../../app/i18n';
import { homeShellOf } from '../../shells/shells';
import { InfodeskPage } from './InfodeskPage';

const LIBRARY: KbArticle = {
  id: 'a1',
  category: 'resources',
  lang: 'uz-Latn',
  title: 'Kutubxona: ish vaqti',
  body: 'Har kuni ochiq.\n\n- Dushanba–juma: 8:30–20:00\n- Shanba: 9:00–17:00',
  contacts: 'Bosh bino, 105-xona\nTelefon: +998 71 200-00-00 (ichki 105)',
  url: 'https://namuna.example.uz/kutubxona',
  tags: ['kutubxona'],
  published: true,
  updatedBy: 'admin',
  updatedAt: '2026-11-28T09:00:00.000Z',
};

const calls = vi.hoisted(() => [] as { channel: string; input: Record<string, unknown> }[]);
const session = vi.hoisted(() => ({ role: 'front_office' as string }));
vi.mock('../../api/client', () => ({
  call: (channel: string, input: Record<string, unknown>) => {
    calls.push({ channel, input });
    if (channel === 'infodesk.search') {
      const { body: _body, updatedBy: _by, ...hit } = LIBRARY;
      return Promise.resolve({
        ok: true,
        data: { items: [{ ...hit, snippet: 'Har kuni ochiq.' }], total: 1, categoryCounts: { resources: 1, clubs: 3 } },
      });
    }
    if (channel === 'infodesk.get') return Promise.resolve({ ok: true, data: LIBRARY });
    if (channel === 'infodesk.save')
      return Promise.resolve({
        ok: false,
        error: {
          code: 'VALIDATION',
          key: 'error.validation',
          message: 'bad',
          details: { issues: [{ path: 'url', key: 'validation.infodesk.url' }] },
        },
      });
    return Promise.resolve({ ok: true, data: { fileName: 'x.html', mimeType: 'text/html', data: '<p>x</p>' } });
  },
  api: { on: () => () => {} },
}));
vi.mock('../../app/session', () => ({
  useUser: () => ({ user: { id: 'u1', role: session.role, fullName: 'Operator' }, health: {} }),
}));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  calls.length = 0;
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
  document.body.innerHTML = '';
});

const settle = () => act(() => new Promise<void>((r) => setTimeout(r, 20)));
const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const button = (name: string) =>
  [...document.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === name);
const lastCall = (channel: string) => calls.filter((c) => c.channel === channel).at(-1)?.input;

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  act(() => {
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function render(role: Role) {
  session.role = role;
  act(() =>
    root.render(
      <I18nProvider initial="en">
        <MemoryRouter>
          <InfodeskPage shell={homeShellOf(role)} />
        </MemoryRouter>
      </I18nProvider>,
    ),
  );
  await settle();
}

describe('the info desk page', () => {
  it('searches as the counter types, filters by a section chip and shows result cards', async () => {
    await render('front_office');
    type(byTestId('infodesk-search') as HTMLInputElement, ' kutubxona ');
    await settle();
    expect(lastCall('infodesk.search')).toMatchObject({ query: 'kutubxona', offset: 0 });
    expect(byTestId('infodesk-chip-clubs')?.textContent).toBe('Scientific clubs (3)');
    await act(async () => byTestId('infodesk-chip-clubs')?.click());
    await settle();
    expect(lastCall('infodesk.search')).toMatchObject({ category: 'clubs' });
    expect(button('Print section')).toBeDefined();
    const card = byTestId('infodesk-hit');
    expect(card?.textContent).toContain('Kutubxona: ish vaqti');
    expect(card?.textContent).toContain('Har kuni ochiq.');
  });

  it('opens an article with its bullets and contacts, and prints it as a handout', async () => {
    await render('viewer');
    expect(button('New article')).toBeUndefined();
    await act(async () => byTestId('infodesk-hit')?.querySelector('button')?.click());
    await settle();
    expect([...(byTestId('infodesk-article-body')?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      'Dushanba–juma: 8:30–20:00',
      'Shanba: 9:00–17:00',
    ]);
    expect(byTestId('infodesk-article-contacts')?.textContent).toContain('105-xona');
    expect(button('Edit')).toBeUndefined();
    await act(async () => button('Print')?.click());
    await settle();
    expect(lastCall('infodesk.handout')).toEqual({ ids: ['a1'], format: 'html' });
    expect(byTestId('document-frame')).not.toBeNull();
  });

  it('lets the counter write an article and shows a refusal under the field it names', async () => {
    await render('front_office');
    await act(async () => button('New article')?.click());
    await settle();
    const dialog = document.querySelector('[aria-labelledby="infodesk-editor-title"]') as HTMLElement;
    const title = [...dialog.querySelectorAll('input')].find((i) => i.type === 'text' && i.required)!;
    type(title, "O'quv zali");
    await act(async () => button('Save')?.click());
    await settle();
    expect(lastCall('infodesk.save')).toMatchObject({ title: "O'quv zali", category: 'services', lang: 'uz-Latn' });
    expect(dialog.textContent).toContain('A link starts with https:// or mailto:');
  });
});
