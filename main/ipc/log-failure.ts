/**
 * Logs an unexpected IPC failure by channel and error class only: messages
 * and stacks may quote inputs, and inputs may be secrets.
 */
export function logIpcFailure(
  channel: string,
  error: unknown,
  write: (line: string) => void = (line) => console.error(line),
): void {
  const kind = error instanceof Error ? error.name : typeof error;
  write(`[ipc] ${channel} failed unexpectedly (${kind})`);
}
