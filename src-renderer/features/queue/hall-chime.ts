import { useEffect, useRef, useState } from 'react';

const STORAGE_KEY = 'registrator.hall.sound';

/** What makes the hall chime: a new ticket on top, or the same ticket called again (its recall count grew). */
export function chimeKey(top: { label: string; calledAt: string; recalls: number } | undefined): string | null {
  return top ? `${top.label}|${top.calledAt}|${top.recalls}` : null;
}

/**
 * Two soft tones ("ding-dong") from the Web Audio API: no sound file to ship, and nothing plays until the hall
 * PC's operator has switched the sound on once (browsers allow audio only after a click on the page).
 */
function playChime(context: AudioContext): void {
  const start = context.currentTime;
  [880, 660].forEach((frequency, i) => {
    const tone = context.createOscillator();
    const volume = context.createGain();
    tone.type = 'sine';
    tone.frequency.value = frequency;
    const at = start + i * 0.45;
    volume.gain.setValueAtTime(0.0001, at);
    volume.gain.exponentialRampToValueAtTime(0.4, at + 0.03);
    volume.gain.exponentialRampToValueAtTime(0.0001, at + 0.8);
    tone.connect(volume).connect(context.destination);
    tone.start(at);
    tone.stop(at + 0.85);
  });
}

/**
 * The hall's chime: off until switched on (remembered on this PC), then it sounds whenever `key` changes —
 * never for what was already on the board when the page opened.
 */
export function useHallChime(key: string | null): { on: boolean; toggle(): void } {
  const [on, setOn] = useState(() => globalThis.localStorage?.getItem(STORAGE_KEY) === 'on');
  const context = useRef<AudioContext | null>(null);
  const heard = useRef<string | null | undefined>(undefined);

  useEffect(() => {
    const first = heard.current === undefined;
    const changed = key !== heard.current;
    heard.current = key;
    if (first || !changed || key === null || !on) return;
    context.current ??= new AudioContext();
    void context.current.resume().then(() => playChime(context.current!));
  }, [key, on]);

  const toggle = () => {
    const next = !on;
    globalThis.localStorage?.setItem(STORAGE_KEY, next ? 'on' : 'off');
    // Created inside the click: the browser lets a context made during a user gesture play later.
    if (next) context.current ??= new AudioContext();
    setOn(next);
  };
  return { on, toggle };
}
