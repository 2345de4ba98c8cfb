/**
 * Embeds the glyphs a document uses from the app's bundled Korean face (Noto Sans KR), so a
 * report looks the same on a machine with no Korean font and still loads nothing from outside.
 * The face ships as unicode-range slices; only the slices the text touches are subset to the
 * characters used, and each goes in as a data: URL with its own unicode-range.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';

export const REPORT_FONT = 'Gapboard Sans';

interface Slice {
  file: string;
  ranges: [number, number][];
  range: string;
}

const require = createRequire(import.meta.url);
const sliceCache = new Map<number, Promise<Slice[]>>();

function parseRanges(text: string): [number, number][] {
  return text.split(',').map((part) => {
    const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
    const lo = parseInt(a!, 16);
    return [lo, b ? parseInt(b, 16) : lo];
  });
}

/** The slices of one weight, read from the package's stylesheet. */
function slices(weight: number): Promise<Slice[]> {
  let got = sliceCache.get(weight);
  if (!got) {
    got = (async () => {
      const css = require.resolve(`@fontsource/noto-sans-kr/${weight}.css`);
      const text = await readFile(css, 'utf8');
      const out: Slice[] = [];
      for (const m of text.matchAll(/url\(\.\/files\/([^)]+\.woff2)\)[^;]*;\s*unicode-range:\s*([^;]+);/g)) {
        out.push({
          file: path.join(path.dirname(css), 'files', m[1]!),
          ranges: parseRanges(m[2]!),
          range: m[2]!.trim(),
        });
      }
      return out;
    })();
    sliceCache.set(weight, got);
  }
  return got;
}

/** The @font-face rules covering every character of `text`, in weights 400 and 700. */
export async function embeddedFontCss(text: string): Promise<string> {
  const codes = [...new Set([...text].map((c) => c.codePointAt(0)!))].filter((c) => c >= 0x20);
  const rules: string[] = [];
  for (const weight of [400, 700]) {
    for (const slice of await slices(weight)) {
      const used = codes.filter((c) => slice.ranges.some(([lo, hi]) => c >= lo && c <= hi));
      if (used.length === 0) continue;
      const font = await subsetFont(await readFile(slice.file), String.fromCodePoint(...used), {
        targetFormat: 'woff2',
      });
      rules.push(
        `@font-face{font-family:"${REPORT_FONT}";font-weight:${weight};font-style:normal;src:url(data:font/woff2;base64,${font.toString('base64')}) format("woff2");unicode-range:${slice.range};}`,
      );
    }
  }
  return rules.join('\n');
}

/** Puts the embedded face into a finished HTML document, just before `</style>` of its head. */
export async function withEmbeddedFont(html: string): Promise<string> {
  const visible = html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ');
  const css = await embeddedFontCss(visible);
  return html.replace('</style>', `\n${css}\n</style>`);
}
