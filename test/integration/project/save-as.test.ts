/**
 * Save As through the API and the CLI: the open document, unsaved changes included, goes to
 * a new file; in another folder the project's files come along; the original file is never
 * touched, and a refused Save As leaves nothing behind.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../main/core/app/core-factory.js';
import { createMemoryPrefs } from '../../../main/core/app/prefs.js';
import { runCli } from '../../../main/core/cli/run-cli.js';
import { captureIo, FIXED_NOW, fileHash, tempDir } from '../../helpers/temp.js';

async function openProject() {
  const dir = tempDir();
  const { core, dispatch } = createCore({ host: 'browser', dataDir: dir, prefs: createMemoryPrefs(), now: FIXED_NOW });
  const folder = path.join(dir, 'work');
  const file = path.join(folder, 'digits.gapboard');
  expect(await dispatch('project.create', { path: file, name: 'Digits' })).toMatchObject({ ok: true });
  mkdirSync(path.join(folder, 'data', 'a'), { recursive: true });
  writeFileSync(path.join(folder, 'data', 'a', 'one.png'), 'not really a png');
  await dispatch('project.update', { description: 'unsaved words' });
  return { dir, folder, file, core, dispatch };
}

describe('project.saveAs', () => {
  it('writes the unsaved document to a new file in the same folder and continues there', async () => {
    const { folder, file, dispatch, core } = await openProject();
    const before = fileHash(file);
    const result = await dispatch('project.saveAs', { path: path.join(folder, 'copy') });
    expect(result).toMatchObject({ ok: true, value: { path: path.join(folder, 'copy.gapboard'), dirty: false } });
    expect(fileHash(file)).toBe(before);
    const copy = JSON.parse(readFileSync(path.join(folder, 'copy.gapboard'), 'utf8')) as {
      project: { description: string };
    };
    expect(copy.project.description).toBe('unsaved words');
    expect(core.prefs.get().recentProjects[0]).toBe(path.join(folder, 'copy.gapboard'));
    // The original is no longer held: it opens for writing again.
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('copies the files beside the project into a new folder, leaving the project file companions behind', async () => {
    const { dir, folder, file, dispatch } = await openProject();
    writeFileSync(`${file}.bak`, 'old');
    const target = path.join(dir, 'elsewhere', 'kept.gapboard');
    expect(await dispatch('project.saveAs', { path: target })).toMatchObject({ ok: true, value: { path: target } });
    expect(readFileSync(path.join(dir, 'elsewhere', 'data', 'a', 'one.png'), 'utf8')).toBe('not really a png');
    expect(readdirSync(path.join(dir, 'elsewhere')).sort()).toEqual(['data', 'kept.gapboard', 'kept.gapboard.lock']);
    expect(readdirSync(folder)).toContain('digits.gapboard');
  });

  it.each([
    ['in the same folder', (dir: string, folder: string) => path.join(folder, 'copy.gapboard')],
    ['in another folder', (dir: string) => path.join(dir, 'elsewhere', 'copy.gapboard')],
  ])('under another name %s, puts the store beside the new file under its name', async (_where, target) => {
    const { dir, folder, dispatch } = await openProject();
    const table = `${'a'.repeat(64)}.parquet`;
    mkdirSync(path.join(folder, 'digits.store'));
    writeFileSync(path.join(folder, 'digits.store', table), 'a table');
    const file = target(dir, folder);
    expect(await dispatch('project.saveAs', { path: file })).toMatchObject({ ok: true, value: { path: file } });
    expect(readdirSync(path.join(path.dirname(file), 'copy.store'))).toEqual([table]);
    // The source keeps its own; a copy elsewhere carries no store under the old name.
    expect(readdirSync(path.join(folder, 'digits.store'))).toEqual([table]);
    if (path.dirname(file) !== folder) expect(existsSync(path.join(path.dirname(file), 'digits.store'))).toBe(false);
  });

  it.each([
    ['an existing file', (f: string) => path.join(path.dirname(f), 'taken.gapboard'), 'EXISTS', /already exists/],
    ['the open file itself', (f: string) => f, 'BAD_ARGUMENT', /already open: use Save/],
    [
      'a folder inside the project folder',
      (f: string) => path.join(path.dirname(f), 'sub', 'x.gapboard'),
      'BAD_ARGUMENT',
      /inside the project's folder/,
    ],
    [
      'a folder that is not empty',
      (f: string) => path.join(path.dirname(path.dirname(f)), 'busy', 'x.gapboard'),
      'BAD_ARGUMENT',
      /is not empty/,
    ],
  ])('refuses %s, changing nothing', async (_what, target, code, message) => {
    const { dir, file, dispatch } = await openProject();
    writeFileSync(path.join(path.dirname(file), 'taken.gapboard'), 'theirs');
    mkdirSync(path.join(dir, 'busy'));
    writeFileSync(path.join(dir, 'busy', 'notes.txt'), 'mine');
    const before = fileHash(file);
    const result = await dispatch('project.saveAs', { path: target(file) });
    expect(result).toMatchObject({ ok: false, error: { code, message } });
    expect(fileHash(file)).toBe(before);
    expect(readFileSync(path.join(path.dirname(file), 'taken.gapboard'), 'utf8')).toBe('theirs');
    expect(readdirSync(path.join(dir, 'busy'))).toEqual(['notes.txt']);
    expect(existsSync(path.join(path.dirname(file), 'sub'))).toBe(false);
    expect(await dispatch('project.current', {})).toMatchObject({ ok: true, value: { path: file, dirty: true } });
  });
});

describe('gapboard save-as', () => {
  it('copies a project file and its folder to a new place; the source stays byte-identical', async () => {
    const { dir, folder, file, dispatch } = await openProject();
    await dispatch('project.save', {});
    await dispatch('project.close', {});
    const before = fileHash(file);
    const { io, cli } = captureIo(dir);
    const code = await runCli(['save-as', file, 'moved/digits-2.gapboard'], cli);
    expect({ code, err: io.err }).toEqual({ code: 0, err: '' });
    expect(io.out).toBe(`Saved ${path.join(dir, 'moved', 'digits-2.gapboard')}\n`);
    expect(readFileSync(path.join(dir, 'moved', 'digits-2.gapboard'), 'utf8')).toBe(readFileSync(file, 'utf8'));
    expect(existsSync(path.join(dir, 'moved', 'data', 'a', 'one.png'))).toBe(true);
    expect(fileHash(file)).toBe(before);
    expect(readdirSync(folder)).not.toContain('digits-2.gapboard');
  });

  it('says why when the target exists, and exits non-zero', async () => {
    const { dir, file, dispatch } = await openProject();
    await dispatch('project.close', { discard: true });
    writeFileSync(path.join(dir, 'x.gapboard'), 'theirs');
    const { io, cli } = captureIo(dir);
    const code = await runCli(['save-as', file, 'x.gapboard'], cli);
    expect(code).not.toBe(0);
    expect(io.err).toMatch(/x\.gapboard already exists; choose another name/);
    expect(readFileSync(path.join(dir, 'x.gapboard'), 'utf8')).toBe('theirs');
  });
});

describe('the sample’s working copy', () => {
  it('is called a working copy until it is saved as the user’s own file, with its data', async () => {
    const dir = tempDir();
    const { dispatch } = createCore({ host: 'browser', dataDir: path.join(dir, 'data'), prefs: createMemoryPrefs() });
    const opened = await dispatch('project.openSample', {});
    expect(opened).toMatchObject({ ok: true, value: { sampleCopy: true } });
    const mine = path.join(dir, 'my-digits', 'digits.gapboard');
    expect(await dispatch('project.saveAs', { path: mine })).toMatchObject({
      ok: true,
      value: { path: mine, sampleCopy: false, dirty: false },
    });
    expect(readdirSync(path.join(dir, 'my-digits')).sort()).toEqual(
      [
        'data',
        'digits.gapboard',
        'digits.gapboard.lock',
        'digits.store',
        'docs',
        'models',
        'sample-assets.json',
      ].sort(),
    );
    // Every model and dataset source it links is there: a working project, not dangling links.
    const doc = JSON.parse(readFileSync(mine, 'utf8')) as {
      models: { path: string }[];
      datasets: { versions: { source: string }[] }[];
    };
    const links = [...doc.models.map((m) => m.path), ...doc.datasets.flatMap((d) => d.versions.map((v) => v.source))];
    expect(links.length).toBeGreaterThan(3);
    expect(links.filter((l) => !existsSync(path.join(dir, 'my-digits', l)))).toEqual([]);
  });
});
