import fs from 'node:fs';

/**
 * Moves `<dir>/<stem>.json` to `<dir>/<stem>.<label>-<time>.json` (never over
 * an earlier copy) and returns the new path. Used to keep damaged files for
 * inspection instead of deleting them.
 */
export function setAside(file: string, label: string, now = new Date()): string {
  const stem = file.replace(/\.json$/, '');
  const time = now.toISOString().replace(/[:.]/g, '-');
  let target = `${stem}.${label}-${time}.json`;
  for (let n = 2; fs.existsSync(target); n += 1) target = `${stem}.${label}-${time}-${n}.json`;
  fs.renameSync(file, target);
  return target;
}
