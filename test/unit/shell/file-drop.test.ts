/**
 * Dropping files on the desktop window, through the page's handlers and the real shell: a
 * project file opens, anything else is answered with a message naming it.
 */
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDropHandlers, type FileDragEvent } from '../../../renderer/src/hooks/useFileDrop.js';
import { tempDir } from '../../helpers/temp.js';
import { launch, makeProject, openPage, until } from './harness.js';

afterEach(() => vi.unstubAllGlobals());

/** A drag carrying files from the desktop: File objects whose folder only the bridge knows. */
function drag(folder: string, names: string[], types = ['Files']) {
  const files = names.map((n) => new File([''], n));
  const where = new Map(files.map((f) => [f, path.join(folder, f.name)]));
  const event: FileDragEvent = {
    defaultPrevented: false,
    preventDefault: () => void (event.defaultPrevented = true),
    dataTransfer: { types, files, dropEffect: 'none' },
  };
  return { event, pathFor: (f: File) => where.get(f)! };
}

async function page() {
  const dir = tempDir();
  const file = await makeProject(dir, 'Digits');
  const { fake, win } = await launch({ dataDir: dir });
  const store = await openPage(fake, win());
  return { dir, file, store };
}

describe('dropping files on the window', () => {
  it('opens a dropped project file, picked out among other files', async () => {
    const { dir, file, store } = await page();
    const over = drag(dir, ['notes.txt', 'digits.gapboard']);
    const handlers = createDropHandlers(store, over.pathFor, (n) => `not a project: ${n}`);
    handlers.onDragOver(over.event);
    expect(over.event.defaultPrevented).toBe(true);
    expect(over.event.dataTransfer?.dropEffect).toBe('copy');
    const drop = drag(dir, ['notes.txt', 'digits.gapboard']);
    createDropHandlers(store, drop.pathFor, (n) => n).onDrop(drop.event);
    expect(drop.event.defaultPrevented).toBe(true);
    await until(store, (s) => s.project?.path === file);
  });

  it('names a dropped file that is not a project and opens nothing', async () => {
    const { dir, store } = await page();
    const drop = drag(dir, ['model.onnx']);
    createDropHandlers(store, drop.pathFor, (n) => `not a project: ${n}`).onDrop(drop.event);
    expect(store.getState().notices.map((n) => n.message)).toEqual(['not a project: model.onnx']);
    expect(store.getState().project).toBeNull();
  });

  it('leaves text drags and drops a page zone already took alone', async () => {
    const { dir, store } = await page();
    const text = drag(dir, [], ['text/plain']);
    const taken = drag(dir, ['digits.gapboard']);
    taken.event.preventDefault();
    const handlers = createDropHandlers(store, taken.pathFor, (n) => n);
    handlers.onDrop(text.event);
    handlers.onDrop(taken.event);
    expect(text.event.defaultPrevented).toBe(false);
    expect(store.getState().project).toBeNull();
    expect(store.getState().notices).toEqual([]);
  });
});
