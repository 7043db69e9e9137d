import { ERROR_CATALOGUE, type ErrorCode } from './error-catalogue.ts';

/**
 * An error from the catalogue: stable code, HTTP status and a message key readers and staff see translated.
 * `detail` is for operators and must never contain a PIN, DTMF digits, a key or a full card number.
 */
export class AppError extends Error {
  override readonly name = 'AppError';
  readonly code: ErrorCode;
  readonly statusCode: number;
  readonly messageKey: string;
  readonly detail: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, detail: Readonly<Record<string, unknown>> = {}, options?: ErrorOptions) {
    const entry = ERROR_CATALOGUE[code];
    super(`${code}: ${entry.description}`, options);
    this.code = code;
    this.statusCode = entry.status;
    this.messageKey = entry.messageKey;
    this.detail = detail;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
