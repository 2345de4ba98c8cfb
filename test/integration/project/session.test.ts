import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../main/core/project/document.js';
import { ProjectSession } from '../../../main/core/project/session.js';
import { FIXED_NOW, fileHash, tempDir } from '../../helpers/temp.js';

const opts = { now: FIXED_NOW };

async function newProject(dir: string, name = 'p.gapboard') {
  return ProjectSession.create(path.join(dir, name), 'Digits', opts);
}

describe('ProjectSession', () => {
  it('saving an unchanged project rewrites identical bytes', async () => {
    const dir = tempDir();
    const s = await newProject(dir);
    s.mutate('add', (d) => {
      d.counters.requirement = 1;
      d.requirements.push({
        id: 'R-1',
        title: 'acc',
        metric: 'accuracy',
        op: '>=',
        target: 0.97,
        unit: '',
        priority: 'must',
        scope: {},
        owner: '',
        rationale: '',
        source: { who: '' },
        createdAt: FIXED_NOW(),
        history: [],
      });
    });
    await s.save();
    const first = readFileSync(s.file);
    await s.close();
    const again = await ProjectSession.open(s.file, opts);
    await again.save();
    expect(readFileSync(s.file).equals(first)).toBe(true);
    await again.close();
  });

  it('keeps the previous version as <file>.bak', async () => {
    const dir = tempDir();
    const s = await newProject(dir);
    const original = readFileSync(s.file, 'utf8');
    s.mutate('rename', (d) => void (d.project.name = 'Renamed'));
    await s.save();
    expect(readFileSync(`${s.file}.bak`, 'utf8')).toBe(original);
    expect(readFileSync(s.file, 'utf8')).toContain('Renamed');
    await s.close();
  });

  it('refuses to create over an existing file', async () => {
    const dir = tempDir();
    const s = await newProject(dir);
    await s.close();
    await expect(newProject(dir)).rejects.toMatchObject({ code: 'EXISTS' });
  });

  it('notices a change made on disk by another program and does not overwrite it', async () => {
    const dir = tempDir();
    const s = await newProject(dir);
    const foreign = JSON.stringify({ ...createDocument('Edited elsewhere', FIXED_NOW()) }, null, 2);
    writeFileSync(s.file, foreign);
    s.mutate('rename', (d) => void (d.project.name = 'Mine'));
    await expect(s.save()).rejects.toMatchObject({ code: 'CONFLICT', message: /changed on disk by another program/ });
    expect(readFileSync(s.file, 'utf8')).toBe(foreign);
    await s.save({ force: true });
    expect(readFileSync(s.file, 'utf8')).toContain('Mine');
    await s.close();
  });

  it('a second session on the same file opens read-only and cannot save', async () => {
    const dir = tempDir();
    const first = await newProject(dir);
    const second = await ProjectSession.open(first.file, opts);
    expect(second.readOnly).toBe(true);
    expect(second.readOnlyReason).toMatch(/open in another Gapboard/);
    expect(() => second.mutate('x', (d) => void (d.project.name = 'x'))).toThrow(/read-only/);
    await expect(second.save()).rejects.toMatchObject({ code: 'READ_ONLY' });
    await first.close();
    const third = await ProjectSession.open(first.file, opts);
    expect(third.readOnly).toBe(false);
    await third.close();
    await second.close();
  });

  it('takes over a stale lock left by a process that is gone', async () => {
    const dir = tempDir();
    const s = await newProject(dir);
    await s.close();
    writeFileSync(
      `${s.file}.lock`,
      JSON.stringify({ pid: 2 ** 22 + 12345, host: (await import('node:os')).hostname(), at: 'x', nonce: 'n' }),
    );
    const again = await ProjectSession.open(s.file, opts);
    expect(again.readOnly).toBe(false);
    await again.close();
    expect(existsSync(`${s.file}.lock`)).toBe(false);
  });

  it('undo and redo walk the change history and track dirtiness', async () => {
    const dir = tempDir();
    const s = await newProject(dir);
    s.mutate('rename A', (d) => void (d.project.name = 'A'));
    s.mutate('rename B', (d) => void (d.project.name = 'B'));
    expect(s.dirty).toBe(true);
    expect(s.undo()).toBe('rename B');
    expect(s.doc.project.name).toBe('A');
    expect(s.undo()).toBe('rename A');
    expect(s.doc.project.name).toBe('Digits');
    expect(s.dirty).toBe(false);
    expect(s.redo()).toBe('rename A');
    expect(s.doc.project.name).toBe('A');
    await s.close();
  });

  it('a failed change leaves the document as it was', async () => {
    const dir = tempDir();
    const s = await newProject(dir);
    const before = s.doc;
    expect(() =>
      s.mutate('bad', (d) => {
        d.project.name = 'half-done';
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(s.doc).toBe(before);
    expect(s.canUndo).toBe(false);
    await s.close();
  });

  it('opening an older schema migrates in memory and keeps the original beside it on save', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'old.gapboard');
    const v0 = { ...createDocument('Old', FIXED_NOW()), schemaVersion: 0 } as Record<string, unknown>;
    delete v0.counters;
    const oldText = JSON.stringify(v0);
    writeFileSync(file, oldText);
    const s = await ProjectSession.open(file, opts);
    expect(s.schemaMigratedFrom).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(oldText);
    await s.save();
    expect(readFileSync(`${file}.schema-v0.bak`, 'utf8')).toBe(oldText);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ schemaVersion: 2 });
    await s.close();
  });

  describe('bad files are refused and left byte-identical', () => {
    const cases: [string, string | Buffer, RegExp][] = [
      ['truncated.gapboard', '{"format":"gapboard","schemaVersion":1,"proj', /not valid JSON/],
      [
        'types.gapboard',
        JSON.stringify({ ...createDocument('x', 'y'), requirements: 'none' }),
        /requirements: .*array/,
      ],
      ['newer.gapboard', JSON.stringify({ ...createDocument('x', 'y'), schemaVersion: 3 }), /newer than this Gapboard/],
      ['binary.gapboard', Buffer.from([0, 1, 2, 3, 255, 254]), /binary/],
      ['empty.gapboard', '', /empty/],
    ];
    it.each(cases)('%s', async (name, content, message) => {
      const dir = tempDir();
      const file = path.join(dir, name);
      writeFileSync(file, content);
      const before = fileHash(file);
      await expect(ProjectSession.open(file, opts)).rejects.toThrow(message);
      expect(fileHash(file)).toBe(before);
      expect(existsSync(`${file}.lock`)).toBe(false);
      expect(existsSync(`${file}.bak`)).toBe(false);
    });

    it('a folder given as the file', async () => {
      const dir = tempDir();
      const folder = path.join(dir, 'folder.gapboard');
      mkdirSync(folder);
      await expect(ProjectSession.open(folder, opts)).rejects.toMatchObject({
        code: 'NOT_A_FILE',
        message: /is a folder/,
      });
    });

    it('a file that does not exist', async () => {
      const dir = tempDir();
      await expect(ProjectSession.open(path.join(dir, 'nope.gapboard'), opts)).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    });
  });
});
