/**
 * Error codes that cross the process boundary inside an envelope. The renderer translates
 * `key` (an i18n message key) with `params`; `message` is an English fallback for logs and CLI.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'SESSION_EXPIRED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'LOCKED_OUT',
  'BAD_CREDENTIALS',
  'UNKNOWN_CHANNEL',
  'CANCELLED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `password` or `rows.12.pinfl`. */
  path: string;
  /** i18n key describing the problem. */
  key: string;
  params?: Record<string, string | number>;
}

export interface ErrorDetails {
  issues?: FieldIssue[];
  [extra: string]: unknown;
}

export interface AppErrorShape {
  code: ErrorCode;
  key: string;
  message: string;
  params?: Record<string, string | number>;
  details?: ErrorDetails;
}

/** The one exception type handlers throw; `dispatch` turns it into an error envelope. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly key: string;
  readonly params?: Record<string, string | number>;
  readonly details?: ErrorDetails;

  constructor(
    code: ErrorCode,
    key: string,
    message: string,
    opts: { params?: Record<string, string | number>; details?: ErrorDetails } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.key = key;
    this.params = opts.params;
    this.details = opts.details;
  }

  toShape(): AppErrorShape {
    const shape: AppErrorShape = { code: this.code, key: this.key, message: this.message };
    if (this.params) shape.params = this.params;
    if (this.details) shape.details = this.details;
    return shape;
  }
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: AppErrorShape };

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
