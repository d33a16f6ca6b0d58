/** One benchmark: measures something and returns flat figures, e.g. `{ 'demo100k.seconds': 5.1 }`. */
export interface BenchCase {
  name: string;
  description: string;
  run(ctx: BenchContext): Promise<Record<string, number>>;
}

export interface BenchContext {
  /** A fresh temporary folder, removed when the run ends. */
  tempDir(prefix: string): string;
  /** Something several cases share (a 100k database), made once per run by the first case that asks. */
  fixture<T>(key: string, make: () => Promise<T>): Promise<T>;
  log(message: string): void;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Milliseconds → seconds, kept to 0.1 ms so that small figures (a 2 ms start-up) stay readable. */
export function seconds(ms: number): number {
  return Math.round(ms * 10) / 10_000;
}
