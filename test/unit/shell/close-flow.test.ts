/**
 * Closing the window: with nothing unsaved it closes and the app quits; with unsaved changes
 * the shell keeps it open and the page asks Save / Don't save / Cancel, then closes it.
 */
import fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fileHash, tempDir } from '../../helpers/temp.js';
import { launch, makeProject, openPage, until } from './harness.js';

afterEach(() => vi.unstubAllGlobals());

async function withDirtyProject() {
  const dir = tempDir();
  const file = await makeProject(dir, 'Digits');
  const before = fileHash(file);
  const app = await launch({ dataDir: dir, args: [file] });
  const store = await openPage(app.fake, app.win());
  await store.getState().run((a) => a.project.update({ description: 'unsaved words' }));
  await until(store, (s) => Boolean(s.project?.dirty));
  return { dir, file, before, ...app, store, s: () => store.getState() };
}

describe('closing the window', () => {
  it('closes at once and quits when nothing is unsaved, releasing the project', async () => {
    const dir = tempDir();
    const file = await makeProject(dir, 'Digits');
    const { fake, win, shell } = await launch({ dataDir: dir, args: [file] });
    await openPage(fake, win());
    const w = win();
    w.close();
    expect(w.destroyed).toBe(true);
    expect(w.webContents.events('app.closeRequested')).toEqual([]);
    await fake.quitted;
    expect(shell.core.current).toBeNull();
  });

  it('with unsaved changes stays open and asks the page', async () => {
    const { win, s, fake } = await withDirtyProject();
    const w = win();
    w.close();
    expect(w.destroyed).toBe(false);
    expect(w.webContents.events('app.closeRequested')).toEqual([null]);
    expect(s().pendingClose).toBe(true);
    expect(fake.state.quit).toBe(0);
  });

  it('Cancel keeps the window, the project and its changes; asking again works', async () => {
    const { win, s } = await withDirtyProject();
    const w = win();
    w.close();
    s().cancelClose();
    expect(w.destroyed).toBe(false);
    expect(s().project?.dirty).toBe(true);
    w.close();
    expect(s().pendingClose).toBe(true);
    expect(w.webContents.events('app.closeRequested')).toHaveLength(2);
  });

  it("Don't save closes the project, then the window, and leaves the file byte-identical", async () => {
    const { win, s, file, before, fake, shell } = await withDirtyProject();
    const w = win();
    w.close();
    await s().closeProject(true);
    expect(w.destroyed).toBe(true);
    await fake.quitted;
    expect(shell.core.current).toBeNull();
    expect(fileHash(file)).toBe(before);
  });

  it('Save writes the changes, then the window closes', async () => {
    const { win, s, file, fake } = await withDirtyProject();
    const w = win();
    w.close();
    // What the dialog's Save button does.
    await s().save();
    await s().closeProject(false);
    expect(w.destroyed).toBe(true);
    await fake.quitted;
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as { project: { description: string } };
    expect(saved.project.description).toBe('unsaved words');
  });
});

describe('closing a window whose page crashed with unsaved changes', () => {
  it('asks natively; Cancel keeps everything', async () => {
    const { win, fake, file, before, shell } = await withDirtyProject();
    const w = win();
    w.webContents.crash();
    fake.state.messageBoxAnswer = 2;
    w.close();
    // One turn of the event loop: every promise the answer set off has settled by then.
    await new Promise((resolve) => setImmediate(resolve));
    expect(fake.state.messageBoxes).toEqual([
      { buttons: ['Save', "Don't Save", 'Cancel'], message: 'Save the changes to digits.gapboard before closing?' },
    ]);
    expect(w.destroyed).toBe(false);
    expect(shell.core.current?.dirty).toBe(true);
    expect(fileHash(file)).toBe(before);
  });

  it("Don't Save closes without writing; Save writes first", async () => {
    for (const [answer, described] of [
      [1, ''],
      [0, 'unsaved words'],
    ] as const) {
      const { win, fake, file } = await withDirtyProject();
      const w = win();
      w.webContents.crash();
      fake.state.messageBoxAnswer = answer;
      w.close();
      await fake.quitted;
      expect(w.destroyed).toBe(true);
      const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as { project: { description: string } };
      expect(saved.project.description).toBe(described);
    }
  });
});
