import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkImageHeader, sniffImage } from '../../../main/core/datasets/image-header.js';

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

  it('takes the format from the bytes, not the name, and refuses an image name holding no image', () => {
    expect(checkImageHeader('.png', Buffer.from('hello world, not an image'), true)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^not an image/) as string,
    });
    // A GIF named .jpg is a GIF: 'GIF89a' then width 3 and height 2, little-endian.
    const gif = Buffer.from([...Buffer.from('GIF89a'), 3, 0, 2, 0, 0, 0, 0]);
    expect(checkImageHeader('.jpg', gif, true)).toEqual({ ok: true, info: { width: 3, height: 2, channels: 3 } });
    expect(sniffImage(gif, true)).toMatchObject({ ok: true, format: 'gif' });
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
