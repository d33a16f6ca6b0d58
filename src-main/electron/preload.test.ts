import { contextBridge, ipcRenderer } from 'electron';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { EVENT_NAMES } from '../../src-shared/contract/jobs';
import { ALLOWED_EVENTS } from './preload';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());

interface Bridge {
  invoke(channel: string, payload?: unknown, token?: string | null): Promise<unknown>;
  on(name: string, listener: (payload: unknown) => void): () => void;
}

let bridge: Bridge;
let deliver: (name: string, payload: unknown) => void;

beforeAll(() => {
  const exposed = vi.mocked(contextBridge.exposeInMainWorld).mock.calls;
  expect(exposed).toHaveLength(1);
  expect(exposed[0]?.[0]).toBe('bridge');
  bridge = exposed[0]?.[1] as Bridge;
  const route = vi.mocked(ipcRenderer.on).mock.calls.find(([channel]) => channel === 'event')?.[1];
  deliver = (name, payload) => (route as (...args: unknown[]) => void)({}, name, payload);
});

describe('preload bridge', () => {
  it('allow-lists exactly the backend events (EVENT_NAMES)', () => {
    expect([...ALLOWED_EVENTS].sort()).toEqual([...EVENT_NAMES].sort());
  });

  it('exposes only invoke and on, never ipcRenderer', () => {
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
    expect(Object.values(bridge)).not.toContain(ipcRenderer);
  });

  it('imports nothing but electron (a sandboxed preload cannot require project modules)', () => {
    const source = readFileSync(new URL('./preload.ts', import.meta.url), 'utf8');
    const imports = [...source.matchAll(/\bfrom\s+'([^']+)'|require\('([^']+)'\)/g)].map((m) => m[1] ?? m[2]);
    expect(imports).toEqual(['electron']);
  });

  it('invoke sends one rpc message with channel, payload and token', async () => {
    await bridge.invoke('students.search', { q: 'Aliyev' }, 'tok');
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('rpc', 'students.search', { q: 'Aliyev' }, 'tok');
    await bridge.invoke('system.health');
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('rpc', 'system.health', {}, null);
  });

  it('on refuses names outside the allow-list', () => {
    expect(() => bridge.on('ipc-internal', () => {})).toThrow(/Unknown event/);
    expect(() => bridge.on('jobs.progress', 'not a function' as never)).toThrow();
  });

  it('routes events to subscribers until they unsubscribe', () => {
    const got: unknown[] = [];
    const other = vi.fn();
    const off = bridge.on('jobs.progress', (p) => got.push(p));
    bridge.on('session.expired', other);
    deliver('jobs.progress', { id: 'j1', done: 1 });
    deliver('not.allowed', { sneaky: true });
    off();
    deliver('jobs.progress', { id: 'j1', done: 2 });
    expect(got).toEqual([{ id: 'j1', done: 1 }]);
    expect(other).not.toHaveBeenCalled();
  });

  it('a throwing listener does not starve the others', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const second = vi.fn();
    bridge.on('session.expired', () => {
      throw new Error('boom');
    });
    bridge.on('session.expired', second);
    deliver('session.expired', {});
    expect(second).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });
});
