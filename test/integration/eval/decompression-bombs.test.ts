/**
 * A decompression bomb (a small PNG claiming 16000×16000 pixels whose data really inflates to
 * 256 MB) is refused from its header, so evaluating a folder of them keeps memory bounded.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { crc32, createDeflate } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp.js';
import { flatGemmModel, writePng } from './fixtures.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A valid gray PNG of side×side zero pixels, deflated as a stream (never held whole). */
async function bomb(side: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (b: Buffer) => parts.push(b));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const rows = Buffer.alloc((side + 1) * 256); // 256 scanlines, filter byte 0, black pixels
  for (let y = 0; y < side; y += 256) {
    if (!deflate.write(rows.subarray(0, (side + 1) * Math.min(256, side - y))))
      await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // gray
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', Buffer.concat(parts)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('decompression bombs', () => {
  it('evaluating a folder of ten stays under 500 MB peak RSS and names each one', async () => {
    const dir = tempDir();
    const root = path.join(dir, 'imgs');
    for (const [cls, v] of [
      ['dark', 20],
      ['light', 230],
    ] as const)
      for (let i = 0; i < 3; i++) await writePng(path.join(root, cls, `${i}.png`), 4, 4, () => [v, v, v]);
    const first = path.join(root, 'dark', 'bomb-0.png');
    writeFileSync(first, await bomb(16000));
    for (let i = 1; i < 10; i++) copyFileSync(first, path.join(root, i < 5 ? 'dark' : 'light', `bomb-${i}.png`));
    writeFileSync(
      path.join(dir, 'm.onnx'),
      flatGemmModel(['N', 1, 4, 4], 2, (_k, c) => (c === 0 ? -1 / 16 : 1 / 16), [0.5, -0.5]),
    );
    // The whole process's peak RSS (every thread), reported by the child itself at exit.
    const hook = path.join(dir, 'max-rss.cjs');
    writeFileSync(
      hook,
      `process.on('exit', () => process.stderr.write('MAXRSS:' + process.resourceUsage().maxRSS + '\\n'));`,
    );
    const r = await promisify(execFile)(
      process.execPath,
      ['--require', hook, path.join(ROOT, 'bin/gapboard.mjs'), 'eval', '--model', 'm.onnx', '--data', 'imgs', '--json'],
      { cwd: dir, maxBuffer: 1 << 24 },
    );
    const maxRssKb = Number(/MAXRSS:(\d+)/.exec(r.stderr)?.[1]);
    const out = JSON.parse(r.stdout) as { n: number; issues: { path: string; reason: string }[] };
    expect(out.n).toBe(6);
    expect(out.issues).toHaveLength(10);
    for (const issue of out.issues)
      expect(issue.reason).toMatch(/^image is 16000×16000 \(256 MP\), over the 16 MP decoding limit/);
    expect(maxRssKb).toBeGreaterThan(0);
    expect(maxRssKb / 1024).toBeLessThan(500);
  });
});
