import path from 'node:path';

/** Resolves a request path inside `root`, or null when it would escape it (../, encoded or not). */
export function resolveInside(root: string, requestPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const target = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  return target === root || target.startsWith(`${root}${path.sep}`) ? target : null;
}
