import type { z } from 'zod';
import type { AppErrorData, ErrorCode } from '../preload/contract/errors.js';
import { AppError } from './errors.js';

/** Every issue of a zod failure as `{ path, message }`, the form errors carry across IPC and the CLI. */
export function issuesOf(error: {
  issues: readonly z.core.$ZodIssue[];
}): NonNullable<AppErrorData['issues']> {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

/**
 * Parses `input` with `schema`; a failure becomes a coded AppError (default
 * INVALID_INPUT) that lists every issue, with the first failing path as
 * `params.path` for the field to show it next to. The one way a zod failure
 * becomes an error in main.
 */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  code: ErrorCode = 'INVALID_INPUT',
  params: Record<string, string | number> = {},
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = issuesOf(result.error);
  throw new AppError(
    code,
    { path: issues[0]?.path ?? '', ...params },
    result.error.message,
    issues,
  );
}
