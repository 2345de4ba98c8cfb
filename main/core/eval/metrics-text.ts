/**
 * Text-output metrics and CTC greedy decoding.
 *
 * `cer` and `wer` are corpus-level: total edit distance over total reference length (the
 * jiwer convention), so long references weigh more than short ones. Words are split on runs
 * of whitespace. Characters are Unicode code points, not UTF-16 units.
 */
import { wilson } from './intervals.js';
import { sliceIndex, type Intervals, type Metrics } from './metrics-classification.js';

/** Levenshtein distance (unit costs) between two sequences, O(min(a,b)) memory. */
export function levenshtein<T>(a: readonly T[], b: readonly T[]): number {
  if (a.length < b.length) [a, b] = [b, a];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const sub = (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      cur[j] = Math.min(sub, (prev[j] as number) + 1, (cur[j - 1] as number) + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] as number;
}

const chars = (s: string): string[] => Array.from(s);
const words = (s: string): string[] => s.split(/\s+/).filter((w) => w.length > 0);

function textOf(
  truth: readonly string[],
  pred: readonly string[],
  pick: number[] | undefined,
  prefix: string,
  out: Metrics,
  intervals?: Intervals,
): void {
  const n = pick ? pick.length : truth.length;
  let exact = 0;
  let charEdits = 0;
  let charRef = 0;
  let wordEdits = 0;
  let wordRef = 0;
  for (let j = 0; j < n; j++) {
    const i = pick ? (pick[j] as number) : j;
    const t = truth[i] as string;
    const p = pred[i] as string;
    if (t === p) exact++;
    const tc = chars(t);
    const tw = words(t);
    charEdits += levenshtein(tc, chars(p));
    charRef += tc.length;
    wordEdits += levenshtein(tw, words(p));
    wordRef += tw.length;
  }
  out[`${prefix}exact_match`] = n > 0 ? exact / n : null;
  // exact_match is a proportion of samples: it gets a Wilson interval like accuracy.
  const ci = intervals ? wilson(exact, n) : null;
  if (intervals && ci) intervals[`${prefix}exact_match`] = ci;
  out[`${prefix}cer`] = charRef > 0 ? charEdits / charRef : null;
  out[`${prefix}wer`] = wordRef > 0 ? wordEdits / wordRef : null;
}

/** Text metrics overall and per slice; with `intervals`, exact_match's Wilson intervals go there. */
export function textMetrics(
  input: {
    truth: readonly string[];
    pred: readonly string[];
    slices?: readonly (readonly string[] | undefined)[];
  },
  intervals?: Intervals,
): Metrics {
  const out: Metrics = {};
  textOf(input.truth, input.pred, undefined, '', out, intervals);
  for (const [tag, pick] of sliceIndex(input.slices))
    textOf(input.truth, input.pred, pick, `slice[${tag}].`, out, intervals);
  return out;
}

/**
 * Greedy CTC decoding of one sequence: per time step take the arg-max symbol (first on
 * ties), merge repeats, drop blanks. `scores` is [steps × symbols] row-major; `charset[i]` is
 * the text for output index i (the blank's entry is ignored).
 */
export function ctcGreedyDecode(
  scores: ArrayLike<number>,
  steps: number,
  charset: readonly string[],
  blank = 0,
  offset = 0,
): string {
  const k = charset.length;
  let out = '';
  let last = -1;
  for (let t = 0; t < steps; t++) {
    const base = offset + t * k;
    let best = 0;
    for (let c = 1; c < k; c++) if ((scores[base + c] as number) > (scores[base + best] as number)) best = c;
    if (best !== last && best !== blank) out += charset[best] as string;
    last = best;
  }
  return out;
}

/**
 * Parses a charset file: one symbol per line (a line `<space>` stands for ' ').
 * When the file lists one symbol fewer than the model has outputs, the blank is inserted
 * at `blank`, so both common conventions (blank listed or not) work.
 */
export function parseCharset(text: string, outputs?: number, blank = 0): string[] {
  const lines = text.replace(/\r/g, '').split('\n');
  if (lines.at(-1) === '') lines.pop();
  const symbols = lines.map((l) => (l === '<space>' ? ' ' : l));
  if (outputs !== undefined && symbols.length === outputs - 1) symbols.splice(blank, 0, '');
  return symbols;
}
