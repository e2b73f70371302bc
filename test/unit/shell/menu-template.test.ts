import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { applicationMenuTemplate, type MenuTemplateOptions } from '../../../main/shell/menu-template';

function template(overrides: Partial<MenuTemplateOptions> = {}) {
  const options: MenuTemplateOptions = {
    platform: 'linux',
    appName: 'Annotation Workbench',
    developerItems: false,
    recentProjects: [],
    sendCommand: vi.fn(),
    openRecent: vi.fn(),
    showAbout: vi.fn(),
    ...overrides,
  };
  return { options, menu: applicationMenuTemplate(options) };
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return Array.isArray(item?.submenu) ? item.submenu : [];
}

function allItems(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...allItems(submenu(item))]);
}

function byLabel(items: readonly MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = allItems(items).find((item) => item.label === label);
  if (found === undefined) throw new Error(`No menu item "${label}"`);
  return found;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as (() => void) | undefined)?.();
}

const roles = (items: readonly MenuItemConstructorOptions[]) => allItems(items).map((item) => item.role);

describe('application menu', () => {
  it('has File, Edit, View and Help on Windows and Linux', () => {
    expect(template().menu.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it.each([
    ['New article…', 'new-article'],
    ['New project…', 'new-project'],
    ['Open project…', 'open-project'],
    ['Save project as…', 'save-project-as'],
    ['Import files…', 'import'],
    ['Import folder…', 'import-folder'],
    ['Search all articles…', 'search'],
    ['Import annotations…', 'import-annotations'],
    ['Export…', 'export'],
    ['Undo', 'undo'],
    ['Redo', 'redo'],
    ['Keyboard shortcuts', 'show-shortcuts'],
  ])('"%s" sends the %s command to the renderer', (label, command) => {
    const { options, menu } = template();
    click(byLabel(menu, label));
    expect(options.sendCommand).toHaveBeenCalledWith(command);
  });

  it.each([
    ['New article…', 'CmdOrCtrl+N'],
    ['New project…', 'CmdOrCtrl+Shift+N'],
    ['Open project…', 'CmdOrCtrl+O'],
    ['Save project as…', 'CmdOrCtrl+Shift+S'],
    ['Import files…', 'CmdOrCtrl+I'],
    ['Import folder…', 'CmdOrCtrl+Shift+I'],
    ['Export…', 'CmdOrCtrl+E'],
    ['Undo', 'CmdOrCtrl+Z'],
    ['Redo', 'CmdOrCtrl+Shift+Z'],
    ['Search all articles…', 'CmdOrCtrl+Shift+F'],
    ['Keyboard shortcuts', 'F1'],
  ])('"%s" shows the key %s', (label, accelerator) => {
    expect(byLabel(template().menu, label).accelerator).toBe(accelerator);
  });

  it('leaves undo and redo keys to the editor', () => {
    const { menu } = template();
    expect(byLabel(menu, 'Undo').registerAccelerator).toBe(false);
    expect(byLabel(menu, 'Redo').registerAccelerator).toBe(false);
    expect(byLabel(menu, 'New article…').registerAccelerator).toBeUndefined();
    expect(byLabel(menu, 'Import files…').registerAccelerator).toBeUndefined();
    expect(roles(menu)).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']));
  });

  it('lists recent projects and reopens them from main', () => {
    const recentProjects = [
      { id: 'r1', name: 'Floods & Fires', displayPath: '/data/Floods & Fires.awb', openedAt: '2025-01-01T00:00:00Z' },
    ];
    const { options, menu } = template({ recentProjects });
    const [item, ...rest] = submenu(byLabel(menu, 'Open recent'));
    expect(rest).toEqual([]);
    expect(item?.label).toBe('Floods && Fires');
    click(item ?? {});
    expect(options.openRecent).toHaveBeenCalledWith('r1');
    expect(options.sendCommand).not.toHaveBeenCalled();
  });

  it('shows a disabled placeholder when there is nothing recent', () => {
    const [item] = submenu(byLabel(template().menu, 'Open recent'));
    expect(item).toMatchObject({ enabled: false });
  });

  it('offers reload and developer tools only to developers', () => {
    expect(roles(template().menu)).not.toContain('reload');
    expect(roles(template().menu)).not.toContain('toggleDevTools');
    expect(roles(template({ developerItems: true }).menu)).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools']),
    );
    expect(roles(template().menu)).toEqual(
      expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen', 'quit']),
    );
  });

  it('puts About in Help on Windows and Linux', () => {
    const { options, menu } = template();
    click(byLabel(menu, 'About Annotation Workbench'));
    expect(options.showAbout).toHaveBeenCalled();
  });

  it('follows macOS conventions: app menu with About and Quit, Window menu, literal "&"', () => {
    const recentProjects = [{ id: 'r1', name: 'A & B', displayPath: '/a.awb', openedAt: '2025-01-01T00:00:00Z' }];
    const { menu } = template({ platform: 'darwin', recentProjects });
    expect(menu[0]?.label).toBe('Annotation Workbench');
    expect(roles(submenu(menu[0]))).toEqual(expect.arrayContaining(['about', 'quit']));
    expect(roles(submenu(menu[1]))).not.toContain('quit');
    expect(roles(menu)).toContain('windowMenu');
    expect(allItems(menu).some((item) => item.label === 'About Annotation Workbench')).toBe(false);
    expect(submenu(byLabel(menu, 'Open recent'))[0]?.label).toBe('A & B');
  });
});
