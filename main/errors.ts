import type { AppErrorData, ErrorCode } from '../preload/contract/errors.js';

/** An expected failure with a stable code; its params must never hold a secret. */
export class AppError extends Error {
  /** Creates a coded error; `message` is for developers' logs only. */
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    message?: string,
    /** Every failing path of an invalid input (see validation.ts). */
    readonly issues?: AppErrorData['issues'],
  ) {
    super(message ?? code);
    this.name = 'AppError';
  }

  /** The serialisable form that crosses IPC or is printed by the CLI. */
  toData(): AppErrorData {
    const data: AppErrorData = { code: this.code };
    if (Object.keys(this.params).length > 0) data.params = this.params;
    if (this.issues && this.issues.length > 0) data.issues = this.issues;
    return data;
  }
}

/** True when `error` is an AppError with the given code (or any code). */
export function isAppError(error: unknown, code?: ErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
