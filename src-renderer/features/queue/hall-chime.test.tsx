// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chimeKey, useHallChime } from './hall-chime';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A Web Audio context that records the tones started on it (happy-dom has none). */
const started: number[] = [];
class FakeAudioContext {
  currentTime = 0;
  destination = {};
  resume = () => Promise.resolve();
  createGain = () => ({
    gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} },
    connect: (to: unknown) => to,
  });
  createOscillator() {
    const tone = {
      type: '',
      frequency: { value: 0 },
      connect: (to: unknown) => to,
      start: () => started.push(tone.frequency.value),
      stop() {},
    };
    return tone;
  }
}

function Probe({ top }: { top: string | null }) {
  const sound = useHallChime(top);
  return <button onClick={sound.toggle}>{sound.on ? 'on' : 'off'}</button>;
}

beforeEach(() => {
  started.length = 0;
  localStorage.clear();
  (globalThis as { AudioContext?: unknown }).AudioContext = FakeAudioContext;
});
afterEach(() => {
  delete (globalThis as { AudioContext?: unknown }).AudioContext;
});

const flush = () => act(() => new Promise<void>((r) => setTimeout(r, 0)));

describe('the hall chime', () => {
  it('keys on the top ticket, its call time and its recalls', () => {
    const top = { label: 'A-001', calledAt: '2026-11-28T04:00:00.000Z', recalls: 0 };
    expect(chimeKey(undefined)).toBeNull();
    expect(chimeKey(top)).not.toBe(chimeKey({ ...top, recalls: 1 }));
    expect(chimeKey(top)).not.toBe(chimeKey({ ...top, label: 'A-002' }));
    expect(chimeKey(top)).toBe(chimeKey({ ...top }));
  });

  it('is silent until switched on, never for what the board showed on opening, then sounds on each change', async () => {
    const el = document.createElement('div');
    const root = createRoot(el);
    const show = async (top: string | null) => {
      act(() => root.render(<Probe top={top} />));
      await flush();
    };
    await show('A-001');
    await show('A-002');
    expect(el.textContent).toBe('off');
    expect(started).toEqual([]);

    act(() => el.querySelector('button')?.click());
    await flush();
    expect(el.textContent).toBe('on');
    expect(localStorage.getItem('registrator.hall.sound')).toBe('on');
    expect(started).toEqual([]); // switching on does not replay the ticket already shown
    await show('A-002');
    expect(started).toEqual([]);
    await show('B-001');
    expect(started).toEqual([880, 660]);

    act(() => el.querySelector('button')?.click());
    await show('B-002');
    expect(started).toEqual([880, 660]);
    act(() => root.unmount());
  });

  it('remembers "on" for the next opening, and still waits for a change', async () => {
    localStorage.setItem('registrator.hall.sound', 'on');
    const el = document.createElement('div');
    const root = createRoot(el);
    act(() => root.render(<Probe top="A-001" />));
    await flush();
    expect(el.textContent).toBe('on');
    expect(started).toEqual([]);
    act(() => root.render(<Probe top="A-002" />));
    await flush();
    expect(started).toEqual([880, 660]);
    act(() => root.unmount());
  });
});
