import { describe, expect, it } from 'vitest';
import { classificationMetrics } from '../../../main/core/eval/metrics-classification.js';

// truth a a a b b c c c c / pred a b a b c c c a c → confusion (rows true):
// a: [2,1,0]  b: [0,1,1]  c: [1,0,3]
const classes = ['a', 'b', 'c'];
const truth = [0, 0, 0, 1, 1, 2, 2, 2, 2];
const pred = [0, 1, 0, 1, 2, 2, 2, 0, 2];

describe('classificationMetrics', () => {
  const { metrics, confusion } = classificationMetrics({ classes, truth, pred });

  it('builds the confusion matrix with rows = true class, columns = predicted', () => {
    expect(confusion).toEqual([
      [2, 1, 0],
      [0, 1, 1],
      [1, 0, 3],
    ]);
  });

  it.each([
    ['accuracy', 6 / 9],
    ['error_rate', 3 / 9],
    ['precision[a]', 2 / 3],
    ['precision[b]', 1 / 2],
    ['precision[c]', 3 / 4],
    ['recall[a]', 2 / 3],
    ['recall[b]', 1 / 2],
    ['recall[c]', 3 / 4],
    ['f1[a]', 4 / 6],
    ['f1[b]', 2 / 4],
    ['f1[c]', 6 / 8],
    ['macro_precision', (2 / 3 + 1 / 2 + 3 / 4) / 3],
    ['macro_recall', (2 / 3 + 1 / 2 + 3 / 4) / 3],
    ['macro_f1', (4 / 6 + 2 / 4 + 6 / 8) / 3],
    ['min_class_recall', 1 / 2],
  ])('%s equals the hand-computed value', (key, value) => {
    expect(metrics[key]).toBe(value);
  });

  it('has no top5_accuracy below 5 classes', () => {
    expect('top5_accuracy' in metrics).toBe(false);
  });

  it('gives null precision for a class never predicted and null recall for an absent class', () => {
    // truth a a b / pred a a a; class c absent from both.
    const m = classificationMetrics({ classes, truth: [0, 0, 1], pred: [0, 0, 0] }).metrics;
    expect(m['precision[a]']).toBe(2 / 3);
    expect(m['precision[b]']).toBeNull();
    expect(m['recall[b]']).toBe(0);
    expect(m['f1[b]']).toBe(0);
    expect(m['precision[c]']).toBeNull();
    expect(m['recall[c]']).toBeNull();
    expect(m['f1[c]']).toBeNull();
    // Macro averages run over the classes in truth or predictions (a, b); b's undefined precision counts 0.
    expect(m.macro_precision).toBe((2 / 3 + 0) / 2);
    expect(m.macro_recall).toBe((1 + 0) / 2);
    expect(m.macro_f1).toBe((4 / 5 + 0) / 2);
    expect(m.min_class_recall).toBe(0);
  });

  it('counts false positives into a class with no true sample, as scikit-learn does', () => {
    // truth a a b b / pred a c b c: labels a, b, c; precision 1, 1, 0; recall 1/2, 1/2, 0.
    const m = classificationMetrics({ classes, truth: [0, 0, 1, 1], pred: [0, 2, 1, 2] }).metrics;
    expect(m.macro_precision).toBe((1 + 1 + 0) / 3);
    expect(m.macro_recall).toBe((1 / 2 + 1 / 2 + 0) / 3);
    // f1: a 2/3, b 2/3, c 2·0 / (0 + 2 + 0) = 0.
    expect(m.macro_f1).toBe((2 / 3 + 2 / 3 + 0) / 3);
    expect(m['recall[c]']).toBeNull();
    expect(m['precision[c]']).toBe(0);
    // Over classes with a true sample only: a and b.
    expect(m.min_class_recall).toBe(1 / 2);
  });

  it('gives every proportion a Wilson interval under its own key, and none to F1 or macro averages', () => {
    const { metrics: m, intervals } = classificationMetrics({ classes, truth, pred });
    // accuracy 6/9: centre (p + z²/2n) / (1 + z²/n), half z·√(p(1−p)/n + z²/4n²) / (1 + z²/n).
    const z = 1.959963984540054;
    const n = 9;
    const p = 6 / 9;
    const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
    const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
    expect(intervals.accuracy![0]).toBeCloseTo(centre - half, 14);
    expect(intervals.accuracy![1]).toBeCloseTo(centre + half, 14);
    // error_rate's interval mirrors accuracy's (Wilson is symmetric under k → n − k).
    expect(intervals.error_rate![0]).toBeCloseTo(1 - intervals.accuracy![1], 14);
    // min_class_recall is class b's recall (1 of 2): its interval is recall[b]'s.
    expect(m.min_class_recall).toBe(m['recall[b]']);
    expect(intervals.min_class_recall).toEqual(intervals['recall[b]']);
    expect(Object.keys(intervals).filter((k) => /f1|macro/.test(k))).toEqual([]);
  });

  it('computes top5_accuracy from the per-sample hits with 5 or more classes', () => {
    const six = ['0', '1', '2', '3', '4', '5'];
    const m = classificationMetrics({
      classes: six,
      truth: [0, 1, 2, 5],
      pred: [0, 0, 0, 0],
      top5: [1, 1, 0, 1],
    }).metrics;
    expect(m.top5_accuracy).toBe(3 / 4);
    expect(m.accuracy).toBe(1 / 4);
  });

  it('repeats every key per slice as slice[<tag>].<key>', () => {
    const slices = [['night'], ['night', 'rain'], [], undefined, ['rain'], ['night'], [], [], []];
    const m = classificationMetrics({ classes, truth, pred, slices }).metrics;
    // night = samples 0, 1, 5: truth a a c, pred a b c
    expect(m['slice[night].accuracy']).toBe(2 / 3);
    expect(m['slice[night].error_rate']).toBe(1 / 3);
    expect(m['slice[night].recall[a]']).toBe(1 / 2);
    expect(m['slice[night].precision[b]']).toBe(0);
    expect(m['slice[night].recall[b]']).toBeNull();
    // sklearn's labels in the slice are a, b (predicted, no true sample: recall 0) and c.
    expect(m['slice[night].macro_recall']).toBe((1 / 2 + 0 + 1) / 3);
    // rain = samples 1, 4: truth a b, pred b c
    expect(m['slice[rain].accuracy']).toBe(0);
    expect(m['slice[rain].min_class_recall']).toBe(0);
  });

  it('reports null (not NaN) for an empty set', () => {
    const m = classificationMetrics({ classes, truth: [], pred: [] }).metrics;
    expect(m.accuracy).toBeNull();
    expect(m.macro_f1).toBeNull();
    expect(m.min_class_recall).toBeNull();
  });
});
