declare module 'subset-font' {
  /** Subsets a TTF / WOFF / WOFF2 font to the glyphs of `text` (harfbuzz's hb-subset, as WebAssembly). */
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype' },
  ): Promise<Buffer>;
}
