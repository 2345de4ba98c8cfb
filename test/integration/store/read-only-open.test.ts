/**
 * Opening an older (schema-1) file read-only — `gapboard info`, `score`, `compare`, `verify`,
 * a presentation — migrates it in memory, and its per-sample data still answers every query,
 * but nothing is written beside the file: its folder keeps the same names and the same bytes.
 * The migrated data lives in a temporary folder that closing the session removes.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/core/cli/run-cli.js';
import { ProjectSession } from '../../../main/core/project/session.js';
import { readSamples, versionUse } from '../../../main/core/store/sample-data.js';
import { captureIo, FIXED_NOW, fileHash, tempDir } from '../../helpers/temp.js';

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/schema1/fuzz-1.gapboard');

/** Every file and folder under `dir` with its content hash: what "byte-identical" compares. */
function snapshot(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel))
    .sort()
    .flatMap((name) => {
      const child = path.join(rel, name);
      const full = path.join(dir, child);
      return statSync(full).isDirectory() ? [`${child}/`, ...snapshot(dir, child)] : [`${child} ${fileHash(full)}`];
    });
}

function schema1Copy(): { dir: string; file: string } {
  const dir = tempDir('gapboard-read-only-');
  const file = path.join(dir, 'project.gapboard');
  copyFileSync(FIXTURE, file);
  return { dir, file };
}

describe('a read-only open of a schema-1 file', () => {
  it('answers from its migrated samples and leaves the folder byte-identical', async () => {
    const { dir, file } = schema1Copy();
    const before = snapshot(dir);
    const s = await ProjectSession.open(file, { now: FIXED_NOW, readOnly: true });
    let scratch: string;
    try {
      expect(s.schemaMigratedFrom).toBe(1);
      scratch = s.storeDir;
      expect(path.relative(dir, scratch).startsWith('..')).toBe(true);
      const v = s.doc.datasets[0]!.versions[0]!;
      const samples = await readSamples(s.storeDir, v.samples!, versionUse(s.doc.datasets[0]!.name, v.version));
      const inline = (JSON.parse(readFileSync(file, 'utf8')) as { datasets: { versions: { samples: unknown[] }[] }[] })
        .datasets[0]!.versions[0]!.samples;
      expect(samples).toEqual(inline);
      expect(snapshot(dir)).toEqual(before);
    } finally {
      await s.close();
    }
    expect(snapshot(dir)).toEqual(before);
    expect(existsSync(scratch)).toBe(false);
  });

  it('through the CLI commands that only read, leaves the folder byte-identical too', async () => {
    const { dir, file } = schema1Copy();
    const before = snapshot(dir);
    const asked = [
      ['info', file, '--json'],
      ['score', file, '--json', '--allow-untested'],
      ['compare', file, 'RUN-1', 'RUN-2', '--json'],
      ['dataset', 'diff', file, 'digits@v2', '--json'],
      ['verify', file, '--json'],
    ];
    for (const argv of asked) {
      const { io, cli } = captureIo(dir);
      await runCli(argv, cli);
      expect(io.err, argv.join(' ')).not.toMatch(/store|error/i);
      // Each answers in JSON, the ones reading samples or predictions from the migrated store too.
      expect(() => JSON.parse(io.out) as unknown, argv.join(' ')).not.toThrow();
    }
    expect(snapshot(dir)).toEqual(before);
  });

  it('saved as a new file, takes its migrated store along', async () => {
    const { dir, file } = schema1Copy();
    const before = snapshot(dir);
    const target = path.join(tempDir('gapboard-read-only-copy-'), 'elsewhere', 'mine.gapboard');
    const { io, cli } = captureIo(dir);
    expect(await runCli(['save-as', file, target], cli)).toBe(0);
    expect(io.err).toBe('');
    expect(snapshot(dir)).toEqual(before);
    const inline = JSON.parse(readFileSync(file, 'utf8')) as { datasets: { versions: { samples: unknown[] }[] }[] };
    const copy = await ProjectSession.open(target, { now: FIXED_NOW, readOnly: true });
    try {
      expect(copy.schemaMigratedFrom).toBeUndefined();
      expect(copy.storeDir).toBe(path.join(path.dirname(target), 'mine.store'));
      const ds = copy.doc.datasets[0]!;
      for (const [i, v] of ds.versions.entries()) {
        const samples = await readSamples(copy.storeDir, v.samples!, versionUse(ds.name, v.version));
        expect(samples).toEqual(inline.datasets[0]!.versions[i]!.samples);
      }
    } finally {
      await copy.close();
    }
  });
});
