/**
 * Image dimensions from the first bytes of a file. Reading a header is what makes a
 * 100,000-image scan cheap; it also catches files that are not the image their name claims.
 */
import type { ImageInfo } from './types.js';

export type HeaderCheck = { ok: true; info: ImageInfo | null } | { ok: false; reason: string };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** PNG colour type → channels after decoding (a palette expands to RGB). */
const PNG_CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 3, 4: 2, 6: 4 };

const KINDS: Record<string, 'png' | 'jpeg' | 'gif' | 'bmp'> = {
  '.png': 'png',
  '.jpg': 'jpeg',
  '.jpeg': 'jpeg',
  '.gif': 'gif',
  '.bmp': 'bmp',
};

/** True when the extension names an image format whose header we check. */
export function isImageExtension(ext: string): boolean {
  return ext.toLowerCase() in KINDS;
}

function png(head: Buffer): HeaderCheck {
  if (head.length < 26 || !head.subarray(0, 8).equals(PNG_SIGNATURE)) {
    return { ok: false, reason: 'not a PNG image (bad signature)' };
  }
  if (head.toString('latin1', 12, 16) !== 'IHDR') return { ok: false, reason: 'PNG without a header chunk (IHDR)' };
  const width = head.readUInt32BE(16);
  const height = head.readUInt32BE(20);
  const channels = PNG_CHANNELS[head[25]!];
  if (!width || !height || channels === undefined) return { ok: false, reason: 'PNG header is corrupt' };
  return { ok: true, info: { width, height, channels } };
}

function isSof(marker: number): boolean {
  // C4 (DHT), C8 (reserved) and CC (DAC) share the range but are not frame headers.
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function jpeg(head: Buffer, complete: boolean): HeaderCheck {
  if (head.length < 4 || head[0] !== 0xff || head[1] !== 0xd8)
    return { ok: false, reason: 'not a JPEG image (bad signature)' };
  let i = 2;
  while (i + 4 <= head.length) {
    if (head[i] !== 0xff) return { ok: false, reason: 'JPEG header is corrupt' };
    const marker = head[i + 1]!;
    if (marker === 0xff) {
      i += 1; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return { ok: false, reason: 'JPEG without a frame header' };
    const length = head.readUInt16BE(i + 2);
    if (length < 2) return { ok: false, reason: 'JPEG header is corrupt' };
    if (isSof(marker)) {
      if (i + 10 > head.length) break;
      const height = head.readUInt16BE(i + 5);
      const width = head.readUInt16BE(i + 7);
      const channels = head[i + 9]!;
      if (!width || !height || !channels) return { ok: false, reason: 'JPEG frame header is corrupt' };
      return { ok: true, info: { width, height, channels } };
    }
    i += 2 + length;
  }
  // Ran out of bytes: a broken file if we had all of it; otherwise the frame header sits past
  // the first chunk (huge EXIF blocks) and we simply do not know the size.
  return complete ? { ok: false, reason: 'JPEG is truncated (no frame header)' } : { ok: true, info: null };
}

function gif(head: Buffer): HeaderCheck {
  const sig = head.toString('latin1', 0, 6);
  if (head.length < 10 || (sig !== 'GIF87a' && sig !== 'GIF89a'))
    return { ok: false, reason: 'not a GIF image (bad signature)' };
  return { ok: true, info: { width: head.readUInt16LE(6), height: head.readUInt16LE(8), channels: 3 } };
}

function bmp(head: Buffer): HeaderCheck {
  if (head.length < 30 || head.toString('latin1', 0, 2) !== 'BM')
    return { ok: false, reason: 'not a BMP image (bad signature)' };
  const bpp = head.readUInt16LE(28);
  return {
    ok: true,
    info: {
      width: Math.abs(head.readInt32LE(18)),
      height: Math.abs(head.readInt32LE(22)),
      channels: bpp >= 32 ? 4 : bpp >= 24 ? 3 : 1,
    },
  };
}

/**
 * Checks the header of a file named `ext` against the format it claims.
 * `complete` says whether `head` is the whole file (so running out of bytes means truncated).
 * Returns `{ ok: true, info: null }` for extensions that are not checked images.
 */
export function checkImageHeader(ext: string, head: Buffer, complete: boolean): HeaderCheck {
  switch (KINDS[ext.toLowerCase()]) {
    case 'png':
      return png(head);
    case 'jpeg':
      return jpeg(head, complete);
    case 'gif':
      return gif(head);
    case 'bmp':
      return bmp(head);
    default:
      return { ok: true, info: null };
  }
}
