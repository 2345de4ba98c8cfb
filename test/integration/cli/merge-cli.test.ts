import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/core/cli/run-cli.js';
import { parseDocument, serializeDocument } from '../../../main/core/project/document.js';
import type { ProjectDocument } from '../../../shared/schema.js';
import { baseProject, copy, requirement } from '../../helpers/merge-fixture.js';
import { captureIo, fileHash, tempDir } from '../../helpers/temp.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const BIN = path.join(ROOT, 'bin', 'gapboard.mjs');
const run = promisify(execFile);

async function cli(dir: string, ...argv: string[]) {
  const { io, cli: cio } = captureIo(dir);
  const code = await runCli(argv, cio);
  return { code, ...io };
}

const write = (file: string, doc: ProjectDocument) => writeFileSync(file, serializeDocument(doc));
const read = (file: string) => parseDocument(readFileSync(file), path.basename(file)).doc;

function copies(dir: string) {
  const base = baseProject();
  const mine = copy(base);
  const theirs = copy(base);
  mine.requirements[0]!.target = 0.95;
  theirs.requirements[1]!.title = 'p95 on the laptop';
  mine.requirements.push(requirement('R-4', 'error_rate', 0.05, '2026-02-01T00:00:00.000Z'));
  theirs.requirements.push(requirement('R-4', 'model_size_mb', 20, '2026-02-02T00:00:00.000Z'));
  mine.counters.requirement = theirs.counters.requirement = 4;
  write(path.join(dir, 'base.gapboard'), base);
  write(path.join(dir, 'mine.gapboard'), mine);
  write(path.join(dir, 'theirs.gapboard'), theirs);
  return { base, mine, theirs };
}

describe('gapboard merge', () => {
  it('merges three-way into a new file and reports what it took and renumbered as JSON', async () => {
    const dir = tempDir();
    copies(dir);
    const r = await cli(
      dir,
      'merge',
      'mine.gapboard',
      'theirs.gapboard',
      '--base',
      'base.gapboard',
      '--out',
      'out.gapboard',
      '--json',
    );
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as {
      renumbered: unknown[];
      conflicts: unknown[];
      missingFiles: { path: string }[];
    };
    expect(report.renumbered).toEqual([{ kind: 'requirement', from: 'R-4', to: 'R-5' }]);
    expect(report.conflicts).toEqual([]);
    // Models and dataset folders are linked, never copied: the ones not on this disk are listed.
    expect(report.missingFiles.map((m) => m.path)).toEqual(['models/mlp.onnx', 'data/v1']);
    const out = read(path.join(dir, 'out.gapboard'));
    expect(out.requirements.map((x) => [x.id, x.metric, x.target])).toEqual([
      ['R-1', 'accuracy', 0.95],
      ['R-2', 'latency_p95_ms', 20],
      ['R-3', 'macro_f1', 0.8],
      ['R-4', 'error_rate', 0.05],
      ['R-5', 'model_size_mb', 20],
    ]);
    expect(out.requirements[1]!.title).toBe('p95 on the laptop');
  });

  it('refuses to write while a conflict is unresolved, then resolves it per item into mine', async () => {
    const dir = tempDir();
    const { mine, theirs } = copies(dir);
    mine.requirements[2]!.target = 0.85;
    theirs.requirements[2]!.target = 0.9;
    write(path.join(dir, 'mine.gapboard'), mine);
    write(path.join(dir, 'theirs.gapboard'), theirs);
    const before = fileHash(path.join(dir, 'mine.gapboard'));
    const r = await cli(dir, 'merge', 'mine.gapboard', 'theirs.gapboard', '--base', 'base.gapboard');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/requirement:R-3\s+R-3 macro_f1 target — changed on both sides/);
    expect(r.err).toMatch(/target\s+0\.8\s+0\.85\s+0\.9/);
    expect(r.err).toContain('Nothing was written');
    expect(fileHash(path.join(dir, 'mine.gapboard'))).toBe(before);
    const bad = await cli(dir, 'merge', 'mine.gapboard', 'theirs.gapboard', '--resolve', 'requirement:R-9=mine');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--resolve names no conflict: requirement:R-9');
    const ok = await cli(
      dir,
      'merge',
      'mine.gapboard',
      'theirs.gapboard',
      '--base',
      'base.gapboard',
      '--resolve',
      'requirement:R-3=theirs',
    );
    expect(ok.code).toBe(0);
    const merged = read(path.join(dir, 'mine.gapboard'));
    expect(merged.requirements[2]!.target).toBe(0.9);
    expect(merged.requirements).toHaveLength(5);
  });

  it('names a file that is not a project and changes nothing', async () => {
    const dir = tempDir();
    copies(dir);
    writeFileSync(path.join(dir, 'junk.gapboard'), '{"format":"other"}');
    const r = await cli(dir, 'merge', 'mine.gapboard', 'junk.gapboard');
    expect(r.code).toBe(1);
    expect(r.err).toContain('junk.gapboard is not a Gapboard project');
  });
});

describe('gapboard merge --git as a git merge driver', () => {
  async function repo(dir: string) {
    const git = (...args: string[]) => run('git', args, { cwd: dir });
    await git('init', '-q', '-b', 'main');
    await git('config', 'user.email', 'test@example.com');
    await git('config', 'user.name', 'Test');
    // The two lines the README gives, with the CLI called by its path.
    writeFileSync(path.join(dir, '.gitattributes'), '*.gapboard merge=gapboard\n');
    await git('config', 'merge.gapboard.driver', `node ${JSON.stringify(BIN)} merge --git %O %A %B %P`);
    return git;
  }

  async function branches(dir: string, edit: (mine: ProjectDocument, theirs: ProjectDocument) => void) {
    const git = await repo(dir);
    const file = path.join(dir, 'digits.gapboard');
    const base = baseProject();
    write(file, base);
    await git('add', '-A');
    await git('commit', '-qm', 'base');
    const mine = copy(base);
    const theirs = copy(base);
    edit(mine, theirs);
    await git('checkout', '-qb', 'teammate');
    write(file, theirs);
    await git('commit', '-qam', 'theirs');
    await git('checkout', '-q', 'main');
    write(file, mine);
    await git('commit', '-qam', 'mine');
    return { git, file };
  }

  it('merges two branches that both edited the project into a valid file', async () => {
    const dir = tempDir();
    const { git, file } = await branches(dir, (mine, theirs) => {
      mine.requirements[0]!.target = 0.95;
      theirs.requirements[1]!.title = 'p95 on the laptop';
      mine.requirements.push(requirement('R-4', 'error_rate', 0.05, '2026-02-01T00:00:00.000Z'));
      theirs.requirements.push(requirement('R-4', 'model_size_mb', 20, '2026-02-02T00:00:00.000Z'));
      mine.counters.requirement = theirs.counters.requirement = 4;
      theirs.decisions = [];
    });
    await git('merge', '-q', '--no-edit', 'teammate');
    const merged = read(file);
    expect(merged.requirements.map((r) => `${r.id} ${r.metric}`)).toEqual([
      'R-1 accuracy',
      'R-2 latency_p95_ms',
      'R-3 macro_f1',
      'R-4 error_rate',
      'R-5 model_size_mb',
    ]);
    expect(merged.requirements[0]!.target).toBe(0.95);
    expect(merged.requirements[1]!.title).toBe('p95 on the laptop');
    expect(merged.decisions).toEqual([]);
    expect((await git('status', '--porcelain')).stdout).toBe('');
  });

  it('stops with a clear conflict report and leaves a valid file when both changed one field', async () => {
    const dir = tempDir();
    const { git, file } = await branches(dir, (mine, theirs) => {
      mine.requirements[2]!.target = 0.85;
      theirs.requirements[2]!.target = 0.9;
    });
    const failed = await git('merge', '--no-edit', 'teammate').then(
      () => null,
      (err: { stdout: string; stderr: string }) => err,
    );
    expect(failed).not.toBeNull();
    const text = `${failed!.stdout}${failed!.stderr}`;
    expect(text).toContain('digits.gapboard has conflicts git cannot settle');
    expect(text).toMatch(/requirement:R-3 .*changed on both sides/);
    expect(text).toContain('git show :3:digits.gapboard > theirs.gapboard');
    expect(read(file).requirements[2]!.target).toBe(0.85);
    expect((await git('status', '--porcelain')).stdout).toContain('UU digits.gapboard');
  });
});
