import type { z } from 'zod';
import type { AppErrorData } from '../preload/contract/errors.js';
import { isAppError } from './errors.js';
import { issuesOf } from './validation.js';

// Recognised by shape rather than `instanceof z.ZodError` so that the CLI can
// print errors without loading zod (a few hundred milliseconds of start-up).
function isZodError(error: unknown): error is z.ZodError {
  return (
    error instanceof Error &&
    error.name === 'ZodError' &&
    Array.isArray((error as { issues?: unknown }).issues)
  );
}

/** Turns any failure into the coded error that crosses IPC or the CLI. */
export function toErrorData(error: unknown): AppErrorData {
  if (isAppError(error)) return error.toData();
  if (isZodError(error)) {
    return { code: 'INVALID_INPUT', issues: issuesOf(error) };
  }
  return { code: 'INTERNAL' };
}
