import os from 'node:os';
import path from 'node:path';

/** The folder name Electron uses for this app's user data (its productName). */
export const APP_FOLDER_NAME = 'Docbits Integration';

/**
 * The app's own settings folder, computed without Electron so the CLI uses
 * the same one as `app.getPath('userData')`.
 */
export function defaultConfigDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') {
    return path.win32.join(
      env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'),
      APP_FOLDER_NAME,
    );
  }
  if (platform === 'darwin') {
    return path.posix.join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  }
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), APP_FOLDER_NAME);
}
