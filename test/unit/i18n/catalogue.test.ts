import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/src/i18n/en.js';
import { ko } from '../../../renderer/src/i18n/ko.js';
import { listSources, literalKeys, scanSource } from './hardcoded-strings.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const RENDERER = path.join(ROOT, 'renderer/src');

type Tree = { [key: string]: string | Tree };

/** `{ a: { b: 'x' } }` → `{ 'a.b': 'x' }`. */
function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([k, v]) =>
      typeof v === 'string' ? [[prefix + k, v]] : Object.entries(flatten(v, `${prefix}${k}.`)),
    ),
  );
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();

const EN = flatten(en);
const KO = flatten(ko);

describe('the Korean catalogue', () => {
  it('has exactly the keys of the English one', () => {
    const enKeys = Object.keys(EN).sort();
    const koKeys = Object.keys(KO).sort();
    expect(
      koKeys.filter((k) => !(k in EN)),
      'keys only in ko',
    ).toEqual([]);
    expect(
      enKeys.filter((k) => !(k in KO)),
      'keys missing from ko',
    ).toEqual([]);
    expect(enKeys.length).toBeGreaterThan(400);
  });

  it('keeps every {{placeholder}} of each English string', () => {
    const differ = Object.keys(EN)
      .filter((k) => k in KO)
      .filter((k) => placeholders(EN[k]!).join() !== placeholders(KO[k]!).join())
      .map((k) => `${k}: en ${placeholders(EN[k]!).join()} / ko ${placeholders(KO[k]!).join()}`);
    expect(differ).toEqual([]);
  });

  it('has no empty or untrimmed strings, in either language', () => {
    for (const [lang, flat] of [
      ['en', EN],
      ['ko', KO],
    ] as const) {
      const bad = Object.entries(flat)
        .filter(([, v]) => v.trim() === '' || v !== v.trim())
        .map(([k]) => `${lang}:${k}`);
      expect(bad).toEqual([]);
    }
  });

  it('has both plural forms wherever English has one (i18next reads `_other` in Korean)', () => {
    const plural = Object.keys(EN).filter((k) => /_(one|other)$/.test(k));
    const stems = new Set(plural.map((k) => k.replace(/_(one|other)$/, '')));
    for (const stem of stems) {
      expect(KO[`${stem}_other`], stem).toBeTruthy();
      expect(KO[`${stem}_one`], stem).toBeTruthy();
    }
  });

  it('is actually Korean: most strings that hold English words hold Hangul', () => {
    // Keys that are the same in both languages on purpose: names, formats, IDs, metric keys.
    const hangul = /[\uac00-\ud7a3]/;
    const words = Object.keys(EN).filter((k) => /[a-z]{3,}/.test(EN[k]!.replace(/\{\{[^}]*\}\}/g, '')));
    const korean = words.filter((k) => hangul.test(KO[k] ?? ''));
    expect(korean.length / words.length).toBeGreaterThan(0.95);
  });
});

/**
 * Text in JSX that is allowed not to go through t(), and why. Symbols (× ● ≥ ≤ → ▲ …),
 * numbers and punctuation never count: only text with letters is reported.
 */
const ALLOWED: Record<string, string> = {
  v: 'dataset version notation `v3`, the same in every language (as in files and the CLI)',
  '@v': 'dataset version notation `digits@v3`',
  '→ v': 'version diff `v2 → v3`',
  NCHW: 'tensor layout name',
  NHWC: 'tensor layout name',
};

describe('no UI string is hard-coded in the renderer', () => {
  const files = listSources(RENDERER);

  it('finds the components to scan', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it('every JSX text and user-visible prop with letters goes through t() (or is a documented exception)', () => {
    const found = files
      .flatMap((f) => scanSource(path.relative(ROOT, f), readFileSync(f, 'utf8')))
      .filter((x) => !(x.text in ALLOWED))
      .map((x) => `${x.file}:${x.line} ${JSON.stringify(x.text)}`);
    expect(found).toEqual([]);
  });

  it('every literal key passed to t() exists in the catalogue', () => {
    const sources = listSources(RENDERER, ['.ts', '.tsx']);
    const missing = sources.flatMap((f) =>
      literalKeys(f, readFileSync(f, 'utf8'))
        .filter(({ key }) => !(key in EN) && !(`${key}_other` in EN))
        .map(({ key, line }) => `${path.relative(ROOT, f)}:${line} ${key}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('the hard-coded string scanner', () => {
  const scan = (src: string) => scanSource('fixture.tsx', src).map((x) => x.text);

  it.each([
    ['JSX text', '<button>Save</button>', ['Save']],
    ['Korean JSX text', '<p>저장</p>', ['저장']],
    ['a string child', "<p>{'Loading…'}</p>", ['Loading…']],
    ['both arms of a condition', "<p>{ok ? 'Yes' : 'No'}</p>", ['Yes', 'No']],
    ['a fallback', "<p>{name ?? 'Untitled'}</p>", ['Untitled']],
    ['a template', '<p>{`${n} items`}</p>', ['items']],
    ['placeholder', '<input placeholder="Your name" />', ['Your name']],
    ['title in braces', "<span title={'Unsaved'} />", ['Unsaved']],
    ['aria-label', '<button aria-label="Close" />', ['Close']],
    ['alt', '<img alt="Sample" />', ['Sample']],
  ])('reports %s', (_why, src, expected) => {
    expect(scan(`const x = ${src};`)).toEqual(expected);
  });

  it.each([
    ['t() calls', "<p title={t('a.b')}>{t('a.c')}</p>"],
    ['symbols and spaces', "<p>× ● ≥ → {' '} · 12%</p>"],
    ['props nobody reads', '<div className="card row" data-testid="save-button" role="tab" />'],
    ['values from data', '<p title={path}>{name}</p>'],
    ['guards', "<p>{busy && t('app.loading')}</p>"],
  ])('ignores %s', (_why, src) => {
    expect(scan(`const x = ${src};`)).toEqual([]);
  });
});
