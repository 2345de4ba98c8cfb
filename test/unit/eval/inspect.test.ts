import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectModel } from '../../../main/core/models/inspect.js';
import { float, writeOnnxModel } from '../../helpers/onnx-builder.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gapboard-inspect-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// Conv(2 filters 1×3×3 + bias) → Relu → Flatten → Gemm(2·4·4 → 3) → Softmax
const cnn = writeOnnxModel({
  inputs: [{ name: 'image', shape: ['N', 1, 4, 4] }],
  outputs: [{ name: 'probs', shape: ['N', 3] }],
  nodes: [
    { op: 'Conv', inputs: ['image', 'K', 'kb'], outputs: ['c'], attrs: { kernel_shape: [3, 3], pads: [1, 1, 1, 1] } },
    { op: 'Relu', inputs: ['c'], outputs: ['r'] },
    { op: 'Flatten', inputs: ['r'], outputs: ['f'], attrs: { axis: 1 } },
    { op: 'Gemm', inputs: ['f', 'W', 'b'], outputs: ['logits'], attrs: { alpha: float(1), transB: 0 } },
    { op: 'Softmax', inputs: ['logits'], outputs: ['probs'], attrs: { axis: 1 } },
  ],
  initializers: [
    { name: 'K', dims: [2, 1, 3, 3], data: new Array(18).fill(0.1) },
    { name: 'kb', dims: [2], data: [0, 0] },
    { name: 'W', dims: [32, 3], data: new Array(96).fill(0.01) },
    { name: 'b', dims: [3], data: [0, 0, 0] },
  ],
  opset: 17,
  producer: { name: 'unit-test', version: '2.1' },
  metadata: { classes: 'a,b,c', author: 'tests' },
});

describe('inspectModel', () => {
  it('reads every fact without running the model', async () => {
    const file = join(dir, 'cnn.onnx');
    await writeFile(file, cnn);
    const facts = await inspectModel(file);
    expect(facts).toEqual({
      sha256: createHash('sha256').update(cnn).digest('hex'),
      size: cnn.length,
      irVersion: 8,
      opset: [{ domain: '', version: 17 }],
      producer: { name: 'unit-test', version: '2.1' },
      inputs: [{ name: 'image', type: 'float32', shape: ['N', 1, 4, 4] }],
      outputs: [{ name: 'probs', type: 'float32', shape: ['N', 3] }],
      params: 18 + 2 + 96 + 3,
      operators: { Conv: 1, Flatten: 1, Gemm: 1, Relu: 1, Softmax: 1 },
      metadata: { classes: 'a,b,c', author: 'tests' },
    });
  });

  it.each([
    ['empty.onnx', Buffer.alloc(0), /empty \(0 bytes\)/],
    ['notes.onnx', Buffer.from('these are meeting notes, not a model\n'), /not an ONNX model or is corrupt/],
    ['truncated.onnx', cnn.subarray(0, Math.floor(cnn.length / 2)), /not an ONNX model or is corrupt/],
    [
      'image.onnx',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      /not an ONNX model or is corrupt/,
    ],
  ])('rejects %s with BAD_MODEL naming the file', async (name, bytes, msg) => {
    const file = join(dir, name);
    await writeFile(file, bytes);
    await expect(inspectModel(file)).rejects.toMatchObject({
      code: 'BAD_MODEL',
      message: expect.stringMatching(msg) as string,
    });
    await expect(inspectModel(file)).rejects.toThrow(name);
  });

  it('reports a missing file as NOT_FOUND', async () => {
    await expect(inspectModel(join(dir, 'nope.onnx'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
