import { AppError } from '../../../src-shared/errors';
import type { Logger } from '../../backend/logger';
import { silentLogger } from '../../backend/logger';

/** HEMIS serves at most 200 items a page (DOMAIN §1.2). */
export const HEMIS_PAGE_SIZE = 200;

export interface HemisClientOptions {
  /** The OTM's REST root, e.g. `https://student.otm.uz/rest` (no trailing slash). */
  baseUrl: string;
  token: string;
  fetch?: typeof fetch;
  /** Milliseconds; with `sleep`, tests run the rate limit and back-off on a fake clock. */
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  /** HEMIS allows about 10 requests a second per IP. */
  requestsPerSecond?: number;
  /** Tries per request on 429, 5xx, network errors and unreadable answers. */
  maxTries?: number;
  /** First back-off step; doubles each try (with jitter), capped at 30 s. */
  backoffMs?: number;
  /** One request's time limit (a hung connection counts as a network error). */
  timeoutMs?: number;
  logger?: Logger;
  /** `l=` query: uz-UZ (Latin Uzbek), oz-UZ (Cyrillic), ru-RU, en-US. */
  locale?: string;
}

export interface HemisPage {
  items: unknown[];
  page: number;
  pageCount: number;
  totalCount: number;
  pageSize: number;
}

export type QueryParams = Record<string, string | number | undefined>;

const MAX_BACKOFF_MS = 30_000;
const MAX_RETRY_AFTER_MS = 120_000;

function cancelled(): AppError {
  return new AppError('CANCELLED', 'error.cancelled', 'The HEMIS request was cancelled');
}

export function hemisError(key: string, message: string, params?: Record<string, string | number>): AppError {
  // CONFLICT, not UNAUTHENTICATED/FORBIDDEN: those codes are about *our* session and would sign
  // the person out of the app; this is a problem with the remote system.
  return new AppError('CONFLICT', key, message, params ? { params } : {});
}

export function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(cancelled());
    const onAbort = () => {
      clearTimeout(timer);
      reject(cancelled());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * A token bucket of capacity 1 refilled `perSecond` times a second (GCRA): requests start at least
 * 1000/perSecond ms apart, so no one-second window ever holds more than `perSecond` of them. A
 * larger bucket would allow a burst on top of the steady rate and break that promise. Slots are
 * reserved synchronously, so concurrent callers queue in order.
 */
export class RateLimiter {
  private next = -Infinity;

  constructor(
    private readonly perSecond: number,
    private readonly now: () => number,
    private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>,
  ) {}

  async take(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw cancelled();
    const t = this.now();
    const slot = Math.max(t, this.next);
    this.next = slot + 1000 / this.perSecond;
    if (slot > t) await this.sleep(slot - t, signal);
  }
}

/** `Retry-After` as delta-seconds or an HTTP date → milliseconds, or null. */
export function retryAfterMs(header: string | null, nowMs: number): number | null {
  if (!header) return null;
  const s = header.trim();
  if (/^\d+(\.\d+)?$/.test(s)) return Math.round(Number(s) * 1000);
  const at = Date.parse(s);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

interface Envelope {
  success?: unknown;
  error?: unknown;
  data?: unknown;
}

/** Why a try failed in a way worth another try. */
class Retryable extends Error {
  constructor(
    readonly final: AppError,
    readonly waitMs: number | null,
  ) {
    super(final.message);
  }
}

/**
 * The HEMIS Backend API (`/v1/data/*`): Bearer token, `l=` locale, page size 200, ≤ 10 requests
 * a second, retries with exponential back-off and jitter on 429 (honouring `Retry-After`), 5xx,
 * network errors and unreadable answers; clear errors for 401/403/404/422 and `success:false`.
 * The token goes only into the Authorization header: never into a URL, a log line or an error.
 */
export class HemisClient {
  private readonly fetchFn: typeof fetch;
  private readonly now: () => number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private readonly random: () => number;
  private readonly limiter: RateLimiter;
  private readonly logger: Logger;
  /** Requests sent (tries included), for the pull summary. */
  requests = 0;

  constructor(private readonly options: HemisClientOptions) {
    this.fetchFn = options.fetch ?? fetch;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? defaultSleep;
    this.random = options.random ?? Math.random;
    this.limiter = new RateLimiter(options.requestsPerSecond ?? 10, this.now, this.sleep);
    this.logger = options.logger ?? silentLogger;
  }

  url(endpoint: string, params: QueryParams = {}): string {
    const url = new URL(`${this.options.baseUrl.replace(/\/+$/, '')}/v1/data/${endpoint}`);
    url.searchParams.set('l', this.options.locale ?? 'uz-UZ');
    for (const [k, v] of Object.entries(params)) if (v !== undefined) url.searchParams.set(k, String(v));
    return url.toString();
  }

  /** The `data` of one GET, after retries. */
  async get(endpoint: string, params: QueryParams = {}, signal?: AbortSignal): Promise<unknown> {
    const url = this.url(endpoint, params);
    const maxTries = Math.max(1, this.options.maxTries ?? 5);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once(url, signal);
      } catch (err) {
        if (!(err instanceof Retryable)) throw err;
        if (attempt >= maxTries) throw err.final;
        const base = Math.min(MAX_BACKOFF_MS, (this.options.backoffMs ?? 500) * 2 ** (attempt - 1));
        // Equal jitter: half fixed, half random, so many clients do not retry in step.
        const backoff = Math.round(base / 2 + this.random() * (base / 2));
        const wait = err.waitMs === null ? backoff : Math.min(MAX_RETRY_AFTER_MS, Math.max(err.waitMs, 0));
        this.logger.warn(`HEMIS ${endpoint}: ${err.final.message}; retry ${attempt}/${maxTries - 1} in ${wait} ms`);
        await this.sleep(wait, signal);
      }
    }
  }

  /** One page of a list endpoint (`data.items` + `data.pagination`). */
  async list(endpoint: string, params: QueryParams, page: number, signal?: AbortSignal): Promise<HemisPage> {
    const data = await this.get(endpoint, { ...params, page, limit: HEMIS_PAGE_SIZE }, signal);
    const d = (data ?? {}) as { items?: unknown; pagination?: Record<string, unknown> };
    if (!Array.isArray(d.items)) {
      throw hemisError('error.hemisBadResponse', `HEMIS ${endpoint}: the answer has no data.items list`);
    }
    const p = d.pagination ?? {};
    const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
    const pageSize = num(p.pageSize, HEMIS_PAGE_SIZE);
    const totalCount = num(p.totalCount, d.items.length);
    return {
      items: d.items,
      page: num(p.page, page),
      pageCount: num(p.pageCount, Math.max(1, Math.ceil(totalCount / Math.max(1, pageSize)))),
      totalCount,
      pageSize,
    };
  }

  private async once(url: string, signal?: AbortSignal): Promise<unknown> {
    await this.limiter.take(signal);
    this.requests++;
    const timeout = AbortSignal.timeout(this.options.timeoutMs ?? 60_000);
    let res: Response;
    try {
      res = await this.fetchFn(url, {
        headers: { Authorization: `Bearer ${this.options.token}`, Accept: 'application/json' },
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
    } catch (err) {
      if (signal?.aborted) throw cancelled();
      const reason = timeout.aborted ? 'timed out' : err instanceof Error ? err.message : String(err);
      throw new Retryable(hemisError('error.hemisNetwork', `HEMIS could not be reached: ${reason}`), null);
    }
    let body: string;
    try {
      body = await res.text();
    } catch (err) {
      if (signal?.aborted) throw cancelled();
      throw new Retryable(
        hemisError('error.hemisNetwork', `HEMIS answer broke off: ${err instanceof Error ? err.message : 'error'}`),
        null,
      );
    }
    const envelope = parseEnvelope(body);
    const serverMessage = typeof envelope?.error === 'string' ? envelope.error.slice(0, 300) : '';
    const status = res.status;
    if (status === 401) {
      throw hemisError('error.hemisUnauthorized', 'HEMIS refused the API token (401)', { status });
    }
    if (status === 403) throw hemisError('error.hemisForbidden', 'The HEMIS token may not read this (403)', { status });
    if (status === 404)
      throw hemisError('error.hemisNotFound', `HEMIS has no ${new URL(url).pathname} (404)`, { status });
    if (status === 429) {
      throw new Retryable(
        hemisError('error.hemisRateLimited', 'HEMIS kept answering 429 Too Many Requests', { status }),
        retryAfterMs(res.headers.get('retry-after'), this.now()),
      );
    }
    if (status >= 500) {
      throw new Retryable(
        hemisError('error.hemisUnavailable', `HEMIS answered ${status}`, { status }),
        retryAfterMs(res.headers.get('retry-after'), this.now()),
      );
    }
    if (status < 200 || status >= 300) {
      throw hemisError(
        'error.hemisRequestFailed',
        `HEMIS answered ${status}${serverMessage ? `: ${serverMessage}` : ''}`,
        {
          status,
          message: serverMessage,
        },
      );
    }
    if (!envelope) {
      // An HTML error page from a proxy, a cut JSON: often passing, so worth another try.
      throw new Retryable(hemisError('error.hemisBadResponse', 'HEMIS answered something that is not JSON'), null);
    }
    if (envelope.success !== true) {
      throw hemisError('error.hemisError', `HEMIS reported an error: ${serverMessage || 'success is false'}`, {
        message: serverMessage,
      });
    }
    return envelope.data;
  }
}

function parseEnvelope(body: string): Envelope | null {
  try {
    const v = JSON.parse(body) as unknown;
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Envelope) : null;
  } catch {
    return null;
  }
}
