// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../app/i18n';
import { base64ToBytes, ExportButton, sheetTitle } from './ExportButton';

const calls = vi.hoisted(() => [] as { channel: string; input: unknown }[]);
vi.mock('../api/client', () => ({
  call: (channel: string, input: unknown) => {
    calls.push({ channel, input });
    return Promise.resolve({ ok: true, data: { fileName: 'Rad etilgan 2026-11-28.xlsx', data: 'UEsDBA==' } });
  },
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
  vi.restoreAllMocks();
});

describe('ExportButton', () => {
  it('sends the columns and rows on screen and downloads the workbook under the returned name', async () => {
    const createObjectURL = vi.fn((blob: Blob) => {
      expect(blob.size).toBe(4);
      return 'blob:export';
    });
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = vi.fn();
    const clicked: { name: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ name: this.download, href: this.href });
    });
    const columns = [
      { key: 'row', header: 'Qator' },
      { key: 'message', header: 'Izoh' },
    ];
    const loader = vi.fn(() => Promise.resolve([{ row: 6, message: '=HYPERLINK("x")' }]));
    act(() =>
      root.render(
        <I18nProvider initial="en">
          <ExportButton title="Rad etilgan: qatorlar?" columns={columns} rows={loader} />
        </I18nProvider>,
      ),
    );
    const button = container.querySelector<HTMLButtonElement>('[data-testid="export-xlsx"]');
    expect(button?.textContent).toBe('Export to Excel');
    await act(async () => {
      button?.click();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(loader).toHaveBeenCalledOnce();
    expect(calls).toEqual([
      {
        channel: 'exports.xlsx',
        input: { title: 'Rad etilgan qatorlar', columns, rows: [{ row: 6, message: '=HYPERLINK("x")' }] },
      },
    ]);
    expect(clicked).toEqual([{ name: 'Rad etilgan 2026-11-28.xlsx', href: 'blob:export' }]);
    expect(container.querySelector('a[download]')).toBeNull();
  });
});

describe('export helpers', () => {
  it('decodes base64 to the exact bytes', () => {
    expect([...base64ToBytes('UEsDBA==')]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('makes a title Excel accepts as a sheet name', () => {
    expect(sheetTitle('Rad etilgan: qatorlar?')).toBe('Rad etilgan qatorlar');
    expect(sheetTitle('[a/b]')).toBe('a b');
    expect(sheetTitle('Аралаш ёзувли исмлар — талабалар рўйхати')).toHaveLength(31);
    expect(sheetTitle('///')).toBe('Export');
  });
});
