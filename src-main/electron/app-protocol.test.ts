import { net, protocol } from 'electron';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../transport/http-bridge';
import { isAppUrl, resolveRendererFile, serveRenderer } from './app-protocol';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());

function rendererDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'renderer-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html>');
  writeFileSync(join(dir, 'assets', 'app.js'), '');
  return dir;
}

describe('app protocol', () => {
  it('recognises only app://registrator as our origin', () => {
    expect(isAppUrl('app://registrator/')).toBe(true);
    expect(isAppUrl('app://registrator')).toBe(true);
    expect(isAppUrl('app://registrator/users?x=1')).toBe(true);
    expect(isAppUrl('app://evil/')).toBe(false);
    expect(isAppUrl('https://registrator/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('serves files inside the renderer folder, the shell for routes, nothing outside', () => {
    const dir = rendererDir();
    expect(resolveRendererFile(dir, '/assets/app.js')).toBe(join(dir, 'assets', 'app.js'));
    expect(resolveRendererFile(dir, '/')).toBe(join(dir, 'index.html'));
    expect(resolveRendererFile(dir, '/students/42')).toBe(join(dir, 'index.html'));
    expect(resolveRendererFile(dir, '/../../etc/passwd')).toBeNull();
    expect(resolveRendererFile(dir, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveRendererFile(dir, '/%E0%A4%A')).toBeNull();
  });

  it('answers with the bridge CSP on every response', async () => {
    const dir = rendererDir();
    vi.mocked(net.fetch).mockResolvedValue(
      new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }),
    );
    serveRenderer(dir);
    const [scheme, handler] = vi.mocked(protocol.handle).mock.calls[0]!;
    expect(scheme).toBe('app');
    const res = await handler({ url: 'app://registrator/students' } as Request);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('content-type')).toBe('text/html');
    expect(vi.mocked(net.fetch).mock.calls[0]?.[0]).toBe(`file://${join(dir, 'index.html')}`);
    const foreign = await handler({ url: 'app://elsewhere/' } as Request);
    expect(foreign.status).toBe(404);
  });
});
