import fs from 'node:fs';
import path from 'node:path';

/**
 * The Electron binary if it was downloaded, found without `require('electron')`
 * (which would try to download it and throw on a machine without internet).
 */
export function findElectronBinary(): { path: string } | { missing: string } {
  const pkg = path.resolve('node_modules/electron');
  const pathFile = path.join(pkg, 'path.txt');
  if (!fs.existsSync(pathFile)) {
    return {
      missing:
        'the Electron binary was never downloaded (node_modules/electron/path.txt is absent; no internet to fetch it)',
    };
  }
  const binary = path.join(pkg, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary)
    ? { path: binary }
    : { missing: `the Electron binary is missing at ${binary}` };
}
