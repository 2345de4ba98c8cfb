/**
 * 8-bit grayscale PNG (colorType 0) encoding for 28×28 digits.
 *
 * Why Z_RLE and no row filters: zlib's default strategy finds matches through a hash table
 * whose implementation differs between zlib builds and CPU features (Chromium's zlib, which
 * Node bundles, has SIMD hashing), so the same pixels can compress to different bytes on
 * different machines. Run-length matching has no hash table; with Huffman trees it is a pure
 * function of the input, and on mostly-black digits it is within ~3 % of the default size.
 */
import { constants as zlibConstants } from 'node:zlib';
import pngjs from 'pngjs';
import { DIGIT_SIZE } from './digits.js';

const { PNG } = pngjs;

/** Encodes a 28×28 8-bit grayscale image as PNG. */
export function encodeGrayPng(pixels: Uint8Array, size = DIGIT_SIZE): Buffer {
  const png = new PNG({ width: size, height: size, colorType: 0, inputColorType: 0, bitDepth: 8 });
  png.data = Buffer.from(pixels);
  return PNG.sync.write(png, {
    colorType: 0,
    inputColorType: 0,
    bitDepth: 8,
    filterType: 0,
    deflateLevel: 9,
    deflateStrategy: zlibConstants.Z_RLE,
  });
}

/** Decodes a grayscale PNG back to one byte per pixel (for tests and checks). */
export function decodeGrayPng(bytes: Buffer): { width: number; height: number; pixels: Uint8Array } {
  const png = PNG.sync.read(bytes);
  const pixels = new Uint8Array(png.width * png.height);
  // pngjs always expands to RGBA on read.
  for (let i = 0; i < pixels.length; i++) pixels[i] = png.data[i * 4] ?? 0;
  return { width: png.width, height: png.height, pixels };
}
