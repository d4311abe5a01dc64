import { AppError } from '../../errors.js';
import type { CliContext } from '../cli-context.js';

/** Writes `data` to `target` (`-` = standard output) and says where it went on stderr. */
export async function writeOutput(
  ctx: CliContext,
  target: string,
  data: string | Uint8Array,
  what: string,
): Promise<void> {
  if (target === '-') {
    ctx.stdout.write(data);
    return;
  }
  // Loaded here, not at the top: it brings node:crypto, which `--help` need not load.
  const { writeFileAtomic } = await import('../../fs/atomic-file.js');
  try {
    await writeFileAtomic(target, data);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('FILE_WRITE_FAILED', { path: target }, String(error));
  }
  const bytes = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
  // Status goes to stderr so that stdout stays clean for pipes.
  ctx.stderr.write(`wrote ${what} to ${target} (${bytes} bytes)\n`);
}
