/**
 * The sample project's documents for readers: the Korean report, the model card and the
 * datasheet, and the attribution of iteration 3's movement with one real bridge run.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/core/cli/run-cli.js';
import { REPORT_EN } from '../../../shared/report-i18n/catalogue-en.js';
import { ENGINE_MESSAGES } from '../../../shared/engine-messages.js';
import type { Attribution } from '../../../main/core/present/attribution.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
let dir: string;
let file: string;

async function cli(...argv: string[]) {
  const io = { out: '', err: '' };
  const code = await runCli(argv, {
    out: (t) => void (io.out += t),
    err: (t) => void (io.err += t),
    cwd: dir,
    now: () => '2026-03-04T05:06:07.000Z',
  });
  return { code, ...io };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'gapboard-sample-docs-'));
  cpSync(path.join(ROOT, 'sample'), dir, { recursive: true });
  file = path.join(dir, 'digits.gapboard');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The text a reader sees: tags, styles and the embedded font gone. */
const visibleText = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ');

/** Every fixed phrase of the English catalogue (the parts between the {{placeholders}}). */
function englishPhrases(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') {
    for (const part of node.split(/\{\{\w+\}\}/)) if (/[a-z]{4,}.*\s.*[a-z]{3,}/i.test(part)) out.push(part.trim());
  } else if (node && typeof node === 'object') for (const v of Object.values(node)) englishPhrases(v, out);
  return out;
}

describe('the sample report in Korean', () => {
  let html: string;
  beforeAll(async () => {
    const r = await cli('report', file, '--lang', 'ko', '--out', 'report-ko.html');
    expect(r).toMatchObject({ code: 0, err: '' });
    html = readFileSync(path.join(dir, 'report-ko.html'), 'utf8');
  });

  it('says it is Korean, and every heading and chart legend is in Hangul', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="ko">/);
    const headings = [...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1]!);
    expect(headings.length).toBeGreaterThanOrEqual(5);
    for (const h of headings) expect(h).toMatch(/[\uac00-\ud7af]/);
    expect(html).toContain('필수 4/5 충족');
    // Dates carry the year in the Korean form.
    expect(html).toMatch(/\d{4}년 \d{1,2}월 \d{1,2}일/);
  });

  it('has no English engine or catalogue text', () => {
    const text = visibleText(html);
    const phrases = englishPhrases(REPORT_EN).filter((p) => p.length >= 8);
    expect(phrases.length).toBeGreaterThan(50);
    for (const p of phrases) expect(text, p).not.toContain(p);
    for (const m of ENGINE_MESSAGES) expect(text, m.code).not.toMatch(m.pattern);
  });

  it('loads nothing from outside the file and embeds the Korean glyphs it uses', () => {
    expect(html).toContain(`default-src 'none'`);
    expect(html).not.toMatch(/\b(?:src|href|xlink:href)\s*=\s*["']?\s*(?:https?:)?\/\//i);
    expect(html).not.toMatch(/<(?:script|link|iframe|img)\b/i);
    expect(html).not.toMatch(/url\((?!data:|#)/i);
    expect(html).toMatch(
      /@font-face\{font-family:"Gapboard Sans";font-weight:400;[^}]*src:url\(data:font\/woff2;base64,/,
    );
    // A subset, not the whole face: the file stays small.
    expect(Buffer.byteLength(html)).toBeLessThan(1_500_000);
  });
});

describe('model card and datasheet of the sample', () => {
  it('the model card lists every requirement with its target and achieved value, and the data hashes', async () => {
    expect((await cli('report', file, '--kind', 'model-card', '--run', 'RUN-3', '--out', 'card.md')).code).toBe(0);
    const md = readFileSync(path.join(dir, 'card.md'), 'utf8');
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { requirements: { id: string }[] };
    for (const r of doc.requirements)
      expect(md).toMatch(new RegExp(`\\| ${r.id} \\| [^|]+ \\| [^|]+ \\| [≥≤] [^|]+ \\| [0-9][^|]* \\|`));
    // The value carries as many digits as its 95% interval supports.
    expect(md).toContain('| R-1 | Digits read correctly | accuracy | ≥ 0.93 | 0.94 | — | met | 0.92–0.95 |');
    expect(md).toMatch(/\| digits@v3:test \| [\d,]+ \| [0-9a-f]{64} \|/);
    expect(md).toContain('## Known gaps');
    expect(md).toContain('R-2 No digit systematically misread: 0.8714 (≥ 0.93) · not met');
  });

  it('the datasheet gives the composition, the labeling batches and their cost, and the diff', async () => {
    expect(
      (
        await cli(
          'report',
          file,
          '--kind',
          'datasheet',
          '--dataset',
          'digits@v3',
          '--lang',
          'ko',
          '--out',
          'sheet.html',
        )
      ).code,
    ).toBe(0);
    const html = readFileSync(path.join(dir, 'sheet.html'), 'utf8');
    expect(html).toContain('<html lang="ko">');
    expect(html).toContain('데이터시트: digits@v3');
    // LB-3: 1,770 delivered at 20 KRW.
    expect(html).toContain('이 버전의 라벨링 비용: 35,400 KRW');
    expect(html).toMatch(/[0-9a-f]{64}/);
    expect(html).toContain('재라벨 107');
  });
});

describe('attribution of the sample', () => {
  it('names the data and model change from IT-2 to IT-3 and, with one extra run, splits each movement exactly', async () => {
    const plain = await cli('attribution', file, 'IT-2', 'IT-3', '--json');
    const before = JSON.parse(plain.out) as Attribution;
    expect(before.changes).toEqual([
      { kind: 'data', from: 'digits@v2:test', to: 'digits@v3:test' },
      { kind: 'model', from: 'mlp-v2', to: 'mlp-wide-v3' },
    ]);
    expect(before.bridgeNeeded).toBeDefined();
    const runs = (JSON.parse(readFileSync(file, 'utf8')) as { runs: unknown[] }).runs.length;

    const r = await cli('attribution', file, 'IT-2', 'IT-3', '--run', '--json');
    expect(r.err).toBe('');
    const a = JSON.parse(r.out) as Attribution;
    const saved = JSON.parse(readFileSync(file, 'utf8')) as {
      runs: { id: string; model: string; dataset: { version: number }; metrics: Record<string, number> }[];
    };
    // One extra run: the earlier model (M-2) on the later data (digits@v3:test).
    expect(saved.runs).toHaveLength(runs + 1);
    const bridge = saved.runs.at(-1)!;
    expect(bridge).toMatchObject({ model: 'M-2', dataset: { version: 3 } });
    const acc = a.entries.find((e) => e.requirement === 'R-1')!;
    expect(acc.split?.bridgeRun).toBe(bridge.id);
    expect(acc.split!.bridgeValue).toBe(bridge.metrics.accuracy);
    expect(acc.split!.dataEffect).toBeCloseTo(bridge.metrics.accuracy! - acc.from!, 12);
    for (const e of a.entries.filter((x) => x.split)) {
      expect(e.split!.dataEffect + e.split!.modelEffect).toBe(e.total);
      // …and it is the movement itself, to twelve significant digits.
      expect(Math.abs(e.total! - (e.to! - e.from!))).toBeLessThanOrEqual(
        1e-11 * Math.max(1, Math.abs(e.to! - e.from!)),
      );
    }
    // Running it again evaluates nothing more: the bridge run is found.
    await cli('attribution', file, 'IT-2', 'IT-3', '--run', '--json');
    expect((JSON.parse(readFileSync(file, 'utf8')) as { runs: unknown[] }).runs).toHaveLength(runs + 1);
  });
});
