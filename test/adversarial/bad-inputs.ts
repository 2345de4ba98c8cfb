/**
 * Bad models and images through the real CLI (in process): damaged, empty, mislabelled and
 * foreign ONNX files to `model add` and `eval`; an image folder with empty, truncated, random,
 * misnamed and header-only files and a symlink loop to `dataset add` and `eval`. Each must end
 * with exit 0 or 1 and words, never a stack trace, and the project file must stay a project.
 *
 * Decoding limits (a pixel cap against decompression bombs, one sniffing path shared by
 * `dataset add` and `eval`, unreadable folder entries as per-file issues) are another piece of
 * work; this part asserts only what holds without them — so it has no real bomb and no
 * non-UTF-8 file name in the folder it evaluates.
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { runCli } from '../../main/core/cli/run-cli.js';
import { parseDocument } from '../../main/core/project/document.js';
import { writeOnnxModel } from '../../main/core/models/onnx-writer.js';
import { looksLikeCrash, pushFailure, type PartResult } from './part.js';
import { suiteDir } from './temp-root.js';

async function cli(cwd: string, ...argv: string[]): Promise<{ code: number; text: string }> {
  let text = '';
  const io = {
    out: (t: string) => void (text += t),
    err: (t: string) => void (text += t),
    cwd,
    now: () => '2026-01-02T03:04:05.000Z',
  };
  const code = await runCli(argv, io);
  return { code, text };
}

/** A 4×4 grayscale image → Flatten → Gemm → 2 logits: small, valid, fast. */
function goodModel(): Buffer {
  return writeOnnxModel({
    inputs: [{ name: 'x', shape: [1, 1, 4, 4] }],
    outputs: [{ name: 'y', shape: [1, 2] }],
    nodes: [
      { op: 'Flatten', inputs: ['x'], outputs: ['f'], attrs: { axis: 1 } },
      { op: 'Gemm', inputs: ['f', 'W', 'b'], outputs: ['y'] },
    ],
    initializers: [
      { name: 'W', dims: [16, 2], data: Array.from({ length: 32 }, (_, i) => (i % 2 ? 1 : -1)) },
      { name: 'b', dims: [2], data: [0, 0] },
    ],
  });
}

/** A PNG header (signature + IHDR) claiming `w`×`h`, with no image data after it. */
function headerOnlyPng(w: number, h: number): Buffer {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'latin1');
  ihdr.writeUInt32BE(w, 8);
  ihdr.writeUInt32BE(h, 12);
  ihdr.set([8, 0, 0, 0, 0], 16);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ihdr]);
}

export async function badInputsPart(): Promise<PartResult> {
  const dir = suiteDir('inputs');
  const failures: string[] = [];
  let tried = 0;
  let clean = 0;
  let issuesReported = 0;
  const check = (what: string, r: { code: number; text: string }, expectFail: boolean) => {
    tried++;
    const bad = looksLikeCrash(r.text) || r.code > 1 || (expectFail && r.code !== 1) || !r.text.trim();
    if (bad) pushFailure(failures, `${what}: exit ${r.code}: ${r.text.slice(0, 300)}`);
    else clean++;
  };
  try {
    const good = goodModel();
    writeFileSync(path.join(dir, 'good.onnx'), good);
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#808080' } })
      .png()
      .toBuffer();
    const jpeg = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#404040' } })
      .jpeg()
      .toBuffer();
    const badModels: Record<string, Buffer | 'folder'> = {
      'empty.onnx': Buffer.alloc(0),
      'text.onnx': Buffer.from('this is not a model\n'),
      'random.onnx': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 2654435761) % 251)),
      'truncated.onnx': good.subarray(0, Math.floor(good.length / 2)),
      'png.onnx': png,
      'tiny-proto.onnx': Buffer.from([0x08, 0x01]),
      'huge-length.onnx': Buffer.from([0x3a, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x00]),
      'folder.onnx': 'folder',
    };
    for (const [name, bytes] of Object.entries(badModels)) {
      if (bytes === 'folder') mkdirSync(path.join(dir, name));
      else writeFileSync(path.join(dir, name), bytes);
    }
    await cli(dir, 'new', 'p.gapboard', '--name', 'Bad inputs');
    for (const name of Object.keys(badModels)) {
      const before = readFileSync(path.join(dir, 'p.gapboard'));
      check(`model add ${name}`, await cli(dir, 'model', 'add', 'p.gapboard', '--path', name), true);
      if (!readFileSync(path.join(dir, 'p.gapboard')).equals(before))
        pushFailure(failures, `model add ${name} changed the project`);
    }
    const data = path.join(dir, 'images');
    for (const cls of ['a', 'b']) {
      mkdirSync(path.join(data, cls), { recursive: true });
      writeFileSync(path.join(data, cls, 'good.png'), png);
    }
    const badImages: Record<string, Buffer> = {
      'empty.png': Buffer.alloc(0),
      'truncated.png': png.subarray(0, png.length >> 1),
      'random.png': Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 40503) % 256)),
      'jpeg-named.png': jpeg,
      'text.jpg': Buffer.from('not an image'),
      'header-only-huge.png': headerOnlyPng(16000, 16000),
      'zero-size.png': headerOnlyPng(0, 0),
    };
    for (const [name, bytes] of Object.entries(badImages)) writeFileSync(path.join(data, 'a', name), bytes);
    symlinkSync(path.join(data, 'b'), path.join(data, 'b', 'loop'));

    for (const name of Object.keys(badModels)) {
      check(`eval --model ${name}`, await cli(dir, 'eval', '--model', name, '--data', 'images'), true);
    }
    const added = await cli(dir, 'dataset', 'add', 'p.gapboard', '--name', 'bad', '--path', 'images');
    check('dataset add (bad images)', added, false);
    issuesReported += (added.text.match(/\.png|\.jpg|loop/g) ?? []).length;
    const evaluated = await cli(dir, 'eval', '--model', 'good.onnx', '--data', 'images', '--json');
    check('eval (bad images)', evaluated, false);
    issuesReported += (evaluated.text.match(/"reason"/g) ?? []).length;
    try {
      parseDocument(readFileSync(path.join(dir, 'p.gapboard')), 'p.gapboard');
    } catch (err) {
      pushFailure(failures, `the project no longer opens: ${(err as Error).message}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    name: 'bad models and images',
    tried: { 'CLI calls': tried, 'bad models': 8, 'bad image files': 8 },
    held: {
      'ended with a message': clean,
      'per-file issues reported': issuesReported,
      'stack traces': failures.length,
    },
    failures,
  };
}
