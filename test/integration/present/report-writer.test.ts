/**
 * The CLI's `report` command and the API's `report.document` / `report.export` write the same
 * bytes for the same project: both go through one writer, so a document cannot differ by the
 * front that asked for it. The sample project is used because it fills every document.
 */
import { copyFileSync, cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/contract.js';
import { createCore } from '../../../main/core/app/core-factory.js';
import type { GapboardCore } from '../../../main/core/app/create-core.js';
import { createMemoryPrefs } from '../../../main/core/app/prefs.js';
import { runCli } from '../../../main/core/cli/run-cli.js';
import { captureIo, FIXED_NOW, tempDir } from '../../helpers/temp.js';

const SAMPLE = path.resolve(import.meta.dirname, '../../../sample/digits.gapboard');

let core: GapboardCore | undefined;
afterEach(async () => {
  await core?.dispose();
  core = undefined;
});

/** A copy of the sample project, with the store it links, in a temp folder of its own. */
function sampleCopy(prefix: string): string {
  const file = path.join(tempDir(prefix), 'digits.gapboard');
  copyFileSync(SAMPLE, file);
  cpSync(SAMPLE.replace(/\.gapboard$/, '.store'), file.replace(/\.gapboard$/, '.store'), { recursive: true });
  return file;
}

async function throughCli(file: string, out: string, flags: string[]): Promise<Buffer> {
  const { io, cli } = captureIo(path.dirname(file), FIXED_NOW);
  const code = await runCli(['report', file, '--out', out, ...flags], cli);
  expect(io.err).toBe('');
  expect(code).toBe(0);
  return readFileSync(out);
}

async function throughApi(file: string, method: string, args: Record<string, unknown>): Promise<Buffer> {
  const made = createCore({
    host: 'browser',
    dataDir: path.join(path.dirname(file), '.data'),
    prefs: createMemoryPrefs(),
    now: FIXED_NOW,
  });
  core = made.core;
  const call = async (name: string, a: unknown) => {
    const r = (await made.dispatch(name, a)) as ApiResult<{ path: string }>;
    if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
    return r.value;
  };
  await call('project.open', { path: file });
  const written = await call(method, args);
  return readFileSync(written.path);
}

const DOCUMENTS: [string, string, Record<string, string>][] = [
  ['the report in English', 'html', { kind: 'report', lang: 'en' }],
  ['the report in Korean', 'html', { kind: 'report', lang: 'ko' }],
  ['the slides', 'html', { kind: 'slides', lang: 'en' }],
  ['a model card', 'md', { kind: 'model-card', run: 'RUN-3', lang: 'en' }],
  ['a datasheet in Korean', 'md', { kind: 'datasheet', dataset: 'digits@v3', lang: 'ko' }],
  ['a datasheet as HTML', 'html', { kind: 'datasheet', dataset: 'digits@v2', lang: 'en' }],
];

describe('one report writer for the CLI and the app', () => {
  it.each(DOCUMENTS)('writes %s byte for byte alike', async (_what, format, opts) => {
    const cliFile = sampleCopy('gapboard-report-cli-');
    const apiFile = sampleCopy('gapboard-report-api-');
    const flags = Object.entries(opts).flatMap(([k, v]) => [`--${k}`, v]);
    const fromCli = await throughCli(cliFile, path.join(path.dirname(cliFile), `doc.${format}`), flags);
    const fromApi = await throughApi(apiFile, 'report.document', { format, path: `doc.${format}`, ...opts });
    expect(fromCli.length).toBeGreaterThan(1000);
    expect(fromApi.equals(fromCli)).toBe(true);
  });

  it.each(['csv', 'json'])('exports the scorecards as %s byte for byte alike', async (format) => {
    const cliFile = sampleCopy('gapboard-report-cli-');
    const apiFile = sampleCopy('gapboard-report-api-');
    const fromCli = await throughCli(cliFile, path.join(path.dirname(cliFile), `scorecards.${format}`), []);
    const fromApi = await throughApi(apiFile, 'report.export', { format, path: `scorecards.${format}` });
    expect(fromCli.toString('utf8')).toContain('IT-1');
    expect(fromApi.equals(fromCli)).toBe(true);
  });
});
