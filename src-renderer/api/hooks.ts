import { useCallback, useEffect, useState } from 'react';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../src-shared/contract';
import type { AppErrorShape, Envelope } from '../../src-shared/errors';
import { call } from './client';

export interface Query<T> {
  data: T | undefined;
  error: AppErrorShape | null;
  /** True while a request is in flight; earlier data stays visible meanwhile (no flicker). */
  loading: boolean;
  /** When the last answer arrived (ms): judge time-dependent state (locks) against it, not render time. */
  receivedAt: number;
  reload(): void;
}

/** Reads a query channel; re-runs when `input` changes by value or on `reload()`. */
export function useQuery<C extends ChannelName>(channel: C, input: ChannelInput<C>): Query<ChannelOutput<C>> {
  const inputKey = JSON.stringify(input);
  const [version, setVersion] = useState(0);
  const requestKey = `${channel}|${inputKey}|${version}`;
  const [result, setResult] = useState<{ key: string; at: number; envelope: Envelope<ChannelOutput<C>> } | null>(null);
  const [lastData, setLastData] = useState<ChannelOutput<C> | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void call(channel, JSON.parse(inputKey) as ChannelInput<C>).then((envelope) => {
      if (!live) return;
      setResult({ key: requestKey, at: Date.now(), envelope });
      if (envelope.ok) setLastData(envelope.data);
    });
    return () => {
      live = false;
    };
  }, [channel, inputKey, requestKey]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const error = result && !result.envelope.ok ? result.envelope.error : null;
  return { data: lastData, error, loading: result?.key !== requestKey, receivedAt: result?.at ?? 0, reload };
}

export interface Mutation<C extends ChannelName> {
  run(input: ChannelInput<C>): Promise<Envelope<ChannelOutput<C>>>;
  busy: boolean;
  error: AppErrorShape | null;
  clearError(): void;
}

/** Runs a command channel and keeps its last error for the form (field issues) and banner. */
export function useMutation<C extends ChannelName>(channel: C): Mutation<C> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const run = useCallback(
    async (input: ChannelInput<C>) => {
      setBusy(true);
      setError(null);
      const envelope = await call(channel, input);
      setBusy(false);
      setError(envelope.ok ? null : envelope.error);
      return envelope;
    },
    [channel],
  );
  const clearError = useCallback(() => setError(null), []);
  return { run, busy, error, clearError };
}
