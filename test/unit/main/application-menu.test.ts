import { describe, expect, it } from 'vitest';
import { applicationMenuTemplate, type MenuEntry } from '../../../main/application-menu.js';

/** Every role in the template, submenus included. */
function rolesOf(entries: MenuEntry[]): string[] {
  return entries.flatMap((entry) => [
    ...(entry.role ? [entry.role] : []),
    ...rolesOf(entry.submenu ?? []),
  ]);
}

const platforms: NodeJS.Platform[] = ['darwin', 'win32', 'linux'];
const developerRoles = ['reload', 'forceReload', 'toggleDevTools', 'viewMenu'];

describe('application menu', () => {
  it.each(platforms)('offers no reload or developer tools in a packaged app on %s', (platform) => {
    const roles = rolesOf(applicationMenuTemplate(platform, true));
    for (const role of developerRoles) expect(roles, role).not.toContain(role);
  });

  it.each(platforms)('keeps the Edit roles on %s so copy and paste shortcuts work', (platform) => {
    const roles = rolesOf(applicationMenuTemplate(platform, true));
    expect(roles).toEqual(
      expect.arrayContaining(['editMenu', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
    );
  });

  it.each(platforms)('can always be quit on %s', (platform) => {
    expect(rolesOf(applicationMenuTemplate(platform, true))).toContain('quit');
  });

  it('puts the app menu first on macOS only', () => {
    expect(applicationMenuTemplate('darwin', true)[0]?.role).toBe('appMenu');
    expect(rolesOf(applicationMenuTemplate('linux', true))).not.toContain('appMenu');
  });

  it('keeps reload and developer tools in development', () => {
    const roles = rolesOf(applicationMenuTemplate('linux', false));
    expect(roles).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });
});
