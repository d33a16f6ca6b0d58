/**
 * Uzbek display formats: dates `dd.mm.yyyy`, numbers grouped by a no-break space (1 234 567),
 * decimal comma. Inputs are ISO strings so the same function runs in main and renderer.
 */
const NBSP = '\u00a0';

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** `2026-11-28` or a full ISO timestamp → `28.11.2026` (timestamps in the local time zone). */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (dateOnly) return `${dateOnly[3]}.${dateOnly[2]}.${dateOnly[1]}`;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${pad2(d.getDate())}.${pad2(d.getMonth() + 1)}.${d.getFullYear()}`;
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${formatDate(iso)} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

/** `1234567.5` → `1 234 567,5` (grouping by thousands, decimal comma). */
export function formatNumber(value: number, fractionDigits?: number): string {
  if (!Number.isFinite(value)) return '';
  const fixed = fractionDigits === undefined ? String(value) : value.toFixed(fractionDigits);
  const negative = fixed.startsWith('-');
  const [intPart = '', frac] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return `${negative ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

/** Bytes for people: `1,5 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${formatNumber(Math.round(value * 10) / 10)}${NBSP}${units[unit]}`;
}
