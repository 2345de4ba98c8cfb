/**
 * The quantized variant of the sample's best model, end to end through the CLI: it is smaller
 * on disk, onnxruntime runs it, and the accuracy Gapboard records on the test split equals
 * that of a bare onnxruntime-node run of the variant file (decoded, scaled and argmaxed here,
 * independently of the engine). Its comparison with the parent is checked against discordant
 * pairs counted from bare runs of both files.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { copyFile, cp, readFile, stat, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as ort from 'onnxruntime-node';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/core/cli/run-cli.js';
import { parseDocument } from '../../../main/core/project/document.js';
import type { ProjectDocument } from '../../../shared/schema.js';
import { compareWithParent } from '../../../main/core/runs/variant-compare.js';
import { captureIo } from '../../helpers/temp.js';

const SAMPLE = path.join(import.meta.dirname, '../../../sample');

/**
 * Top-1 correctness per test sample of a bare onnxruntime-node run, in manifest order, fed in
 * batches of `batch` like the engine. Batches matter for the variant: MatMulInteger's
 * activation scale is computed per call over the whole input tensor.
 */
async function bareRun(modelFile: string, manifest: { file: string; label: string }[], dataDir: string, batch: number) {
  const session = await ort.InferenceSession.create(modelFile);
  const right: boolean[] = [];
  for (let start = 0; start < manifest.length; start += batch) {
    const chunk = manifest.slice(start, start + batch);
    const x = new Float32Array(chunk.length * 28 * 28);
    for (const [j, s] of chunk.entries()) {
      const png = PNG.sync.read(await readFile(path.join(dataDir, s.file)));
      // Grayscale PNGs decode to RGBA with R = G = B; scale 1/255 as the sample's runs record.
      for (let i = 0; i < 28 * 28; i++) x[j * 784 + i] = png.data[i * 4]! / 255;
    }
    const feeds = { [session.inputNames[0]!]: new ort.Tensor('float32', x, [chunk.length, 1, 28, 28]) };
    const logits = (await session.run(feeds))[session.outputNames[0]!]!.data as Float32Array;
    for (const [j, s] of chunk.entries()) {
      const row = logits.subarray(j * 10, j * 10 + 10);
      let best = 0;
      for (let k = 1; k < 10; k++) if (row[k]! > row[best]!) best = k;
      right.push(String(best) === s.label);
    }
  }
  await session.release();
  return right;
}

describe('the sample’s best model, quantized', () => {
  let dir: string;
  let file: string;
  let doc: ProjectDocument;
  let out = '';

  beforeAll(async () => {
    // One folder for the whole suite: the tests read what the setup wrote.
    dir = mkdtempSync(path.join(os.tmpdir(), 'gapboard-variant-'));
    // The 2,950 images are linked, not copied: only the project file, its store and the models change.
    await cp(path.join(SAMPLE, 'models'), path.join(dir, 'models'), { recursive: true });
    await copyFile(path.join(SAMPLE, 'digits.gapboard'), path.join(dir, 'digits.gapboard'));
    await cp(path.join(SAMPLE, 'digits.store'), path.join(dir, 'digits.store'), { recursive: true });
    await symlink(path.join(SAMPLE, 'data'), path.join(dir, 'data'), 'dir');
    file = path.join(dir, 'digits.gapboard');
    const cli = async (...argv: string[]) => {
      const { io, cli: cio } = captureIo(dir);
      const code = await runCli(argv, cio);
      if (code !== 0) throw new Error(`${argv.join(' ')} → ${code}: ${io.err}`);
      return io.out;
    };
    out = await cli('model', 'quantize', file, '--model', 'mlp-wide-v3');
    await cli('eval', file, '--model', 'mlp-wide-v3-int8', '--dataset', 'digits@v3:test', '--record');
    doc = parseDocument(await readFile(file), 'digits.gapboard').doc;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is registered as a quantized variant, says what it changed, and is smaller on disk', async () => {
    const parent = doc.models.find((m) => m.name === 'mlp-wide-v3')!;
    const variant = doc.models.find((m) => m.name === 'mlp-wide-v3-int8')!;
    expect(variant.variantOf).toMatchObject({ model: parent.id, kind: 'quantized' });
    expect(out).toMatch(/fc1\.weight\s+784×128\s+MatMulInteger\s+per-channel/);
    expect(out).toMatch(/fc2\.weight\s+128×10\s+MatMulInteger\s+per-channel/);
    const sizes = await Promise.all([parent, variant].map((m) => stat(path.join(dir, m.path)).then((s) => s.size)));
    expect(sizes[1]).toBeLessThan(sizes[0]! / 3);
    expect(variant.size).toBe(sizes[1]);
    expect(variant.operators).toMatchObject({ MatMulInteger: 2, DynamicQuantizeLinear: 2, Flatten: 1, Relu: 1 });
    expect(variant.operators).not.toHaveProperty('Gemm');
  });

  it('records the test-split accuracy a bare onnxruntime-node run of the variant file gives', async () => {
    const manifest = (await readFile(path.join(SAMPLE, 'data/digits/v3.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; label: string; split: string })
      .filter((s) => s.split === 'test');
    const variant = doc.models.find((m) => m.name === 'mlp-wide-v3-int8')!;
    const parent = doc.models.find((m) => m.name === 'mlp-wide-v3')!;
    const run = doc.runs.find((r) => r.model === variant.id && r.status === 'done')!;
    const dataDir = path.join(SAMPLE, 'data/digits');
    // The run used the engine's default batch of 32 (recorded with it).
    expect(run.settings.batch).toBe(32);
    const vRight = await bareRun(path.join(dir, variant.path), manifest, dataDir, 32);
    const pRight = await bareRun(path.join(dir, parent.path), manifest, dataDir, 32);
    expect(manifest.length).toBe(700);
    expect(run.metrics.accuracy).toBe(vRight.filter(Boolean).length / vRight.length);

    const cmp = await compareWithParent(doc, path.join(dir, 'digits.store'), run);
    if (!cmp.ok) throw new Error(cmp.reason);
    const b = pRight.filter((r, i) => r && !vRight[i]).length;
    const c = pRight.filter((r, i) => !r && vRight[i]).length;
    expect(cmp.value.parent.run).toBe('RUN-3');
    expect(cmp.value.common).toBe(700);
    expect(cmp.value.overall).toMatchObject({ parentOnly: b, variantOnly: c, n: 700 });
    expect(cmp.value.overall!.parent).toBe(pRight.filter(Boolean).length / 700);
    expect(cmp.value.perClass.map((p) => p.n).reduce((a, x) => a + x, 0)).toBe(700);
    expect(cmp.value.figures[0]).toMatchObject({ key: 'size_bytes', parent: parent.size, variant: variant.size });
  });
});
