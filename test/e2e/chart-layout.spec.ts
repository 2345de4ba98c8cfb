/**
 * Every chart of the report and of the History screen, at 3, 12 and 40 iterations and in both
 * languages, measured in Chromium: no two text boxes overlap and none leaves its chart.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, expect, test, type Page } from '@playwright/test';
import { serializeDocument } from '../../main/core/project/document';
import { renderDocumentHtml } from '../../main/core/report/documents';
import { manyIterations } from '../helpers/many-iterations';
import { CHROMIUM, CHROMIUM_ARGS, startApp, type RunningApp } from './host';

const SIZES = [3, 12, 40];

interface Problem {
  chart: string;
  kind: 'outside' | 'overlap';
  text: string;
}

/**
 * Checks the charts under `selector` (each an element holding one <svg>): every visible
 * <text>'s box must lie inside the svg's box and clear of every other text's box.
 */
async function textProblems(
  page: Page,
  selector: string,
): Promise<{ charts: number; texts: number; problems: Problem[] }> {
  return page.evaluate((sel) => {
    const problems: { chart: string; kind: 'outside' | 'overlap'; text: string }[] = [];
    const charts = Array.from(document.querySelectorAll(sel));
    let texts = 0;
    for (const chart of charts) {
      const svg = chart.querySelector('svg');
      if (!svg) continue;
      const name = chart.getAttribute('data-chart') ?? chart.getAttribute('data-testid') ?? '?';
      const box = svg.getBoundingClientRect();
      const items = Array.from(svg.querySelectorAll('text'))
        .filter((t) => (t.textContent ?? '').trim() !== '')
        .filter((t) => {
          const cs = getComputedStyle(t);
          return cs.display !== 'none' && cs.visibility !== 'hidden' && Number(cs.opacity) > 0;
        })
        .map((t) => ({ text: (t.textContent ?? '').trim(), r: t.getBoundingClientRect() }))
        .filter((t) => t.r.width > 0 && t.r.height > 0);
      texts += items.length;
      const eps = 0.5;
      for (const t of items) {
        if (
          t.r.left < box.left - eps ||
          t.r.right > box.right + eps ||
          t.r.top < box.top - eps ||
          t.r.bottom > box.bottom + eps
        )
          problems.push({ chart: name, kind: 'outside', text: t.text });
      }
      for (let i = 0; i < items.length; i++) {
        for (let j = i + 1; j < items.length; j++) {
          const a = items[i]!.r;
          const b = items[j]!.r;
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (w > 1 && h > 1)
            problems.push({ chart: name, kind: 'overlap', text: `${items[i]!.text} ✕ ${items[j]!.text}` });
        }
      }
    }
    return { charts: charts.length, texts, problems };
  }, selector);
}

test('report charts keep every label inside and apart (3, 12, 40 iterations; English and Korean)', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gapboard-chart-layout-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    for (const lang of ['en', 'ko'] as const) {
      for (const n of SIZES) {
        const file = path.join(dir, `report-${lang}-${n}.html`);
        writeFileSync(
          file,
          await renderDocumentHtml(manyIterations(n, lang), { lang, generatedAt: '2026-01-05T10:00:00Z' }),
        );
        await page.goto(pathToFileURL(file).href);
        await page.evaluate(() => document.fonts.ready);
        const { charts, texts, problems } = await textProblems(page, 'figure.chart');
        // Five requirement charts, the burndown and cost vs quality.
        expect(charts, `${lang} ${n}`).toBe(7);
        expect(texts).toBeGreaterThan(7 * 5);
        expect(problems, `${lang}, ${n} iterations`).toEqual([]);
      }
    }
  } finally {
    await browser.close();
  }
});

let app: RunningApp | undefined;
test.afterEach(async () => app?.stop());

for (const n of SIZES) {
  test(`History charts keep every label inside and apart at ${n} iterations, in English and Korean`, async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gapboard-history-layout-'));
    const file = path.join(dir, 'many.gapboard');
    writeFileSync(file, serializeDocument(manyIterations(n, 'mixed')));
    app = await startApp([file], { workDir: dir });
    const { page } = app;
    await page.getByTestId('tab-history').click();
    await expect(page.locator('[data-testid="screen-history"][data-app-state="ready"]')).toBeVisible();
    for (const lang of ['en', 'ko'] as const) {
      await page.getByTestId('language-select').selectOption(lang);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const charts = page.locator('.echart[data-chart-state="ready"]');
      await expect(charts).toHaveCount(7);
      // The legends follow the language once the charts are drawn again.
      await expect(page.locator('.echart text', { hasText: lang === 'ko' ? '목표' : 'Target' }).first()).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      const { texts, problems } = await textProblems(page, '.echart');
      expect(texts).toBeGreaterThan(7 * 5);
      expect(problems, `${lang}, ${n} iterations`).toEqual([]);
    }
  });
}
