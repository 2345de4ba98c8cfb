/**
 * A lean PNG decoder for the evaluation's hot path: chunk walk, one zlib inflate of the
 * joined IDAT data, scanline unfiltering, and samples kept at their own channel count (gray
 * stays one byte a pixel instead of being widened to RGBA). Measured on this project's 2-core
 * box it decodes an 8×8 grayscale PNG about 4× faster than pngjs and a 224×224 RGB PNG about
 * 1.5× faster, which is most of an evaluation's time on small images.
 *
 * Pixel values match pngjs exactly: 16-bit and sub-byte samples are scaled to 8 bits with
 * round(v · 255 / max), a palette expands to RGB, and alpha (or tRNS) is left for the caller
 * to drop. Interlaced images return null so the caller falls back to a full decoder.
 */
import { inflateSync } from 'node:zlib';
import type { DecodedImage } from './preprocess.js';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Samples per pixel in the file, by colour type. */
const SAMPLES: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

export class PngError extends Error {}

/** Decodes `bytes` (a whole PNG file); null when the image is interlaced. */
export function decodePng(bytes: Uint8Array): DecodedImage | null {
  for (let i = 0; i < 8; i++) if (bytes[i] !== SIGNATURE[i]) throw new PngError('not a PNG file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let width = 0;
  let height = 0;
  let depth = 0;
  let colorType = -1;
  let palette: Uint8Array | undefined;
  const idat: Uint8Array[] = [];
  let pos = 8;
  for (;;) {
    if (pos + 8 > bytes.length) throw new PngError('truncated PNG (no IEND chunk)');
    const len = view.getUint32(pos);
    const type = String.fromCharCode(bytes[pos + 4]!, bytes[pos + 5]!, bytes[pos + 6]!, bytes[pos + 7]!);
    const start = pos + 8;
    if (start + len > bytes.length) throw new PngError(`truncated PNG (${type} chunk runs past the end)`);
    if (type === 'IHDR') {
      width = view.getUint32(start);
      height = view.getUint32(start + 4);
      depth = bytes[start + 8]!;
      colorType = bytes[start + 9]!;
      if (bytes[start + 12] !== 0) return null; // Adam7 interlacing
    } else if (type === 'PLTE') {
      palette = bytes.subarray(start, start + len);
    } else if (type === 'IDAT') {
      idat.push(bytes.subarray(start, start + len));
    } else if (type === 'IEND') {
      break;
    }
    pos = start + len + 4; // + CRC
  }
  const samples = SAMPLES[colorType];
  if (!width || !height || samples === undefined || ![1, 2, 4, 8, 16].includes(depth))
    throw new PngError('PNG header is corrupt');
  if (colorType === 3 && !palette) throw new PngError('palette PNG without a PLTE chunk');
  const bitsPerPixel = samples * depth;
  const stride = Math.ceil((width * bitsPerPixel) / 8);
  const bpp = Math.max(1, bitsPerPixel >> 3);
  let raw: Buffer;
  try {
    // Capped at the size the header promises, so a small file cannot inflate without bound.
    // One output buffer of the promised size: the default 16 KiB steps cost a copy of
    // everything at the end (a third of the inflate time on a 224×224 RGB image).
    const size = (stride + 1) * height;
    raw = inflateSync(idat.length === 1 ? (idat[0] as Uint8Array) : Buffer.concat(idat), {
      maxOutputLength: size,
      chunkSize: Math.max(64, size),
    });
  } catch (err) {
    throw new PngError(`corrupt PNG data (${(err as Error).message})`);
  }
  if (raw.length < (stride + 1) * height) throw new PngError('truncated PNG data');
  unfilter(raw, stride, height, bpp);
  return expand(raw, { width, height, depth, colorType, samples, stride, palette });
}

/**
 * Reverses the per-scanline filters in place; row y's bytes start at y·(stride+1)+1. The
 * first `bpp` bytes of a row and the first row have no left / upper neighbour, so they get
 * loops of their own and the hot loops carry no bounds tests (half the time of the plain form).
 */
function unfilter(raw: Uint8Array, stride: number, height: number, bpp: number): void {
  for (let y = 0; y < height; y++) {
    const row = y * (stride + 1) + 1;
    const end = row + stride;
    const prev = row - stride - 1; // previous row's first byte (unused when y = 0)
    const filter = raw[row - 1];
    if (filter === 0) continue;
    if (filter === 1 || (filter === 4 && y === 0)) {
      // Sub; Paeth on the first row (no row above) picks the left neighbour too.
      for (let i = row + bpp; i < end; i++) raw[i] = (raw[i]! + raw[i - bpp]!) & 255;
    } else if (filter === 2) {
      if (y === 0) continue;
      for (let i = row, j = prev; i < end; i++, j++) raw[i] = (raw[i]! + raw[j]!) & 255;
    } else if (filter === 3) {
      if (y === 0) {
        for (let i = row + bpp; i < end; i++) raw[i] = (raw[i]! + (raw[i - bpp]! >> 1)) & 255;
      } else {
        for (let k = 0; k < bpp; k++) raw[row + k] = (raw[row + k]! + (raw[prev + k]! >> 1)) & 255;
        for (let i = row + bpp, j = prev + bpp; i < end; i++, j++)
          raw[i] = (raw[i]! + ((raw[i - bpp]! + raw[j]!) >> 1)) & 255;
      }
    } else if (filter === 4) {
      for (let k = 0; k < bpp; k++) raw[row + k] = (raw[row + k]! + raw[prev + k]!) & 255;
      for (let i = row + bpp, j = prev + bpp; i < end; i++, j++) {
        const a = raw[i - bpp]!;
        const b = raw[j]!;
        const c = raw[j - bpp]!;
        // p = a + b − c; |p − a| = |b − c|, |p − b| = |a − c|, |p − c| = |a + b − 2c|.
        const da = b - c;
        const db = a - c;
        const pa = da < 0 ? -da : da;
        const pb = db < 0 ? -db : db;
        const pc = da + db < 0 ? -(da + db) : da + db;
        raw[i] = (raw[i]! + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c)) & 255;
      }
    } else {
      throw new PngError(`corrupt PNG data (unknown filter ${filter})`);
    }
  }
}

interface Layout {
  width: number;
  height: number;
  depth: number;
  colorType: number;
  samples: number;
  stride: number;
  palette: Uint8Array | undefined;
}

/** Unfiltered scanlines → 8-bit samples: gray 1, gray+alpha 2, RGB 3 (palette too), RGBA 4. */
function expand(raw: Uint8Array, l: Layout): DecodedImage {
  const { width, height, depth, colorType, samples, stride } = l;
  const channels = colorType === 3 ? 3 : samples;
  const out = new Uint8Array(width * height * channels);
  if (depth === 8 && colorType !== 3) {
    const rowBytes = width * samples;
    for (let y = 0; y < height; y++) {
      const row = y * (stride + 1) + 1;
      out.set(raw.subarray(row, row + rowBytes), y * rowBytes);
    }
  } else if (depth === 16) {
    const n = width * samples;
    for (let y = 0; y < height; y++) {
      const row = y * (stride + 1) + 1;
      for (let i = 0; i < n; i++) {
        const v = (raw[row + 2 * i]! << 8) | raw[row + 2 * i + 1]!;
        out[y * n + i] = Math.floor((v * 255) / 65535 + 0.5);
      }
    }
  } else {
    // Sub-byte gray or palette indices (1, 2, 4 or 8 bits), most significant bits first.
    const max = (1 << depth) - 1;
    const pal = l.palette;
    for (let y = 0; y < height; y++) {
      const row = y * (stride + 1) + 1;
      for (let x = 0; x < width; x++) {
        const bit = x * depth;
        const v = (raw[row + (bit >> 3)]! >> (8 - depth - (bit & 7))) & max;
        const o = y * width + x;
        if (colorType === 3) {
          const p = pal as Uint8Array;
          if (v * 3 + 2 >= p.length) throw new PngError(`palette index ${v} is out of range`);
          out[o * 3] = p[v * 3]!;
          out[o * 3 + 1] = p[v * 3 + 1]!;
          out[o * 3 + 2] = p[v * 3 + 2]!;
        } else {
          out[o] = Math.floor((v * 255) / max + 0.5);
        }
      }
    }
  }
  return { data: out, width, height, channels };
}
