import { net, protocol } from 'electron';
import { existsSync, statSync } from 'node:fs';
import { join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../transport/http-bridge';

/**
 * The renderer is served from `app://registrator/…`, not `file://`: a custom standard scheme gives the page a
 * real origin (client-side routes, `fetch` of its own assets) and lets us attach the CSP header to every
 * response — `file://` responses carry no headers at all.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'registrator';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/`;

/** Node's URL gives non-special schemes the origin "null", so the origin is compared by scheme and host. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Must run before `app` is ready: Chromium fixes scheme privileges at start-up. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** The file to serve for a URL path, or null when it would leave the renderer folder. */
export function resolveRendererFile(rendererDir: string, urlPath: string): string | null {
  const root = resolve(rendererDir);
  let file: string;
  try {
    file = normalize(join(root, decodeURIComponent(urlPath)));
  } catch {
    return null;
  }
  if (file !== root && !file.startsWith(root + sep)) return null;
  // Client-side routes (`/users`, `/audit`) all load the app shell, as the HTTP bridge does.
  if (!existsSync(file) || statSync(file).isDirectory()) return join(root, 'index.html');
  return file;
}

/** Serves the built renderer on the app scheme, every response with the same CSP as the HTTP bridge. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? resolveRendererFile(rendererDir, url.pathname) : null;
    if (!file) return new Response('not found', { status: 404 });
    // net.fetch on file:// reads inside app.asar and sets the content type, so no MIME table is kept here.
    const res = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(res.headers);
    headers.set('content-security-policy', CONTENT_SECURITY_POLICY);
    headers.set('x-content-type-options', 'nosniff');
    return new Response(res.body, { status: res.status, headers });
  });
}
