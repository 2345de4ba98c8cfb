/**
 * The lean PNG decoder gives exactly the pixels pngjs gives (pngjs is the reference: a
 * complete, independent decoder), for every colour type, bit depth and filter.
 */
import { deflateSync, crc32 } from 'node:zlib';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { decodePng, PngError } from '../../../main/core/eval/png-decode.js';
import { seededRandom } from '../../../main/core/eval/stats.js';

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A PNG from packed scanlines, each row given filter `filters[y % 5]` applied by hand (so every
 * filter type is exercised), split into two IDAT chunks.
 */
function handMade(w: number, h: number, depth: number, colorType: number, rows: Buffer[], plte?: Buffer): Buffer {
  const samples = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[colorType] as number;
  const bpp = Math.max(1, (samples * depth) >> 3);
  const out: Buffer[] = [];
  let prev: Buffer = Buffer.alloc(rows[0]!.length);
  rows.forEach((row, y) => {
    const f = y % 5;
    const line = Buffer.alloc(row.length);
    for (let i = 0; i < row.length; i++) {
      const a = i >= bpp ? row[i - bpp]! : 0;
      const b = prev[i]!;
      const c = i >= bpp ? prev[i - bpp]! : 0;
      const p = a + b - c;
      const pred = [
        0,
        a,
        b,
        (a + b) >> 1,
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c,
      ][f]!;
      line[i] = (row[i]! - pred) & 255;
    }
    out.push(Buffer.from([f]), line);
    prev = row;
  });
  const z = deflateSync(Buffer.concat(out));
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = depth;
  ihdr[9] = colorType;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    ...(plte ? [chunk('PLTE', plte)] : []),
    chunk('IDAT', z.subarray(0, z.length >> 1)),
    chunk('IDAT', z.subarray(z.length >> 1)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Compares with pngjs's RGBA output, channel by channel. */
function expectSameAsPngjs(bytes: Buffer): void {
  const ours = decodePng(bytes);
  const ref = PNG.sync.read(bytes);
  expect(ours).not.toBeNull();
  const img = ours!;
  expect([img.width, img.height]).toEqual([ref.width, ref.height]);
  const got: number[] = [];
  const want: number[] = [];
  for (let i = 0; i < img.width * img.height; i++) {
    const rgb =
      img.channels <= 2
        ? [img.data[i * img.channels]!, img.data[i * img.channels]!, img.data[i * img.channels]!]
        : [img.data[i * img.channels]!, img.data[i * img.channels + 1]!, img.data[i * img.channels + 2]!];
    got.push(...rgb);
    want.push(ref.data[i * 4]!, ref.data[i * 4 + 1]!, ref.data[i * 4 + 2]!);
  }
  expect(got).toEqual(want);
}

describe('decodePng', () => {
  const rnd = seededRandom(7);
  const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => Math.floor(rnd() * 256)));

  it.each([
    [0, 8],
    [0, 16],
    [2, 8],
    [2, 16],
    [4, 8],
    [6, 8],
    [6, 16],
  ])('colour type %i, %i-bit, every filter', (colorType, depth) => {
    const samples = { 0: 1, 2: 3, 4: 2, 6: 4 }[colorType] as number;
    const w = 13;
    const rows = Array.from({ length: 11 }, () => bytes((w * samples * depth) / 8));
    expectSameAsPngjs(handMade(w, 11, depth, colorType, rows));
  });

  it.each([1, 2, 4, 8])('palette and gray at %i bits per sample', (depth) => {
    const w = 11;
    const stride = Math.ceil((w * depth) / 8);
    const rows = Array.from({ length: 7 }, () => bytes(stride));
    const plte = bytes(3 * 256);
    expectSameAsPngjs(handMade(w, 7, depth, 3, rows, plte));
    expectSameAsPngjs(handMade(w, 7, depth, 0, rows));
  });

  it('leaves interlaced images to a full decoder and names what is broken', () => {
    const plain = handMade(2, 2, 8, 0, [bytes(2), bytes(2)]);
    const interlaced = Buffer.from(plain);
    interlaced[28] = 1; // IHDR interlace method: Adam7
    expect(decodePng(interlaced)).toBeNull();
    expect(() => decodePng(Buffer.from('not a png'))).toThrow(PngError);
    expect(() => decodePng(plain.subarray(0, plain.length - 20))).toThrow(/truncated|corrupt/);
  });
});
