/** The menu roles this app uses (a subset of Electron's `MenuItemConstructorOptions['role']`). */
export type MenuRole =
  | 'appMenu'
  | 'fileMenu'
  | 'editMenu'
  | 'viewMenu'
  | 'windowMenu'
  | 'about'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'close'
  | 'minimize'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools';

/**
 * One menu entry, Electron-free so the template is unit-tested without
 * loading Electron; Electron's `Menu.buildFromTemplate` accepts it as is.
 * Only roles, no labels of ours: Electron names role items itself.
 */
export interface MenuEntry {
  role?: MenuRole;
  type?: 'separator';
  submenu?: MenuEntry[];
}

const separator: MenuEntry = { type: 'separator' };
const roles = (...names: MenuRole[]): MenuEntry[] => names.map((role) => ({ role }));

/**
 * The application menu. Replacing Electron's default menu is what takes away
 * Reload (which would drop the renderer's state) and the developer tools in a
 * packaged app; development builds keep them in a View menu. The Edit menu
 * stays everywhere because on macOS copy and paste shortcuts only work through
 * menu roles.
 */
export function applicationMenuTemplate(platform: NodeJS.Platform, packaged: boolean): MenuEntry[] {
  const mac = platform === 'darwin';
  const edit: MenuEntry = {
    role: 'editMenu',
    submenu: [...roles('undo', 'redo'), separator, ...roles('cut', 'copy', 'paste', 'selectAll')],
  };
  const developer: MenuEntry[] = packaged
    ? []
    : [{ role: 'viewMenu', submenu: roles('reload', 'forceReload', 'toggleDevTools') }];
  if (!mac) {
    return [{ role: 'fileMenu', submenu: roles('quit') }, edit, ...developer];
  }
  return [
    {
      role: 'appMenu',
      submenu: [
        ...roles('about'),
        separator,
        ...roles('hide', 'hideOthers', 'unhide'),
        separator,
        ...roles('quit'),
      ],
    },
    edit,
    ...developer,
    { role: 'windowMenu', submenu: roles('minimize', 'close') },
  ];
}
