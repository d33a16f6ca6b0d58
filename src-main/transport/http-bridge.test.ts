import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, startHarness, tempDir, type Harness } from '../../test/support/harness';
import { mayReceive, startHttpBridge, type HttpBridge } from './http-bridge';

function raw(url: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request(url, { method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

describe('HTTP bridge', () => {
  let h: Harness;
  let bridge: HttpBridge;
  beforeAll(async () => {
    h = await startHarness();
    const staticDir = tempDir();
    mkdirSync(join(staticDir, 'assets'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Registrator</title>');
    writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
    bridge = await startHttpBridge({ backend: h.backend, port: 0, staticDir });
  });
  afterAll(async () => {
    await bridge.close();
    await h.dispose();
  });

  const rpc = async (channel: string, payload: unknown, token?: string) => {
    const res = await fetch(`${bridge.url}/rpc/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(payload),
    });
    return (await res.json()) as { ok: boolean; data?: unknown; error?: { code: string } };
  };

  it('binds to 127.0.0.1 and answers /health with the version', async () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${bridge.url}/health`);
    expect(await res.json()).toEqual({ ok: true, version: h.backend.services.appVersion });
  });

  it('POST /rpc/<channel> returns the envelope; the token travels as a Bearer header', async () => {
    const signIn = (await rpc('auth.signIn', { login: 'admin', password: ADMIN_PASSWORD })) as {
      data: { token: string };
    };
    expect((await rpc('auth.me', {}, signIn.data.token)).ok).toBe(true);
    expect((await rpc('auth.me', {})).error?.code).toBe('UNAUTHENTICATED');
    expect((await rpc('no.such', {})).error?.code).toBe('UNKNOWN_CHANNEL');
  });

  it('rejects a body that is not JSON with an envelope, and GET on /rpc', async () => {
    const bad = await raw(`${bridge.url}/rpc/auth.me`, { method: 'POST', body: '{oops' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await raw(`${bridge.url}/rpc/auth.me`)).status).toBe(405);
  });

  it('refuses requests addressed to a foreign host name (DNS rebinding)', async () => {
    const res = await raw(`${bridge.url}/health`, { headers: { host: 'evil.example:80' } });
    expect(res.status).toBe(403);
  });

  it('serves the renderer with a strict CSP and falls back to index.html for app routes', async () => {
    const page = await raw(`${bridge.url}/users`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Registrator</title>');
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    const asset = await raw(`${bridge.url}/assets/app.js`);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect((await raw(`${bridge.url}/..%2f..%2fetc%2fpasswd`)).body).not.toContain('root:');
  });

  it('streams job progress as server-sent events to a signed-in client only', async () => {
    expect((await raw(`${bridge.url}/events`)).status).toBe(401);
    const controller = new AbortController();
    const res = await fetch(`${bridge.url}/events?token=${h.adminToken}`, { signal: controller.signal });
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    await rpc('backups.create', {}, h.adminToken);
    let text = '';
    while (!text.includes('"state":"succeeded"')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    controller.abort();
    expect(text).toContain('event: jobs.progress');
    expect(text).toContain('"kind":"backup"');
  });

  it('job progress reaches its owner and managers only; jobs.list follows the same rule', async () => {
    const job = { ownerId: 'u-1' };
    expect(mayReceive({ id: 'u-1', role: 'front_office' }, 'jobs.progress', job)).toBe(true);
    expect(mayReceive({ id: 'u-2', role: 'front_office' }, 'jobs.progress', job)).toBe(false);
    expect(mayReceive({ id: 'u-2', role: 'head' }, 'jobs.progress', job)).toBe(true);
    expect(mayReceive({ id: 'u-2', role: 'viewer' }, 'session.expired', {})).toBe(true);
    await rpc('backups.create', {}, h.adminToken);
    const front = await h.signInAs('front_office');
    expect(((await rpc('jobs.list', {}, front)) as { data: unknown[] }).data).toEqual([]);
    expect(((await rpc('jobs.list', {}, h.adminToken)) as { data: unknown[] }).data.length).toBeGreaterThan(0);
  });
});
