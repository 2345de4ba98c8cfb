/**
 * Image transforms that turn clean scans into what the homework app really sees: digits
 * photographed at an angle (rotation, bilinear) and out-of-focus shots (Gaussian blur with the
 * washed-out contrast of a phone photo). Also the small shifts used as training augmentation.
 * All transforms are pure functions of their inputs → deterministic output bytes.
 */
import { DIGIT_SIZE } from './digits.js';

const N = DIGIT_SIZE;
const CENTER = (N - 1) / 2;

function toByte(v: number): number {
  return Math.min(255, Math.max(0, Math.round(v)));
}

/**
 * Rotates about the image centre by `degrees` (positive = counter-clockwise on screen) and
 * shifts by (dx, dy) pixels, bilinear, with black fill. Written without helpers because
 * training calls it for every sample of every epoch.
 */
export function rotate(img: Uint8Array, degrees: number, dx = 0, dy = 0): Uint8Array {
  const out = new Uint8Array(N * N);
  const rad = (degrees * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  for (let y = 0; y < N; y++) {
    const v = y - CENTER - dy;
    for (let x = 0; x < N; x++) {
      // Inverse mapping: where in the source does this output pixel come from?
      const u = x - CENTER - dx;
      const sx = cos * u - sin * v + CENTER;
      const sy = sin * u + cos * v + CENTER;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < -1 || y0 < -1 || x0 >= N || y0 >= N) continue;
      const fx = sx - x0;
      const fy = sy - y0;
      const inX0 = x0 >= 0;
      const inX1 = x0 + 1 < N;
      const inY0 = y0 >= 0;
      const inY1 = y0 + 1 < N;
      const r0 = y0 * N;
      const r1 = r0 + N;
      const p00 = inX0 && inY0 ? (img[r0 + x0] as number) : 0;
      const p10 = inX1 && inY0 ? (img[r0 + x0 + 1] as number) : 0;
      const p01 = inX0 && inY1 ? (img[r1 + x0] as number) : 0;
      const p11 = inX1 && inY1 ? (img[r1 + x0 + 1] as number) : 0;
      const top = p00 * (1 - fx) + p10 * fx;
      const bottom = p01 * (1 - fx) + p11 * fx;
      out[y * N + x] = toByte(top * (1 - fy) + bottom * fy);
    }
  }
  return out;
}

/** Integer shift with black fill (cheap training augmentation). */
export function shift(img: Uint8Array, dx: number, dy: number): Uint8Array {
  const out = new Uint8Array(N * N);
  for (let y = 0; y < N; y++) {
    const sy = y - dy;
    if (sy < 0 || sy >= N) continue;
    for (let x = 0; x < N; x++) {
      const sx = x - dx;
      if (sx < 0 || sx >= N) continue;
      out[y * N + x] = img[sy * N + sx] ?? 0;
    }
  }
  return out;
}

function gaussianKernel(sigma: number): number[] {
  const radius = Math.max(1, Math.ceil(sigma * 2.5));
  const k: number[] = [];
  let sum = 0;
  for (let i = -radius; i <= radius; i++) {
    const w = Math.exp(-(i * i) / (2 * sigma * sigma));
    k.push(w);
    sum += w;
  }
  return k.map((w) => w / sum);
}

/**
 * Separable Gaussian blur (zero padding), then contrast scaled by `contrast` (0–1]: an
 * out-of-focus phone photo of pencil on paper is both soft and grey.
 */
export function blur(img: Uint8Array, sigma: number, contrast = 1): Uint8Array {
  const k = gaussianKernel(sigma);
  const r = (k.length - 1) / 2;
  const tmp = new Float64Array(N * N);
  for (let y = 0; y < N; y++) {
    for (let x = 0; x < N; x++) {
      let s = 0;
      for (let i = -r; i <= r; i++) {
        const xx = x + i;
        if (xx >= 0 && xx < N) s += (img[y * N + xx] ?? 0) * (k[i + r] ?? 0);
      }
      tmp[y * N + x] = s;
    }
  }
  const out = new Uint8Array(N * N);
  for (let y = 0; y < N; y++) {
    for (let x = 0; x < N; x++) {
      let s = 0;
      for (let i = -r; i <= r; i++) {
        const yy = y + i;
        if (yy >= 0 && yy < N) s += (tmp[yy * N + x] ?? 0) * (k[i + r] ?? 0);
      }
      out[y * N + x] = toByte(s * contrast);
    }
  }
  return out;
}
