/**
 * Archives `gapboard unpack` must refuse whole, each with a message naming the entry and the
 * problem, writing nothing: names that climb out of the destination or are absolute, links,
 * tampered content (caught by the checksum list, and a store file by its own hash even when
 * the list was rewritten to match), a truncated archive, an archive missing a linked table.
 * The archives are built by hand or by the system's GNU tar, never by the app's writer.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unpackArchive } from '../../../main/core/pack/unpack.js';
import { createDocument, serializeDocument } from '../../../main/core/project/document.js';
import { docLinking } from '../../helpers/store-link-doc.js';
import { rawTar, type RawEntry } from '../../helpers/raw-tar.js';
import { tempDir } from '../../helpers/temp.js';

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const PROJECT = serializeDocument(createDocument('Evil', '2026-01-01T00:00:00.000Z'));

/** A valid archive's entries (project file and checksum list) plus `extra` before the list. */
function withProject(extra: RawEntry[] = [], listed: RawEntry[] = []): RawEntry[] {
  const files = [{ name: 'e/e.gapboard', data: PROJECT }, ...listed];
  const sums = files.map((f) => `${sha(f.data ?? '')}  ${f.name}\n`).join('');
  return [...files, ...extra, { name: 'gapboard-pack.sha256', data: sums }];
}

/** Unpacks `entries` as an archive into a fresh folder; returns the folder and the error. */
async function unpack(entries: RawEntry[] | Buffer): Promise<{ dest: string; root: string; error: unknown }> {
  const root = tempDir('gapboard-hostile-');
  const archive = path.join(root, 'evil.tar');
  writeFileSync(archive, Buffer.isBuffer(entries) ? entries : rawTar(entries));
  const dest = path.join(root, 'dest', 'inner');
  mkdirSync(dest, { recursive: true });
  const error = await unpackArchive(archive, dest).then(
    () => null,
    (err: unknown) => err,
  );
  return { dest, root, error };
}

describe('unpacking a hostile or damaged archive', () => {
  it('unpacks the hand-made control archive (so the refusals below are about their one flaw)', async () => {
    const { dest, error } = await unpack(withProject());
    expect(error).toBeNull();
    expect(readFileSync(path.join(dest, 'e/e.gapboard'), 'utf8')).toBe(PROJECT);
  });

  it.each([
    ['../escape.txt', /"\.\.\/escape\.txt" climbs out of the folder it unpacks into/],
    ['e/../../escape.txt', /"e\/\.\.\/\.\.\/escape\.txt" climbs out of the folder it unpacks into/],
    ['/tmp/escape.txt', /"\/tmp\/escape\.txt" is an absolute path/],
    ['C:/escape.txt', /"C:\/escape\.txt" is an absolute path/],
    ['e\\..\\..\\escape.txt', /holds a backslash/],
  ])('refuses the entry %s and writes nothing', async (name, message) => {
    const { dest, root, error } = await unpack(withProject([{ name, data: 'pwned' }]));
    expect(error).toMatchObject({ code: 'BAD_ARCHIVE', message: expect.stringMatching(message) as unknown });
    expect((error as Error).message).toMatch(/^evil\.tar was not unpacked: /);
    expect(readdirSync(dest)).toEqual([]);
    expect(existsSync(path.join(root, 'dest', 'escape.txt'))).toBe(false);
    expect(existsSync(path.join(root, 'escape.txt'))).toBe(false);
  });

  it.each([
    ['2', 'e/link', '/etc/passwd'],
    ['1', 'e/hard', 'e/e.gapboard'],
  ])('refuses a link (type %s) whatever it points at', async (type, name, link) => {
    const { dest, error } = await unpack(withProject([{ name, type, link }]));
    expect(error).toMatchObject({
      code: 'BAD_ARCHIVE',
      message: `evil.tar was not unpacked: "${name}" is a link (to "${link}"); a project archive holds only files and folders.`,
    });
    expect(readdirSync(dest)).toEqual([]);
  });

  it('refuses a file whose content does not match the checksum list', async () => {
    const entries = withProject([], [{ name: 'e/models/m.onnx', data: 'model' }]);
    entries[1] = { name: 'e/models/m.onnx', data: 'tampered' };
    const { dest, error } = await unpack(entries);
    expect(error).toMatchObject({
      code: 'BAD_ARCHIVE',
      message:
        'evil.tar was not unpacked: "e/models/m.onnx" was altered: its content does not match gapboard-pack.sha256.',
    });
    expect(readdirSync(dest)).toEqual([]);
  });

  it('refuses a store file whose bytes no longer match its name, even with a rewritten checksum list', async () => {
    const name = `e/e.store/${sha('table')}.parquet`;
    const { dest, error } = await unpack(withProject([], [{ name, data: 'tampered table' }]));
    expect(error).toMatchObject({
      code: 'BAD_ARCHIVE',
      message: `evil.tar was not unpacked: the store file "${name}" was altered: its content no longer matches its hash.`,
    });
    expect(readdirSync(dest)).toEqual([]);
  });

  it('refuses an archive that lacks a table the project links', async () => {
    const missing = sha('gone');
    const doc = docLinking(missing);
    const entries = withProject();
    entries[0] = { name: 'e/e.gapboard', data: doc };
    entries[1] = { name: 'gapboard-pack.sha256', data: `${sha(doc)}  e/e.gapboard\n` };
    const { dest, error } = await unpack(entries);
    expect(error).toMatchObject({
      code: 'BAD_ARCHIVE',
      message: `evil.tar was not unpacked: it lacks e/e.store/${missing}.parquet, which the project links.`,
    });
    expect(readdirSync(dest)).toEqual([]);
  });

  it('refuses a truncated archive and one without a checksum list', async () => {
    const whole = rawTar(withProject([], [{ name: 'e/big.bin', data: Buffer.alloc(5000, 7) }]));
    const cut = await unpack(whole.subarray(0, 3000));
    expect(cut.error).toMatchObject({
      code: 'BAD_ARCHIVE',
      message: expect.stringMatching(
        /^evil\.tar is not a readable tar archive: .*\(truncated\) at byte \d+\.$/,
      ) as unknown,
    });
    expect(readdirSync(cut.dest)).toEqual([]);
    const bare = await unpack([{ name: 'e/e.gapboard', data: PROJECT }]);
    expect(bare.error).toMatchObject({
      message:
        'evil.tar was not unpacked: it has no checksum list (gapboard-pack.sha256); it was not made by gapboard pack.',
    });
  });

  it('reads an archive made by GNU tar from an unpacked folder (long names in GNU headers too)', async () => {
    const root = tempDir('gapboard-gnutar-');
    const long = `e/data/${'d'.repeat(120)}/x.txt`;
    mkdirSync(path.join(root, path.dirname(long)), { recursive: true });
    writeFileSync(path.join(root, long), 'long');
    writeFileSync(path.join(root, 'e/e.gapboard'), PROJECT);
    writeFileSync(path.join(root, 'gapboard-pack.sha256'), `${sha(PROJECT)}  e/e.gapboard\n${sha('long')}  ${long}\n`);
    const archive = path.join(root, 'gnu.tar');
    execFileSync('tar', ['--format=gnu', '-cf', archive, 'e', 'gapboard-pack.sha256'], { cwd: root });
    const dest = path.join(root, 'out');
    const result = await unpackArchive(archive, dest);
    expect(result).toEqual({ projectFile: path.join(dest, 'e/e.gapboard'), files: 2 });
    expect(readFileSync(path.join(dest, long), 'utf8')).toBe('long');
  });
});
