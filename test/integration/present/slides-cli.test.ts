/**
 * Exporting the sample's slides through the built CLI prints the file it wrote and nothing
 * else: a chart-library notice on standard error reads like a failure to the person running it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'gapboard-slides-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('gapboard report --kind slides', () => {
  it.each(['en', 'ko'])('writes the %s deck with the trade-off slide and prints nothing on standard error', (lang) => {
    cpSync(path.join(ROOT, 'sample'), dir, { recursive: true });
    const out = path.join(dir, `slides-${lang}.html`);
    const r = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'bin/gapboard.mjs'),
        'report',
        path.join(dir, 'digits.gapboard'),
        '--kind',
        'slides',
        '--lang',
        lang,
        '--out',
        out,
      ],
      { encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(out);
    expect(readFileSync(out, 'utf8')).toMatch(/data-chart="tradeoff"><svg/);
  });
});
