import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./src-renderer', import.meta.url));
const outDir = fileURLToPath(new URL('./out/renderer', import.meta.url));
const BRIDGE = 'http://127.0.0.1:5180';

/**
 * The renderer: one static bundle served by the HTTP bridge (`out/renderer`) or loaded by the
 * Electron window from disk. `base: './'` keeps asset URLs relative so both work; routing uses the
 * URL hash for the same reason (a file:// page has no server to answer `/users`).
 */
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    // Loaded from the local disk, never over a network: one chunk parses faster than a waterfall.
    chunkSizeWarningLimit: 2000,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/rpc': BRIDGE, '/events': BRIDGE, '/health': BRIDGE },
  },
});
