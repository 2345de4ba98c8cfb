/**
 * The colour tokens: both themes define the same roles, every text colour reaches 4.5:1
 * (WCAG AA for small text) on each background it is drawn on, and the component sheets
 * write no colour of their own, so a theme is only ever a change in the tokens.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blend, contrast, parseColor, type Rgb } from '../../../renderer/src/theme/contrast.js';

const SRC = path.resolve(import.meta.dirname, '../../../renderer/src');
const TOKENS = readFileSync(path.join(SRC, 'styles/tokens.css'), 'utf8');

function theme(name: 'light' | 'dark'): Map<string, string> {
  const block = new RegExp(`:root\\[data-theme='${name}'\\]\\s*\\{([^}]*)\\}`).exec(TOKENS)?.[1] ?? '';
  return new Map([...block.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** An rgba() token drawn over `base`, or a plain colour. */
function color(tokens: Map<string, string>, name: string, base = 'panel'): Rgb {
  const value = tokens.get(name);
  if (!value) throw new Error(`token --${name} is missing`);
  const rgba = /^rgba\(([\d\s,.]+)\)$/.exec(value)?.[1]?.split(',').map(Number);
  if (rgba) return blend([rgba[0]!, rgba[1]!, rgba[2]!], color(tokens, base), rgba[3]!);
  return parseColor(value);
}

/** Text token → the backgrounds it appears on. */
const TEXT_ON: Record<string, string[]> = {
  ink: ['bg', 'panel', 'subtle', 'head-bg', 'highlight-bg', 'low-bg', 'info-soft', 'field-bg', 'better-bg', 'worse-bg'],
  muted: ['bg', 'panel', 'subtle', 'head-bg', 'info-bg', 'info-soft', 'ok-bg', 'highlight-bg', 'low-bg', 'field-bg'],
  accent: ['bg', 'panel', 'info-bg', 'head-bg'],
  'accent-ink': ['accent-bg'],
  met: ['bg', 'panel', 'ok-bg', 'head-bg'],
  unmet: ['bg', 'panel', 'low-bg', 'head-bg'],
  untested: ['bg', 'panel'],
  'on-status': ['met', 'unmet', 'untested'],
  'warn-ink': ['warn-bg'],
  'error-ink': ['error-bg'],
  'info-ink': ['info-bg', 'info-soft'],
  'ok-ink': ['ok-bg'],
  'must-ink': ['must-bg'],
  'should-ink': ['should-bg'],
  'neutral-ink': ['subtle'],
  'better-ink': ['better-bg'],
  'worse-ink': ['worse-bg'],
  panel: ['ink'],
};

describe.each(['light', 'dark'] as const)('the %s theme', (name) => {
  const tokens = theme(name);

  it('defines every colour role the other theme defines', () => {
    const other = theme(name === 'light' ? 'dark' : 'light');
    expect([...tokens.keys()].sort()).toEqual([...other.keys()].sort());
    expect(tokens.size).toBeGreaterThan(30);
  });

  const pairs = Object.entries(TEXT_ON).flatMap(([text, bgs]) => bgs.map((bg) => [text, bg] as const));
  it.each(pairs)('--%s text on --%s reaches 4.5:1', (text, bg) => {
    expect(contrast(color(tokens, text), color(tokens, bg))).toBeGreaterThanOrEqual(4.5);
  });
});

describe('component sheets', () => {
  const sheets = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? sheets(path.join(dir, e.name)) : e.name.endsWith('.css') ? [path.join(dir, e.name)] : [],
    );

  it('are all found (the check below is not vacuous)', () => {
    expect(sheets(SRC).length).toBeGreaterThan(40);
  });

  it('write colours only as tokens', () => {
    const offenders = sheets(SRC)
      .filter((f) => !f.endsWith(path.join('styles', 'tokens.css')))
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .filter((line) => /#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(|:\s*(white|black)\s*;/i.test(line))
          .map((line) => `${path.relative(SRC, f)}: ${line.trim()}`),
      );
    expect(offenders).toEqual([]);
  });
});
