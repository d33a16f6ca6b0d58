import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The student import wizard. Columns are found by index and fields by name, so the language does not matter. */
export class ImportWizardPage {
  readonly wizard: Locator;
  readonly mapping: Locator;
  readonly rejected: Locator;
  constructor(readonly page: Page) {
    this.wizard = page.getByTestId('import-wizard');
    this.mapping = page.getByTestId('mapping-table');
    this.rejected = page.getByTestId('rejected-table');
  }

  async choose(name: string, buffer: Buffer): Promise<void> {
    await this.page.getByTestId('import-file-input').setInputFiles({ name, mimeType: mimeOf(name), buffer });
  }

  /** Drops a file on the drop area, as a person dragging it from the file manager. */
  async drop(name: string, buffer: Buffer): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ({ name, base64, type }) => {
        // Runs in the page; this file is type-checked without the DOM library.
        const dom = globalThis as unknown as {
          DataTransfer: new () => { items: { add(file: unknown): void } };
          File: new (parts: unknown[], name: string, options: { type: string }) => unknown;
        };
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const transfer = new dom.DataTransfer();
        transfer.items.add(new dom.File([bytes], name, { type }));
        return transfer;
      },
      { name, base64: buffer.toString('base64'), type: mimeOf(name) },
    );
    await this.page.getByTestId('import-drop').dispatchEvent('drop', { dataTransfer });
  }

  column(index: number): Locator {
    return this.mapping.locator(`[data-testid="mapping-row"][data-column="${index}"]`);
  }

  /** The fields of all columns, in order ('' = ignored). */
  async fields(): Promise<string[]> {
    return this.mapping
      .locator('[data-testid="mapping-row"]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-field') ?? ''));
  }

  async mapColumn(index: number, fieldLabel: string): Promise<void> {
    await this.column(index).getByRole('combobox').click();
    // A field another column holds is listed with that column's letter: "Telefon (F)".
    const name = new RegExp(`^${fieldLabel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\([A-Z]+\\))?$`);
    await this.page.getByRole('option', { name }).click();
  }

  async savePreset(name: string): Promise<void> {
    await this.page.getByTestId('preset-save').click();
    const dialog = this.page.getByTestId('preset-dialog');
    await dialog.locator('input[name=presetName]').fill(name);
    await dialog.locator('button[type=submit]').click();
    await expect(dialog).toBeHidden();
  }

  async applyPreset(name: string): Promise<void> {
    await this.page.locator('input[name=preset]').locator('xpath=..').getByRole('combobox').click();
    await this.page.getByRole('option', { name, exact: true }).click();
    await this.page.getByTestId('preset-apply').click();
  }

  async dryRun(): Promise<void> {
    await this.page.getByTestId('import-dry-run').click();
    await expect(this.page.getByTestId('dry-run-result')).toBeVisible();
  }

  async runImport(): Promise<void> {
    await this.page.getByTestId('import-run').click();
    await expect(this.page.getByTestId('import-result')).toBeVisible();
  }

  count(name: 'imported' | 'updated' | 'unchanged' | 'rejectedCount'): Locator {
    return this.page.getByTestId(`count-${name}`).getByTestId('count-value');
  }

  /** Sheet row numbers of the rejected rows, each once, in order. */
  async rejectedRows(): Promise<number[]> {
    const rows = await this.rejected
      .locator('[data-testid="report-line"]')
      .evaluateAll((lines) => lines.map((l) => Number(l.getAttribute('data-row'))));
    return [...new Set(rows)];
  }

  rejectedLine(row: number): Locator {
    return this.rejected.locator(`[data-testid="report-line"][data-row="${row}"]`);
  }

  warningLine(row: number): Locator {
    return this.page.getByTestId('warnings-table').locator(`[data-testid="report-line"][data-row="${row}"]`);
  }

  /** Clicks a button that downloads a file and waits for the file. */
  async download(button: Locator): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    return download;
  }
}

/** The data-quality page: a card per check, the list of the chosen check. */
export class QualityPage {
  readonly list: Locator;
  constructor(readonly page: Page) {
    this.list = page.getByTestId('quality-list');
  }

  card(check: string): Locator {
    return this.page.locator(`[data-testid="quality-card"][data-check="${check}"]`);
  }

  async open(check: string): Promise<void> {
    await this.card(check).getByRole('button').click();
    await expect(this.list).toHaveAttribute('data-check', check);
  }

  rows(): Locator {
    return this.list.getByTestId('quality-row');
  }
}

function mimeOf(name: string): string {
  if (name.endsWith('.xlsx')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (name.endsWith('.csv')) return 'text/csv';
  return 'application/octet-stream';
}

/** The rows of the first sheet of a downloaded workbook, as arrays of cell values (header first). */
export async function readDownloadedSheet(download: Download): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

/** Calls a channel as the signed-in user of the page (the session token is in sessionStorage). */
export async function rpc<T>(page: Page, channel: string, input: unknown): Promise<T> {
  const envelope = await page.evaluate(
    async ({ channel, input }) => {
      const storage = (globalThis as unknown as { sessionStorage: { getItem(key: string): string | null } })
        .sessionStorage;
      const token = storage.getItem('registrator.session');
      const response = await fetch(`/rpc/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token ?? ''}` },
        body: JSON.stringify(input),
      });
      return (await response.json()) as { ok: boolean; data?: unknown; error?: unknown };
    },
    { channel, input },
  );
  if (!envelope.ok) throw new Error(`${channel}: ${JSON.stringify(envelope.error)}`);
  return envelope.data as T;
}
