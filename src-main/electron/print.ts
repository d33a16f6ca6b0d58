import { BrowserWindow, type PrintToPDFOptions, type WebContents, type WebContentsPrintOptions } from 'electron';
import { lockDownContents, SECURE_WEB_PREFERENCES } from './window';

/** `webContents.print` reports through a callback; a cancelled dialog is not an error, a failure is. */
export function printContents(contents: WebContents, options: WebContentsPrintOptions = {}): Promise<boolean> {
  return new Promise((resolve, reject) => {
    contents.print(options, (success, failureReason) => {
      if (success || failureReason === 'Print job canceled') resolve(success);
      else reject(new Error(`Printing failed: ${failureReason}`));
    });
  });
}

/** A4 with the margins the registrar's documents are laid out for (their CSS sets the exact page box). */
export function pdfOfContents(contents: WebContents, options: PrintToPDFOptions = {}): Promise<Buffer> {
  return contents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true, ...options });
}

/**
 * Loads a document's HTML into a hidden window to print it or make a PDF. Documents are data, not code:
 * scripts are off, the window has no preload and the same sandbox as the app window, a `<meta refresh>` cannot
 * take it anywhere, and it is always closed. Chromium caps a URL at 2 MB: larger documents (big embedded scans)
 * will need a temporary file instead of the data: URL.
 */
export async function withDocumentWindow<T>(html: string, use: (contents: WebContents) => Promise<T>): Promise<T> {
  const win = new BrowserWindow({
    show: false,
    webPreferences: { ...SECURE_WEB_PREFERENCES, javascript: false, devTools: false },
  });
  try {
    lockDownContents(win.webContents);
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    return await use(win.webContents);
  } finally {
    if (!win.isDestroyed()) win.destroy();
  }
}
