import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { EVENT_NAMES, type EventName } from '../../src-shared/contract/jobs';
import { MANAGERS, type Role } from '../../src-shared/contract/roles';
import type { Backend } from '../backend/create-backend';

export interface HttpBridgeOptions {
  backend: Backend;
  port?: number;
  /** 127.0.0.1 by default: the bridge is for this workstation only. */
  host?: string;
  /** Folder of the built renderer, served on the same origin. */
  staticDir?: string | null;
  maxBodyBytes?: number;
}

export interface HttpBridge {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/** A job's progress goes to the user who started it and to managers, nobody else. */
export function mayReceive(user: { id: string; role: Role }, event: EventName, payload: unknown): boolean {
  if (event !== 'jobs.progress') return true;
  if (MANAGERS.includes(user.role)) return true;
  return (payload as { ownerId?: string | null }).ownerId === user.id;
}

/** Same policy as the Electron window: only our own origin, no inline scripts, no remote content. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(text);
}

function bearer(req: IncomingMessage): string | null {
  const h = req.headers.authorization;
  if (typeof h === 'string' && h.startsWith('Bearer ')) return h.slice(7).trim() || null;
  return null;
}

/**
 * DNS-rebinding guard: a web page on another site could point its own hostname at 127.0.0.1
 * and talk to us; only requests addressed to a loopback host name are served.
 */
function hostAllowed(req: IncomingMessage, host: string): boolean {
  const header = (req.headers.host ?? '').replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') return true;
  return header === '127.0.0.1' || header === 'localhost' || header === '::1';
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error('too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolvePromise(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function serveStatic(staticDir: string, urlPath: string, res: ServerResponse): void {
  const root = resolve(staticDir);
  let file = normalize(join(root, decodeURIComponent(urlPath)));
  if (!file.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  if (!existsSync(file) || statSync(file).isDirectory()) {
    // Client-side routes (`/users`, `/audit`) all load the app shell.
    file = join(root, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('renderer not built');
      return;
    }
  }
  const immutable = file.includes(`${join(root, 'assets')}`);
  res.writeHead(200, {
    'content-type': MIME[extname(file)] ?? 'application/octet-stream',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  createReadStream(file).pipe(res);
}

/**
 * The HTTP transport: `POST /rpc/<channel>` → envelope, `GET /events` (server-sent events),
 * `GET /health`, and the built renderer on the same origin.
 */
export function startHttpBridge(opts: HttpBridgeOptions): Promise<HttpBridge> {
  const host = opts.host ?? '127.0.0.1';
  const limit = opts.maxBodyBytes ?? 20 * 1024 * 1024;
  const { backend } = opts;

  const server = createServer((req, res) => {
    void (async () => {
      if (!hostAllowed(req, host)) {
        send(res, 403, {
          ok: false,
          error: { code: 'FORBIDDEN', key: 'error.forbidden', message: 'Host not allowed' },
        });
        return;
      }
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/health' && req.method === 'GET') {
        send(res, 200, { ok: true, version: backend.services.appVersion });
        return;
      }
      if (url.pathname.startsWith('/rpc/')) {
        if (req.method !== 'POST') {
          res.writeHead(405, { allow: 'POST' }).end();
          return;
        }
        let payload: unknown = {};
        try {
          const body = await readBody(req, limit);
          payload = body.trim() === '' ? {} : (JSON.parse(body) as unknown);
        } catch {
          send(res, 400, {
            ok: false,
            error: { code: 'VALIDATION', key: 'error.validation', message: 'The request body is not valid JSON' },
          });
          return;
        }
        const channel = decodeURIComponent(url.pathname.slice('/rpc/'.length));
        const envelope = await backend.dispatch(channel, payload, bearer(req));
        send(res, 200, envelope);
        return;
      }
      if (url.pathname === '/events' && req.method === 'GET') {
        // EventSource cannot send headers, so the token comes as a query parameter.
        const token = url.searchParams.get('token') ?? bearer(req);
        const me = await backend.dispatch('auth.me', {}, token);
        if (!me.ok) {
          send(res, 401, me);
          return;
        }
        res.writeHead(200, {
          'content-type': 'text/event-stream',
          'cache-control': 'no-store',
          connection: 'keep-alive',
        });
        res.write(': connected\n\n');
        const user = me.data as { id: string; role: Role };
        const unsubscribe = EVENT_NAMES.map((name) =>
          backend.events.on(name, (payload) => {
            if (!mayReceive(user, name, payload)) return;
            res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`);
          }),
        );
        const ping = setInterval(() => res.write(': ping\n\n'), 25_000);
        req.on('close', () => {
          clearInterval(ping);
          unsubscribe.forEach((off) => off());
        });
        return;
      }
      if (req.method === 'GET' && opts.staticDir) {
        serveStatic(opts.staticDir, url.pathname, res);
        return;
      }
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo;
      const shownHost = host.includes(':') ? `[${host}]` : host;
      resolvePromise({
        url: `http://${shownHost}:${port}`,
        port,
        server,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
