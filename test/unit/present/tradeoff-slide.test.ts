/**
 * The trade-off slide: on the sample (three models, each with speed and accuracy) the deck
 * shows quality against speed as a static chart between the iterations and the open gaps,
 * in the reader's language.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSlides } from '../../../main/core/present/deck.js';
import { parseDocument } from '../../../main/core/project/document.js';
import { translator } from '../../../shared/report-i18n/i18n.js';

const SAMPLE = path.resolve(import.meta.dirname, '../../../sample/digits.gapboard');
const doc = parseDocument(readFileSync(SAMPLE), 'digits.gapboard').doc;

describe('the trade-off slide', () => {
  it('sits before the open gaps with a chart of every run and notes naming the front', () => {
    const slides = buildSlides(translator('en'), doc);
    const ids = slides.map((s) => s.id);
    expect(ids.at(-2)).toBe('tradeoff');
    expect(ids.at(-1)).toBe('gaps');
    const slide = slides.at(-2)!;
    expect(slide.html).toContain('<h1>Quality against speed</h1>');
    expect(slide.html).toMatch(/<figure class="chart" data-chart="tradeoff"><svg[\s\S]*<\/svg><\/figure>/);
    expect(slide.notes).toMatch(/^Every run on accuracy against latency_p95_ms;.* on the front;/);
    // The newest, best model is on the front in the sample.
    expect(slide.notes).toMatch(/RUN-3.* on the front/);
  });

  it('speaks Korean in a Korean deck', () => {
    const slide = buildSlides(translator('ko'), doc).find((s) => s.id === 'tradeoff')!;
    expect(slide.title).toBe('품질과 속도의 균형');
    expect(slide.notes).toContain('파레토');
  });

  it('is left out when fewer than two runs carry both figures', () => {
    const one = { ...doc, runs: doc.runs.slice(0, 1) };
    expect(buildSlides(translator('en'), one).map((s) => s.id)).not.toContain('tradeoff');
  });
});
