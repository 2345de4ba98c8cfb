/**
 * The reader's language for everything the core writes for people to read (report, slides,
 * model card, datasheet): texts from the catalogue by key with parameters, dates with the year
 * in the locale's format, numbers in the locale's digits and to the precision they support.
 */
import { engineText } from '../engine-messages.js';
import { REPORT_EN } from './catalogue-en.js';
import { REPORT_KO } from './catalogue-ko.js';

export const REPORT_LANGS = ['en', 'ko'] as const;
export type ReportLang = (typeof REPORT_LANGS)[number];
export type Paper = 'a4' | 'letter';

type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type ReportCatalogue = Shape<typeof REPORT_EN>;

const CATALOGUES: Record<ReportLang, ReportCatalogue> = { en: REPORT_EN, ko: REPORT_KO };
const LOCALES: Record<ReportLang, string> = { en: 'en-US', ko: 'ko-KR' };

/** Letter where it is the custom (the United States and Canada), A4 everywhere else. */
export function defaultPaper(locale: string): Paper {
  return /-(US|CA)$/i.test(locale) ? 'letter' : 'a4';
}

export interface Tr {
  lang: ReportLang;
  locale: string;
  t(key: string, params?: Record<string, string | number>): string;
  /** `Nov 3, 2025` / `2025년 11월 3일`; empty for no date. */
  date(iso: string | undefined): string;
  /** A figure with its unit; `—` for none. With an interval, as many decimals as it supports. */
  num(v: number | null | undefined, unit?: string, interval?: readonly [number, number]): string;
  /** A figure at exactly `decimals` decimals, with its unit. */
  fixed(v: number, decimals: number, unit?: string): string;
  /** `0.962–0.983` at the interval's own precision. */
  interval(iv: readonly [number, number], unit?: string): string;
  /** A text the engine wrote (evidence, flags, warnings), in this language. */
  engine(text: string): string;
}

function lookup(cat: ReportCatalogue, key: string): string | undefined {
  let node: unknown = cat;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : undefined;
}

/** Decimals a 95% interval supports: its half-width to one significant digit (0.0105 → 2). */
export function intervalDecimals(iv: readonly [number, number]): number | null {
  const half = Math.abs(iv[1] - iv[0]) / 2;
  if (!Number.isFinite(half) || half === 0) return null;
  return Math.max(0, Math.min(8, -Math.floor(Math.log10(half))));
}

export function translator(lang: ReportLang): Tr {
  const cat = CATALOGUES[lang];
  const locale = LOCALES[lang];
  const dateFmt = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
  const plain = (v: number, decimals: number | null) =>
    decimals === null
      ? Math.abs(v) >= 1000
        ? new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(v)
        : new Intl.NumberFormat(locale, { maximumSignificantDigits: 4 }).format(v)
      : new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(v);
  const tr: Tr = {
    lang,
    locale,
    t(key, params = {}) {
      const text = lookup(cat, key) ?? lookup(REPORT_EN, key) ?? key;
      return text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k] ?? ''));
    },
    date(iso) {
      if (!iso) return '';
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : dateFmt.format(d);
    },
    num(v, unit = '', iv) {
      if (v === null || v === undefined || !Number.isFinite(v)) return '—';
      const text = plain(v, iv ? intervalDecimals(iv) : null);
      return unit ? `${text} ${unit}` : text;
    },
    fixed(v, decimals, unit = '') {
      const text = plain(v, decimals);
      return unit ? `${text} ${unit}` : text;
    },
    interval(iv, unit = '') {
      const d = intervalDecimals(iv);
      const text = `${plain(iv[0], d)}–${plain(iv[1], d)}`;
      return unit ? `${text} ${unit}` : text;
    },
    engine: (text) => engineText(text, lang),
  };
  return tr;
}

export const isReportLang = (v: string): v is ReportLang => (REPORT_LANGS as readonly string[]).includes(v);
