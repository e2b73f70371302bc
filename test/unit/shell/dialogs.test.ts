import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createFileDialogs } from '../../../main/shell/dialogs';
import { useTempDir } from '../support/temp-dir';

vi.mock('electron', () => ({
  dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(), showMessageBox: vi.fn() },
}));

const tempDir = useTempDir();
const window = { id: 1 } as unknown as BrowserWindow;

function savingAs(filePath: string) {
  vi.mocked(dialog.showSaveDialog).mockResolvedValue({ canceled: false, filePath });
}

describe('project dialogs', () => {
  it('offers only project files and appends .awb to a typed name', async () => {
    const dir = tempDir();
    savingAs(join(dir, 'Elections'));
    const chosen = await createFileDialogs(() => window).chooseNewProjectPath(join(dir, 'New Project.awb'));
    expect(chosen).toBe(join(dir, 'Elections.awb'));
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({
        defaultPath: join(dir, 'New Project.awb'),
        filters: [{ name: 'Annotation Workbench project', extensions: ['awb'] }],
      }),
    );
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('returns null when the user cancels', async () => {
    vi.mocked(dialog.showSaveDialog).mockResolvedValue({ canceled: true, filePath: '' });
    await expect(createFileDialogs(() => null).chooseSaveAsPath('/x.awb')).resolves.toBeNull();
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: '/x.awb' }));
  });

  it('asks before "save as" replaces a file the system dialog did not ask about', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'Study.awb'), 'existing project');
    savingAs(join(dir, 'Study'));

    vi.mocked(dialog.showMessageBox).mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    await expect(createFileDialogs(() => window).chooseSaveAsPath(dir)).resolves.toBeNull();

    vi.mocked(dialog.showMessageBox).mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    await expect(createFileDialogs(() => window).chooseSaveAsPath(dir)).resolves.toBe(join(dir, 'Study.awb'));
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(2);
  });

  it('leaves a replacement the system dialog already confirmed alone', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'Study.awb'), 'existing project');
    savingAs(join(dir, 'Study.awb'));
    await expect(createFileDialogs(() => window).chooseSaveAsPath(dir)).resolves.toBe(join(dir, 'Study.awb'));
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('opens the chosen project file, or nothing when cancelled', async () => {
    const dialogs = createFileDialogs(() => window);
    vi.mocked(dialog.showOpenDialog).mockResolvedValueOnce({ canceled: false, filePaths: ['/data/a.awb'] });
    await expect(dialogs.chooseProjectToOpen('/data')).resolves.toBe('/data/a.awb');
    vi.mocked(dialog.showOpenDialog).mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await expect(dialogs.chooseProjectToOpen('/data')).resolves.toBeNull();
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ defaultPath: '/data', properties: ['openFile'] }),
    );
  });
});
