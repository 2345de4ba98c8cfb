/**
 * Schema-1 files (every sample and prediction inline) open as schema 2 with their per-sample
 * data in the store, and every answer that reads that data is the same as before: the board's
 * scores, the fair comparisons of every two runs, every version diff. "Before" is what the
 * build before the store answered on the same files (test/fixtures/schema1/before.json, see
 * per-sample-answers.mjs); the fuzzed files come from make_fuzzed.py.
 */
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/core/cli/run-cli.js';
import { ProjectSession } from '../../../main/core/project/session.js';
import { captureIo } from '../../helpers/temp.js';
// @ts-expect-error -- a plain script shared with the fixture's generator, typed by use
import { fixtureFiles, questions } from '../../fixtures/schema1/per-sample-answers.mjs';

type Before = Record<string, Record<string, unknown>>;
const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/schema1');
const before = JSON.parse(readFileSync(path.join(FIXTURES, 'before.json'), 'utf8')) as Before;
const root = mkdtempSync(path.join(os.tmpdir(), 'gapboard-migration-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const files = (fixtureFiles as () => [string, string][])();

describe('a schema-1 file opens as schema 2, its samples and predictions moved to the store', () => {
  it('links every manifest and prediction column, and keeps the JSON small', async () => {
    const dir = mkdtempSync(path.join(root, 'sample-'));
    const file = path.join(dir, 'digits.gapboard');
    copyFileSync(files[0]![1], file);
    const original = readFileSync(file);
    const s = await ProjectSession.open(file, { now: () => '2026-01-02T03:04:05.000Z' });
    try {
      expect(s.schemaMigratedFrom).toBe(1);
      expect(s.doc.schemaVersion).toBe(2);
      const versions = s.doc.datasets.flatMap((d) => d.versions);
      expect(versions.map((v) => v.samples?.rows)).toEqual(versions.map((v) => v.stats.count));
      const stored = readdirSync(path.join(dir, 'digits.store')).sort();
      const links = [...versions.map((v) => v.samples!.store), ...s.doc.runs.map((r) => r.predictions!.store)];
      expect(stored).toEqual([...new Set(links)].map((h) => `${h}.parquet`).sort());
      // Opening alone writes nothing over the file; saving upgrades it and keeps the original.
      expect(readFileSync(file).equals(original)).toBe(true);
      await s.save();
    } finally {
      await s.close();
    }
    expect(readFileSync(`${file}.schema-v1.bak`).equals(original)).toBe(true);
    const saved = readFileSync(file);
    expect(saved.length).toBeLessThan(original.length / 10);
    expect(JSON.parse(saved.toString('utf8'))).toMatchObject({ schemaVersion: 2 });
  });

  it.each(files.map(([name]) => [name]))('%s: every score, comparison and diff is what it was', async (name) => {
    const source = files.find(([n]) => n === name)![1];
    const dir = mkdtempSync(path.join(root, 'answers-'));
    const file = path.join(dir, path.basename(source));
    copyFileSync(source, file);
    const expected = before[name]!;
    const asked = (questions as (f: string) => string[][])(source);
    expect(asked.length).toBe(Object.keys(expected).length);
    for (const [key, cmd, ...args] of asked) {
      const { io, cli } = captureIo(dir);
      await runCli([...cmd!.split(' '), file, ...args], cli);
      expect({ key, answer: JSON.parse(io.out) as unknown }).toEqual({ key, answer: expected[key!] });
    }
    // Every question opened the file read-only: the folder holds the file alone, unchanged.
    expect(readdirSync(dir)).toEqual([path.basename(file)]);
    expect(readFileSync(file).equals(readFileSync(source))).toBe(true);
  });
});
