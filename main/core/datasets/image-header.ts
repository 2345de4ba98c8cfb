/**
 * Image dimensions from the first bytes of a file. Reading a header is what makes a
 * 100,000-image scan cheap; it also catches files that are not the image their name claims.
 */
import type { ImageInfo } from './types.js';

export type HeaderCheck = { ok: true; info: ImageInfo | null } | { ok: false; reason: string };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** PNG colour type → channels after decoding (a palette expands to RGB). */
const PNG_CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 3, 4: 2, 6: 4 };

/** Extensions that name an image: such a file must hold an image (of any format we read). */
const IMAGE_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.gif', '.bmp', '.webp', '.tif', '.tiff']);

/** True when the extension names an image format. */
export function isImageExtension(ext: string): boolean {
  return IMAGE_EXTENSIONS.has(ext.toLowerCase());
}

export type ImageFormat = 'png' | 'jpeg' | 'gif' | 'bmp' | 'webp' | 'tiff';

/** The image format the first bytes announce, whatever the file is called; null if none. */
export function imageFormatOf(head: Uint8Array): ImageFormat | null {
  const b = (i: number): number => head[i] ?? -1;
  if (b(0) === 0x89 && b(1) === 0x50 && b(2) === 0x4e && b(3) === 0x47) return 'png';
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return 'jpeg';
  if (b(0) === 0x47 && b(1) === 0x49 && b(2) === 0x46 && b(3) === 0x38) return 'gif';
  if (b(0) === 0x42 && b(1) === 0x4d) return 'bmp';
  if (b(0) === 0x52 && b(1) === 0x49 && b(2) === 0x46 && b(3) === 0x46 && b(8) === 0x57 && b(9) === 0x45) return 'webp';
  if ((b(0) === 0x49 && b(1) === 0x49 && b(2) === 0x2a) || (b(0) === 0x4d && b(1) === 0x4d && b(3) === 0x2a))
    return 'tiff';
  return null;
}

/** Canvas size of a WebP (lossy VP8, lossless VP8L or extended VP8X); null when cut short. */
function webp(head: Buffer): HeaderCheck {
  if (head.length < 30) return { ok: true, info: null };
  const chunk = head.toString('latin1', 12, 16);
  if (chunk === 'VP8X')
    return {
      ok: true,
      info: {
        width: head.readUIntLE(24, 3) + 1,
        height: head.readUIntLE(27, 3) + 1,
        channels: head[20]! & 0x10 ? 4 : 3,
      },
    };
  if (chunk === 'VP8L') {
    const bits = head.readUInt32LE(21);
    return { ok: true, info: { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1, channels: 4 } };
  }
  if (chunk === 'VP8 ')
    return {
      ok: true,
      info: { width: head.readUInt16LE(26) & 0x3fff, height: head.readUInt16LE(28) & 0x3fff, channels: 3 },
    };
  return { ok: false, reason: 'WebP header is corrupt' };
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
 * What the first bytes of an image file say: its format is taken from its signature (a JPEG
 * named `.png` is a JPEG), and its size and channels from its header where the format has
 * them up front. Bytes that are no image format we read are refused with a reason.
 * `complete` says whether `head` is the whole file (so running out of bytes means truncated).
 */
export function sniffImage(head: Buffer, complete: boolean): HeaderCheck & { format?: ImageFormat } {
  const format = imageFormatOf(head);
  switch (format) {
    case 'png':
      return { ...png(head), format };
    case 'jpeg':
      return { ...jpeg(head, complete), format };
    case 'gif':
      return { ...gif(head), format };
    case 'bmp':
      return { ...bmp(head), format };
    case 'webp':
      return { ...webp(head), format };
    case 'tiff':
      return { ok: true, info: null, format };
    default:
      return { ok: false, reason: 'not an image (the content is not PNG, JPEG, GIF, BMP, WebP or TIFF)' };
  }
}

/**
 * Checks a file named `ext`: one with an image extension must hold an image (by signature,
 * see sniffImage); other files pass with `info: null` unless their bytes are an image anyway.
 */
export function checkImageHeader(ext: string, head: Buffer, complete: boolean): HeaderCheck {
  const sniffed = sniffImage(head, complete);
  if (!sniffed.format && !isImageExtension(ext)) return { ok: true, info: null };
  return sniffed.ok ? { ok: true, info: sniffed.info } : { ok: false, reason: sniffed.reason };
}
