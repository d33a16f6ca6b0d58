import { BrowserWindow, type WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, FakeWebContents } from './fake-electron';
import { pdfOfContents, printContents, withDocumentWindow } from './print';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());

type PrintCallback = (success: boolean, reason: string) => void;

function contentsThatPrint(success: boolean, reason: string): WebContents {
  const contents = new FakeWebContents();
  contents.print.mockImplementation((_options: unknown, callback: PrintCallback) => callback(success, reason));
  return contents as unknown as WebContents;
}

describe('printing', () => {
  it('resolves when printed or cancelled, rejects when the printer fails', async () => {
    await expect(printContents(contentsThatPrint(true, ''))).resolves.toBe(true);
    await expect(printContents(contentsThatPrint(false, 'Print job canceled'))).resolves.toBe(false);
    await expect(printContents(contentsThatPrint(false, 'Print job failed'))).rejects.toThrow('Print job failed');
  });

  it('makes A4 PDFs with backgrounds by default', async () => {
    const contents = new FakeWebContents();
    await pdfOfContents(contents as unknown as WebContents, { landscape: true });
    expect(contents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'A4', printBackground: true, landscape: true }),
    );
  });

  it('renders documents in a hidden, script-less window that is always destroyed', async () => {
    expect(BrowserWindow).toBe(FakeBrowserWindow);
    await expect(
      withDocumentWindow('<h1>Maʼlumotnoma</h1>', async () => {
        throw new Error('printer on fire');
      }),
    ).rejects.toThrow('printer on fire');
    const win = FakeBrowserWindow.instances.at(-1)!;
    expect(win.options).toMatchObject({ show: false, webPreferences: { javascript: false, sandbox: true } });
    expect(win.options.webPreferences).not.toHaveProperty('preload');
    expect(win.loadURL.mock.calls[0]?.[0]).toMatch(/^data:text\/html;charset=utf-8,/);
    expect(win.destroy).toHaveBeenCalled();
  });
});
