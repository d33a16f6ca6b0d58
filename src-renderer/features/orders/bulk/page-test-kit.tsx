import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach } from 'vitest';
import { I18nProvider } from '../../../app/i18n';
import { SHELLS, type ShellDef } from '../../../shells/shells';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/**
 * What the bulk screens' tests share: a fresh React root per test (mounted before, unmounted after), the page
 * drawn in English inside a router, and small queries on what it shows. Each test file keeps its own api
 * mock (vitest hoists `vi.mock` per file).
 */
export function pageTestKit() {
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

  const settle = () => act(() => new Promise<void>((r) => setTimeout(r, 20)));
  const byTestId = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const allByTestId = (id: string) => [...container.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
  /** A table's rows as cell texts, header row first. */
  const table = (id: string) =>
    [...(byTestId(id)?.querySelectorAll('tr') ?? [])].map((tr) =>
      [...tr.querySelectorAll('th, td')].map((c) => c.textContent),
    );
  /** Renders the page in English inside a router; `at` is the address it opens on (with its query). */
  async function render(shellId: ShellDef['id'], page: (shell: ShellDef) => ReactNode, at = '/') {
    const shell = SHELLS.find((s) => s.id === shellId);
    if (!shell) throw new Error(`no shell ${shellId}`);
    act(() =>
      root.render(
        <I18nProvider initial="en">
          <MemoryRouter initialEntries={[at]}>{page(shell)}</MemoryRouter>
        </I18nProvider>,
      ),
    );
    await settle();
  }
  return { container: () => container, settle, byTestId, allByTestId, table, render };
}
