/**
 * The sample generator: regenerates the whole sample into a temp folder
 * and pins what it must be — byte-for-byte reproducible, real grayscale PNGs in three dataset
 * versions, ONNX models that onnxruntime runs exactly like the generator's own forward pass,
 * and a story whose gaps close over three iterations with one still open.
 *
 * The fingerprint beside this file pins the bytes across machines and Node versions; after an
 * intended change to the generator, refresh it with UPDATE_SAMPLE_FINGERPRINT=1.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as ort from 'onnxruntime-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ASSETS_FILE,
  generateSampleAssetsWithModels,
  type SampleAssets,
  type TrainedModel,
} from '../../../sample-generator/index.js';
import { argmax, forward } from '../../../sample-generator/mlp.js';
import { decodeGrayPng } from '../../../sample-generator/png.js';
import { sampleProjectSuite } from './project-checks.js';

const FINGERPRINT = path.join(import.meta.dirname, 'expected-fingerprint.json');
const LONG = 300_000;

let dir: string;
let assets: SampleAssets;
let models: TrainedModel[];

interface Entry {
  file: string;
  label: string;
  split: string;
  slices: string[];
}

const sha = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

async function listFiles(root: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const d of await readdir(path.join(root, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${d.name}` : d.name;
    if (d.isDirectory()) out.push(...(await listFiles(root, child)));
    else out.push(child);
  }
  return out.sort();
}

async function manifest(version: number): Promise<Entry[]> {
  const text = await readFile(path.join(dir, assets.dataset.root, `v${version}.jsonl`), 'utf8');
  return text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Entry);
}

/** Decodes a version's test images from disk into one [N, 1, 28, 28] float32 batch. */
async function testBatch(version: number): Promise<{ entries: Entry[]; data: Float32Array }> {
  const entries = (await manifest(version)).filter((e) => e.split === 'test');
  const data = new Float32Array(entries.length * 784);
  await Promise.all(
    entries.map(async (e, k) => {
      const png = decodeGrayPng(await readFile(path.join(dir, assets.dataset.root, e.file)));
      for (let i = 0; i < 784; i++) data[k * 784 + i] = (png.pixels[i] as number) / 255;
    }),
  );
  return { entries, data };
}

function fingerprint(a: SampleAssets, assetsJson: string) {
  return {
    assetsJsonSha256: sha(assetsJson),
    images: a.images,
    fileCount: a.files.length,
    totalBytes: a.totalBytes,
    filesSha256: sha(a.files.map((f) => `${f.path} ${f.sha256} ${f.bytes}`).join('\n')),
    manifests: Object.fromEntries(
      a.dataset.versions.map((v) => [v.manifest, a.files.find((f) => f.path === v.manifest)?.sha256]),
    ),
    models: Object.fromEntries(a.models.map((m) => [m.file, m.sha256])),
    metrics: Object.fromEntries(
      a.models.flatMap((m) =>
        m.evaluations.map((e) => [
          `${m.id}@v${e.datasetVersion}`,
          Object.fromEntries(
            ['accuracy', 'min_class_recall', 'slice[rotated].accuracy', 'slice[blurred].accuracy']
              .filter((k) => k in e.metrics)
              .map((k) => [k, e.metrics[k]]),
          ),
        ]),
      ),
    ),
  };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'gapboard-sample-'));
  ({ assets, models } = await generateSampleAssetsWithModels(dir));
}, LONG);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('sample generator', () => {
  it('writes exactly the files and images it describes, with their sizes and hashes', async () => {
    const images = (await manifest(2)).map((e) => `${assets.dataset.root}/${e.file}`).sort();
    const onDisk = await listFiles(dir);
    expect(onDisk).toEqual([...assets.files.map((f) => f.path), ...images, ASSETS_FILE].sort());
    for (const f of assets.files) {
      const bytes = await readFile(path.join(dir, f.path));
      expect({ path: f.path, bytes: bytes.length, sha256: sha(bytes) }).toEqual(f);
    }
    const lines: string[] = [];
    let imageBytes = 0;
    for (const rel of images) {
      const bytes = await readFile(path.join(dir, rel));
      lines.push(`${rel} ${sha(bytes)}`);
      imageBytes += bytes.length;
    }
    expect(assets.images).toEqual({
      dir: assets.dataset.root,
      count: images.length,
      bytes: imageBytes,
      sha256: sha(lines.join('\n')),
    });
    expect(assets.totalBytes).toBe(imageBytes + assets.files.reduce((s, f) => s + f.bytes, 0));
    // The returned description is exactly what sample-assets.json holds.
    expect(JSON.parse(await readFile(path.join(dir, ASSETS_FILE), 'utf8'))).toEqual(assets);
  });

  it('reproduces the pinned bytes (same files, models, manifests and metrics on every machine)', async () => {
    const actual = fingerprint(assets, await readFile(path.join(dir, ASSETS_FILE), 'utf8'));
    if (process.env.UPDATE_SAMPLE_FINGERPRINT === '1') {
      await writeFile(FINGERPRINT, `${JSON.stringify(actual, null, 2)}\n`);
    }
    const expected = JSON.parse(await readFile(FINGERPRINT, 'utf8')) as unknown;
    expect(actual).toEqual(expected);
  });

  it(
    'gives the same bytes when run again, replacing only what its previous run wrote',
    async () => {
      const again = await mkdtemp(path.join(tmpdir(), 'gapboard-sample-'));
      try {
        // A previous run's leftovers (listed file, image named by a listed manifest) and a
        // file the generator does not own (the project file phase 2 writes).
        const put = async (rel: string, text: string): Promise<void> => {
          await mkdir(path.dirname(path.join(again, rel)), { recursive: true });
          await writeFile(path.join(again, rel), text);
        };
        await put('docs/old-guide.md', 'old');
        await put('data/digits/old/x.png', 'old');
        await put('data/digits/v9.jsonl', '{"file":"old/x.png","label":"1","split":"train","slices":[]}\n');
        await put('digits.gapboard', '{"format":"gapboard"}');
        await put(
          ASSETS_FILE,
          JSON.stringify({
            dataset: { root: 'data/digits', versions: [{ manifest: 'data/digits/v9.jsonl' }] },
            files: [{ path: 'docs/old-guide.md' }, { path: 'data/digits/v9.jsonl' }, { path: '../outside.txt' }],
          }),
        );

        const second = await generateSampleAssetsWithModels(again, { models: ['softmax'] });
        const firstByPath = new Map(assets.files.map((f) => [f.path, f.sha256]));
        expect(second.assets.files.length).toBe(assets.files.length - 2);
        for (const f of second.assets.files) expect(firstByPath.get(f.path), f.path).toBe(f.sha256);
        expect(second.assets.images).toEqual(assets.images);
        expect(second.assets.relabels).toEqual(assets.relabels);
        expect(second.assets.dataset.versions).toEqual(assets.dataset.versions);

        const left = await listFiles(again);
        expect(left).toContain('digits.gapboard');
        expect(left.filter((f) => f.includes('old') || f.endsWith('v9.jsonl'))).toEqual([]);
      } finally {
        await rm(again, { recursive: true, force: true });
      }
    },
    LONG,
  );

  it('stores every image as a 28×28 8-bit grayscale PNG (colorType 0)', async () => {
    const pngs = (await manifest(2)).map((e) => e.file);
    expect(assets.images.count).toBe(2950);
    for (const file of pngs.filter((_, i) => i % 50 === 0)) {
      const bytes = await readFile(path.join(dir, assets.dataset.root, file));
      // IHDR: width, height (big-endian u32), bit depth, color type.
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20), bytes[24], bytes[25]]).toEqual([28, 28, 8, 0]);
    }
  });

  it('keeps the sample small enough to commit', () => {
    expect(assets.totalBytes).toBeLessThan(3_500_000);
    for (const m of assets.models) expect(m.bytes).toBeLessThan(1_000_000);
  });
});

describe('dataset versions', () => {
  it('v1 clean, v2 adds the rotated and blurred slices, v3 relabels the same files', async () => {
    const [v1, v2, v3] = [await manifest(1), await manifest(2), await manifest(3)];
    expect(v1.every((e) => e.slices.length === 0)).toBe(true);
    const v1Files = new Set(v1.map((e) => e.file));
    expect(v2.filter((e) => v1Files.has(e.file)).length).toBe(v1.length);
    expect(new Set(v2.flatMap((e) => e.slices))).toEqual(new Set(['rotated', 'blurred']));
    for (const split of ['train', 'test']) {
      for (const slice of ['rotated', 'blurred']) {
        expect(v2.some((e) => e.split === split && e.slices.includes(slice)), `${split}/${slice}`).toBe(true);
      }
    }
    expect(v3.map((e) => e.file)).toEqual(v2.map((e) => e.file));

    const changed = v3.filter((e, i) => e.label !== v2[i]?.label);
    const relabelFile = (await readFile(path.join(dir, 'docs/relabels-v3.jsonl'), 'utf8')).trim().split('\n');
    expect(changed.map((e) => e.file)).toEqual(assets.relabels.map((r) => r.file));
    expect(relabelFile.map((l) => (JSON.parse(l) as { file: string }).file)).toEqual(changed.map((e) => e.file));
    // "A few percent" of wrong labels, in v1 already, all fixed in v3.
    expect(changed.length / v3.length).toBeGreaterThan(0.02);
    expect(changed.length / v3.length).toBeLessThan(0.05);
    const v1Labels = new Map(v1.map((e) => [e.file, e.label]));
    const sinceV1 = assets.relabels.filter((r) => r.since === 1);
    expect(sinceV1.length).toBeGreaterThan(0);
    for (const r of sinceV1) expect(v1Labels.get(r.file)).toBe(r.from);
    expect(assets.dataset.versions.map((v) => v.diff)).toEqual([
      { added: 1645, removed: 0, relabeled: 0 },
      { added: 1305, removed: 0, relabeled: 0 },
      { added: 0, removed: 0, relabeled: changed.length },
    ]);
  });

  it('each version has a labeling batch whose accepted quantity is what the version added', () => {
    const [b1, b2, b3] = assets.dataset.versions.map((v) => v.batch);
    expect(b1?.quantityAccepted).toBe(1645);
    expect(b2?.quantityAccepted).toBe(1305);
    for (const b of [b1, b2, b3]) {
      expect(b?.currency).toBe('KRW');
      expect(b?.quantityOrdered).toBeGreaterThanOrEqual(b?.quantityDelivered ?? Infinity);
      expect(b?.quantityDelivered).toBeGreaterThanOrEqual(b?.quantityAccepted ?? Infinity);
    }
    expect(b3?.guide.version).toBe('1.1');
  });
});

describe('models', () => {
  it('are opset-13 ONNX files with a symbolic batch that onnxruntime runs like the TS forward pass (≤ 1e-4)', async () => {
    const { data } = await testBatch(2);
    const n = 64;
    const batch = data.subarray(0, n * 784);
    for (const m of assets.models) {
      const session = await ort.InferenceSession.create(path.join(dir, m.file));
      expect(session.inputNames).toEqual(['input']);
      expect(session.outputNames).toEqual(['logits']);
      const out = await session.run({ input: new ort.Tensor('float32', batch, [n, 1, 28, 28]) });
      const logits = out.logits?.data as Float32Array;
      expect(out.logits?.dims).toEqual([n, 10]);
      const trained = models.find((t) => t.id === m.id);
      if (!trained) throw new Error(`no in-memory model ${m.id}`);
      let maxDiff = 0;
      for (let k = 0; k < n; k++) {
        const ref = forward(trained.model, batch.subarray(k * 784, (k + 1) * 784));
        for (let j = 0; j < 10; j++) maxDiff = Math.max(maxDiff, Math.abs((logits[k * 10 + j] as number) - (ref[j] as number)));
      }
      expect(maxDiff, m.id).toBeLessThan(1e-4);
      expect(maxDiff, `${m.id} is not a trivial model`).toBeGreaterThan(0);
      await session.release();
    }
  });

  it('reproduce the recorded predictions exactly when onnxruntime reads the PNGs from disk', async () => {
    for (const version of [1, 2, 3]) {
      const { entries, data } = await testBatch(version);
      for (const m of assets.models) {
        const session = await ort.InferenceSession.create(path.join(dir, m.file));
        const out = await session.run({ input: new ort.Tensor('float32', data, [entries.length, 1, 28, 28]) });
        const logits = out.logits?.data as Float32Array;
        const predicted = entries.map((_, k) => String(argmax(logits.subarray(k * 10, k * 10 + 10))));
        const evaluation = m.evaluations.find((e) => e.datasetVersion === version);
        expect(sha(predicted.join('\n')), `${m.id}@v${version}`).toBe(evaluation?.predictionsSha256);
        const correct = predicted.filter((p, k) => p === entries[k]?.label).length;
        expect(correct / entries.length).toBeCloseTo(evaluation?.metrics.accuracy ?? -1, 6);
        await session.release();
      }
    }
  });

  it('rise in quality: softmax < MLP < wide MLP on the versions they were trained for', () => {
    const acc = (id: string, v: number, key = 'accuracy'): number =>
      assets.models.find((m) => m.id === id)?.evaluations.find((e) => e.datasetVersion === v)?.metrics[key] ?? NaN;
    expect(acc('softmax', 1)).toBeGreaterThan(0.8);
    expect(acc('mlp', 1)).toBeGreaterThan(acc('softmax', 1));
    expect(acc('mlp-wide', 3)).toBeGreaterThan(acc('mlp', 3));
    // Tilted photos are what the baseline cannot read.
    expect(acc('softmax', 2, 'slice[rotated].accuracy')).toBeLessThan(acc('softmax', 2, 'untagged_accuracy') - 0.15);
    expect(acc('mlp-wide', 3, 'slice[rotated].accuracy')).toBeGreaterThan(acc('mlp', 3, 'slice[rotated].accuracy'));
  });
});

describe('the story', () => {
  const met = (op: string, value: number, target: number): boolean => (op === '>=' ? value >= target : value <= target);

  it('closes must-requirement gaps over three iterations and leaves one realistic gap open', () => {
    const byId = new Map(assets.requirements.map((r) => [r.id, r]));
    const unmetMust = assets.iterations.map((it) =>
      it.requirements
        .filter((r) => byId.get(r.id)?.priority === 'must')
        .filter((r) => {
          const value = it.expected[byId.get(r.id)?.metric ?? ''];
          return value !== undefined && !met(r.op, value, r.target);
        })
        .map((r) => r.id),
    );
    expect(unmetMust).toEqual([['R-1', 'R-2', 'R-6'], ['R-1', 'R-2'], ['R-2']]);
    const allUnmet = assets.iterations.map(
      (it) =>
        it.requirements.filter((r) => {
          const value = it.expected[byId.get(r.id)?.metric ?? ''];
          return value !== undefined && !met(r.op, value, r.target);
        }).length,
    );
    expect(allUnmet).toEqual([3, 4, 1]);
    expect(assets.qa.find((q) => q.status === 'open')?.linkedRequirement).toBe('R-2');
  });

  it('keeps target changes in the requirement history and adds the slice requirements in iteration 2', () => {
    const r1 = assets.requirements.find((r) => r.id === 'R-1');
    expect(r1?.history.map((h) => [h.iteration, h.target])).toEqual([
      [1, 0.97],
      [2, 0.93],
    ]);
    expect(assets.iterations[0]?.requirements.find((r) => r.id === 'R-1')?.target).toBe(0.97);
    expect(assets.iterations.map((it) => it.requirements.map((r) => r.id).includes('R-7'))).toEqual([false, true, true]);
  });
});

// Phase 2 on the same generated assets: the project file, checked against the committed sample.
describe('the sample project', () => sampleProjectSuite(() => ({ dir, assets })));
