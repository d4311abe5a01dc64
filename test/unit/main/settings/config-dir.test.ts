import { describe, expect, it } from 'vitest';
import { defaultConfigDir } from '../../../../main/settings/config-dir.js';

describe('default settings folder (same as Electron userData)', () => {
  it('follows XDG on Linux', () => {
    expect(defaultConfigDir('linux', { XDG_CONFIG_HOME: '/x/cfg' }, '/home/a')).toBe(
      '/x/cfg/Docbits Integration',
    );
    expect(defaultConfigDir('linux', {}, '/home/a')).toBe('/home/a/.config/Docbits Integration');
  });
  it('uses Application Support on macOS', () => {
    expect(defaultConfigDir('darwin', {}, '/Users/a')).toBe(
      '/Users/a/Library/Application Support/Docbits Integration',
    );
  });
  it('uses APPDATA on Windows', () => {
    expect(
      defaultConfigDir('win32', { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'C:\\Users\\a'),
    ).toBe('C:\\Users\\a\\AppData\\Roaming\\Docbits Integration');
  });
});
