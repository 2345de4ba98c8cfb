import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkImageHeader } from '../../../main/core/datasets/image-header.js';

async function encode(fmt: 'png' | 'jpeg', width: number, height: number, channels: 1 | 3 | 4): Promise<Buffer> {
  const raw = sharp(Buffer.alloc(width * height * channels, 90), { raw: { width, height, channels } });
  // sharp stores a one-channel raw image as RGB unless told the colour space.
  const img = channels === 1 ? raw.toColourspace('b-w') : raw;
  return fmt === 'png' ? img.png().toBuffer() : img.jpeg().toBuffer();
}

describe('checkImageHeader', () => {
  it.each([
    ['png', '.png', 7, 5, 1],
    ['png', '.png', 7, 5, 3],
    ['png', '.png', 3, 9, 4],
    ['jpeg', '.jpg', 16, 8, 3],
    ['jpeg', '.JPEG', 8, 16, 1],
  ] as const)('reads %s (%s) %ix%i with %i channel(s) from the header', async (fmt, ext, w, h, c) => {
    const bytes = await encode(fmt, w, h, c);
    expect(checkImageHeader(ext, bytes, true)).toEqual({ ok: true, info: { width: w, height: h, channels: c } });
  });

  it('rejects a file whose bytes are not the format its name claims', () => {
    expect(checkImageHeader('.png', Buffer.from('hello world, not an image'), true)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not a PNG/) as string,
    });
    expect(checkImageHeader('.jpg', Buffer.from('GIF89a......'), true)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not a JPEG/) as string,
    });
  });

  it('calls a JPEG cut before its frame header truncated, but only when the whole file was read', async () => {
    const bytes = (await encode('jpeg', 8, 8, 3)).subarray(0, 20);
    expect(checkImageHeader('.jpg', bytes, true)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/truncated/) as string,
    });
    expect(checkImageHeader('.jpg', bytes, false)).toEqual({ ok: true, info: null });
  });

  it('leaves files that are not checked image types alone', () => {
    expect(checkImageHeader('.txt', Buffer.from('x'), true)).toEqual({ ok: true, info: null });
  });
});
