import { describe, expect, it } from 'vitest';
import { parseManifest, parseSlices, safeRelativePath } from '../../../main/core/datasets/manifest.js';

describe('safeRelativePath', () => {
  it.each([
    ['a/b.png', 'a/b.png'],
    ['./a/b.png', 'a/b.png'],
    ['a\\b.png', 'a/b.png'],
    ['a/../b.png', 'b.png'],
  ])('accepts %s as %s', (raw, want) => {
    expect(safeRelativePath(raw)).toEqual({ ok: true, path: want });
  });

  it.each([
    ['../secret.png', /outside the dataset root/],
    ['a/../../x.png', /outside the dataset root/],
    ['/etc/passwd', /absolute path/],
    ['C:\\data\\x.png', /absolute path/],
    ['', /empty/],
  ])('refuses %s', (raw, reason) => {
    const r = safeRelativePath(raw);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(reason);
  });
});

describe('parseSlices', () => {
  it('reads ;-lists and JSON arrays alike', () => {
    expect(parseSlices('night; rotated')).toEqual(['night', 'rotated']);
    expect(parseSlices('["night","rotated"]')).toEqual(['night', 'rotated']);
    expect(parseSlices(['a', ' '])).toEqual(['a']);
    expect(parseSlices('')).toBeUndefined();
  });
});

describe('parseManifest', () => {
  it('reads JSONL entries and turns bad lines into issues', () => {
    const text = [
      '{"file":"a.png","label":"cat","split":"train","slices":"night;blur"}',
      'not json',
      '{"file":"../up.png","label":"cat"}',
      '{"file":"b.png"}',
      '{"file":"a.png","label":"dog"}',
      '{"file":"c.png","label":7,"slices":["x"]}',
      '',
    ].join('\n');
    const { entries, issues } = parseManifest(Buffer.from(text), 'jsonl', 'm.jsonl');
    expect(entries).toEqual([
      { path: 'a.png', label: 'cat', split: 'train', slices: ['night', 'blur'] },
      { path: 'c.png', label: '7', slices: ['x'] },
    ]);
    expect(issues).toEqual([
      { path: 'm.jsonl:2', reason: 'line is not valid JSON' },
      { path: '../up.png', reason: expect.stringMatching(/outside the dataset root/) as string },
      { path: 'b.png', reason: expect.stringMatching(/no label/) as string },
      { path: 'a.png', reason: 'duplicate entry (line 5 repeats line 1 of m.jsonl)' },
    ]);
  });

  it('refuses a CSV manifest without a label column as a whole', () => {
    const r = parseManifest(Buffer.from('file,class\na.png,cat\n'), 'csv', 'm.csv');
    expect(r.entries).toEqual([]);
    expect(r.issues).toEqual([{ path: 'm.csv', reason: 'no "label" column (columns: file, class)' }]);
  });

  it('flags ragged CSV manifest rows', () => {
    const r = parseManifest(Buffer.from('file,label\na.png,cat\nb.png\n'), 'csv', 'm.csv');
    expect(r.entries).toEqual([{ path: 'a.png', label: 'cat' }]);
    expect(r.issues).toEqual([{ path: 'm.csv:3', reason: 'row has 1 fields, the header has 2' }]);
  });
});
