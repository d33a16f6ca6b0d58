import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-shared/errors';
import { HemisClient, RateLimiter, retryAfterMs, type HemisClientOptions } from './client';

/**
 * Virtual time: `sleep` parks the caller until `run` advances the clock to its wake-up, earliest
 * first, whenever nothing else can proceed. Concurrent callers see one shared timeline.
 */
function fakeTime() {
  let now = 1_000_000;
  const sleeps: number[] = [];
  const timers: { at: number; resolve: () => void }[] = [];
  const settle = async () => {
    for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
  };
  return {
    now: () => now,
    sleeps,
    sleep: (ms: number) => {
      sleeps.push(ms);
      return new Promise<void>((resolve) => timers.push({ at: now + ms, resolve }));
    },
    async run<T>(work: Promise<T>): Promise<T> {
      let done = false;
      work.then(
        () => (done = true),
        () => (done = true),
      );
      for (let idle = 0; idle < 100;) {
        await settle();
        if (done) return work;
        timers.sort((a, b) => a.at - b.at);
        const next = timers.shift();
        if (!next) {
          idle++;
          continue;
        }
        now = Math.max(now, next.at);
        next.resolve();
      }
      throw new Error('virtual time: the work neither finished nor slept');
    },
  };
}

const envelope = (data: unknown) => JSON.stringify({ success: true, error: null, data });
const page = (items: unknown[], pageCount = 1) =>
  envelope({ items, pagination: { totalCount: items.length, pageSize: 200, pageCount, page: 1 } });

type Answer = { status?: number; body?: string; headers?: Record<string, string> } | Error;

/** A fetch that answers from a script and records what it was asked, with the fake time. */
function scriptedFetch(time: ReturnType<typeof fakeTime>, answers: Answer[], fallback: Answer = { body: page([]) }) {
  const calls: { url: string; auth: string | null; at: number }[] = [];
  const fetchFn = (async (input: string | URL | Request, init?: RequestInit) => {
    calls.push({
      url: String(input),
      auth: new Headers(init?.headers).get('authorization'),
      at: time.now(),
    });
    const a = answers.shift() ?? fallback;
    if (a instanceof Error) throw a;
    return new Response(a.body ?? '', { status: a.status ?? 200, headers: a.headers });
  }) as typeof fetch;
  return { fetchFn, calls };
}

function client(time: ReturnType<typeof fakeTime>, fetchFn: typeof fetch, extra: Partial<HemisClientOptions> = {}) {
  return new HemisClient({
    baseUrl: 'https://student.example.uz/rest/',
    token: 'secret-token-123',
    fetch: fetchFn,
    now: time.now,
    sleep: time.sleep,
    random: () => 0.5,
    ...extra,
  });
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected a failure');
}

describe('HemisClient', () => {
  it('sends the Bearer token in a header only, l=uz-UZ, page and limit 200', async () => {
    const time = fakeTime();
    const { fetchFn, calls } = scriptedFetch(time, [{ body: page([{ id: 1 }], 3) }]);
    const res = await time.run(client(time, fetchFn).list('student-list', { updated_at_from: 1700000000 }, 2));
    expect(res).toMatchObject({ items: [{ id: 1 }], pageCount: 3, pageSize: 200 });
    const url = new URL(calls[0]?.url ?? '');
    expect(url.origin + url.pathname).toBe('https://student.example.uz/rest/v1/data/student-list');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      l: 'uz-UZ',
      updated_at_from: '1700000000',
      page: '2',
      limit: '200',
    });
    expect(calls[0]?.auth).toBe('Bearer secret-token-123');
    expect(calls[0]?.url).not.toContain('secret-token');
  });

  it('never starts more than 10 requests in any one-second window', async () => {
    const time = fakeTime();
    const { fetchFn, calls } = scriptedFetch(time, []);
    const c = client(time, fetchFn);
    // Sequential and concurrent callers alike.
    for (let i = 0; i < 15; i++) await time.run(c.get('department-list'));
    await time.run(Promise.all(Array.from({ length: 20 }, () => c.get('group-list'))));
    const at = calls.map((x) => x.at).sort((a, b) => a - b);
    expect(at).toHaveLength(35);
    for (const start of at) expect(at.filter((t) => t >= start && t < start + 1000).length).toBeLessThanOrEqual(10);
    // …and does not crawl either: 35 requests take about 3.4 s.
    expect((at.at(-1) as number) - (at[0] as number)).toBeLessThanOrEqual(3400);
  });

  it('retries 429 after Retry-After, then 5xx with exponential back-off and jitter', async () => {
    const time = fakeTime();
    const { fetchFn, calls } = scriptedFetch(time, [
      { status: 429, body: '{"success":false}', headers: { 'retry-after': '2' } },
      { status: 503, body: '<html>busy</html>' },
      { status: 502, body: '' },
      { body: envelope({ ok: 1 }) },
    ]);
    expect(await time.run(client(time, fetchFn).get('student-list'))).toEqual({ ok: 1 });
    expect(calls).toHaveLength(4);
    // Retry-After honoured exactly; then 500·2^(n-1) with equal jitter (random 0.5 → ¾ of the step).
    expect(time.sleeps.filter((ms) => ms >= 100)).toEqual([2000, 750, 1500]);
  });

  it('retries network errors and unreadable answers, and gives up after maxTries with a clear key', async () => {
    const time = fakeTime();
    const { fetchFn, calls } = scriptedFetch(time, [
      new TypeError('fetch failed'),
      { body: '{"success":true,"data":{"items":[' },
      { body: envelope(1) },
    ]);
    expect(await time.run(client(time, fetchFn).get('x'))).toBe(1);
    expect(calls).toHaveLength(3);

    const down = scriptedFetch(time, [], { status: 500, body: 'oops' });
    const err = await failure(time.run(client(time, down.fetchFn, { maxTries: 3 }).get('x')));
    expect(down.calls).toHaveLength(3);
    expect(err.key).toBe('error.hemisUnavailable');
    expect(err.params).toEqual({ status: 500 });

    const flood = scriptedFetch(time, [], { status: 429, body: '', headers: { 'retry-after': '1' } });
    expect((await failure(time.run(client(time, flood.fetchFn, { maxTries: 2 }).get('x')))).key).toBe(
      'error.hemisRateLimited',
    );
  });

  it('does not retry 401/403/404/422 or success:false, and keeps the server message', async () => {
    const cases: [Answer, string][] = [
      [{ status: 401, body: '{"success":false,"error":"Unauthorized"}' }, 'error.hemisUnauthorized'],
      [{ status: 403, body: '' }, 'error.hemisForbidden'],
      [{ status: 404, body: 'Not found' }, 'error.hemisNotFound'],
      [{ status: 422, body: '{"success":false,"error":"limit: must be ≤ 200"}' }, 'error.hemisRequestFailed'],
      [{ body: '{"success":false,"error":"Talaba topilmadi","data":null}' }, 'error.hemisError'],
    ];
    for (const [answer, key] of cases) {
      const time = fakeTime();
      const { fetchFn, calls } = scriptedFetch(time, [answer]);
      const err = await failure(time.run(client(time, fetchFn).get('student-list')));
      expect(err.key).toBe(key);
      expect(err.code).toBe('CONFLICT'); // never UNAUTHENTICATED: that would sign the person out of the app
      expect(calls).toHaveLength(1);
      expect(err.message).not.toContain('secret-token');
    }
    const time = fakeTime();
    const err = await failure(
      time.run(
        client(time, scriptedFetch(time, [{ body: '{"success":false,"error":"Talaba topilmadi"}' }]).fetchFn).get('x'),
      ),
    );
    expect(err.params).toEqual({ message: 'Talaba topilmadi' });
  });

  it('a list answer without data.items is a clear error; missing pagination means one page', async () => {
    const time = fakeTime();
    const { fetchFn } = scriptedFetch(time, [{ body: envelope({ rows: [] }) }, { body: envelope({ items: [1, 2] }) }]);
    const c = client(time, fetchFn);
    expect((await failure(time.run(c.list('x', {}, 1)))).key).toBe('error.hemisBadResponse');
    expect(await time.run(c.list('x', {}, 1))).toMatchObject({ items: [1, 2], pageCount: 1, totalCount: 2 });
  });

  it('an AbortSignal cancels a request in flight and the back-off wait', async () => {
    const hanging = ((_url: string, init?: RequestInit) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      })) as typeof fetch;
    const controller = new AbortController();
    const c = new HemisClient({ baseUrl: 'http://127.0.0.1:1/rest', token: 'secret-token-123', fetch: hanging });
    const pending = c.get('student-list', {}, controller.signal);
    setTimeout(() => controller.abort(), 20);
    const err = await failure(pending);
    expect(err.code).toBe('CANCELLED');

    const busy = (async () => new Response('', { status: 503 })) as typeof fetch;
    const c2 = new HemisClient({ baseUrl: 'http://127.0.0.1:1/rest', token: 'secret-token-123', fetch: busy });
    const c2controller = new AbortController();
    const started = Date.now();
    const waiting = c2.get('x', {}, c2controller.signal);
    setTimeout(() => c2controller.abort(), 30);
    expect((await failure(waiting)).code).toBe('CANCELLED');
    expect(Date.now() - started).toBeLessThan(400);
  });

  it('a request that hangs past timeoutMs counts as a network error and is retried', async () => {
    let n = 0;
    const slowOnce = ((_url: string, init?: RequestInit) => {
      n++;
      if (n > 1) return Promise.resolve(new Response(envelope('late but fine')));
      return new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('timeout', 'TimeoutError')));
      });
    }) as typeof fetch;
    const c = new HemisClient({
      baseUrl: 'http://127.0.0.1:1/rest',
      token: 'secret-token-123',
      fetch: slowOnce,
      timeoutMs: 50,
      backoffMs: 1,
    });
    expect(await c.get('x')).toBe('late but fine');
    expect(n).toBe(2);
  });
});

describe('Retry-After and the rate limiter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('3', 0)).toBe(3000);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:05 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(5000);
    expect(retryAfterMs('soon', 0)).toBeNull();
    expect(retryAfterMs(null, 0)).toBeNull();
  });

  it('spaces slots 1000/rate ms apart and lets an idle period pass without a burst', async () => {
    const time = fakeTime();
    const limiter = new RateLimiter(10, time.now, time.sleep);
    const at: number[] = [];
    for (let i = 0; i < 3; i++) {
      await time.run(limiter.take());
      at.push(time.now());
    }
    await time.run(time.sleep(5000));
    for (let i = 0; i < 3; i++) {
      await time.run(limiter.take());
      at.push(time.now());
    }
    const start = at[0] as number;
    expect(at.map((t) => t - start)).toEqual([0, 100, 200, 5200, 5300, 5400]);
  });
});
