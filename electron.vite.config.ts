import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import renderer from './vite.renderer.config';

// Not import.meta.dirname: package.json allows Node 20.10, which lacks it.
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The desktop build: `npx electron-vite build` → out/main/index.js (package.json `main`), sheet-worker.js and render-worker.js, out/preload/index.cjs,
 * out/renderer/. It reads Electron's version from node_modules/electron/package.json and needs no binary.
 */
export default defineConfig({
  main: {
    build: {
      // The sheet worker is a second entry so that out/main/sheet-worker.js sits beside index.js, where
      // read-sheet.ts looks for it (ADR 003): imports parse workbooks in a worker thread.
      rolldownOptions: {
        input: {
          index: here('src-main/electron/main.ts'),
          'sheet-worker': here('src-main/features/students/import/sheet-worker.ts'),
          // Document batches render DOCX files on worker threads (render-pool.ts looks for it beside index.js).
          'render-worker': here('src-main/features/documents/batch/render-worker.ts'),
        },
      },
      // Dependencies stay outside the bundle and ship in node_modules; better-sqlite3 must, as it loads a
      // native .node file built for Electron's ABI (electron-builder unpacks it from the asar).
      externalizeDeps: { include: ['better-sqlite3'] },
    },
  },
  preload: {
    build: {
      rolldownOptions: {
        input: { index: here('src-main/electron/preload.ts') },
        // A sandboxed preload is always CommonJS, whatever package.json's "type" says.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  // The same renderer as the browser build (vite.renderer.config.ts, owned with the renderer): one UI, two transports.
  renderer: {
    ...renderer,
    build: { ...renderer.build, rolldownOptions: { input: here('src-renderer/index.html') } },
  },
});
