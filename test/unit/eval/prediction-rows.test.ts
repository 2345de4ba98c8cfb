import { describe, expect, it } from 'vitest';
import { keepRows, OrderedRows, type PredictionRow } from '../../../main/core/eval/prediction-rows.js';

const row = (idx: number): PredictionRow => ({ idx, path: `p${idx}`, truth: idx % 3, pred: 0, conf: 500 });

describe('OrderedRows', () => {
  it('hands rows on in source order whatever order they settle in', async () => {
    const got: number[][] = [];
    const rows = new OrderedRows((r) => void got.push(r.map((x) => x.idx)));
    // Sample 2 was refused up front while 0 and 1 were still being decoded.
    rows.put(row(2));
    await rows.flush();
    expect(got).toEqual([]);
    rows.put(row(1));
    rows.put(row(0));
    await rows.flush(true);
    expect(got).toEqual([[0, 1, 2]]);
  });

  it('waits for a full group before handing rows on, and the last group at the end', async () => {
    const sizes: number[] = [];
    const rows = new OrderedRows((r) => void sizes.push(r.length));
    for (let i = 0; i < 2500; i++) {
      rows.put(row(i));
      await rows.flush();
    }
    expect(sizes).toEqual([1024, 1024]);
    await rows.flush(true);
    expect(sizes).toEqual([1024, 1024, 452]);
  });

  it('refuses a sample settled twice, and an end with a sample never settled', async () => {
    const rows = new OrderedRows(() => undefined);
    rows.put(row(0));
    expect(() => rows.put(row(0))).toThrow(/#0 settled twice/);
    await rows.flush(true);
    expect(() => rows.put(row(0))).toThrow(/#0 settled twice/);
    rows.put(row(2));
    await expect(rows.flush(true)).rejects.toThrow(/sample #1 was never settled/);
  });
});

describe('keepRows', () => {
  it('keeps the columns an ad-hoc caller gets back, with #idx for a sample without a path', async () => {
    const { sink, kept } = keepRows('regression');
    await sink([
      { idx: 0, path: 'a', truth: -1, pred: -1, conf: 0, truthValue: 1.5, value: 2 },
      { idx: 1, path: undefined, truth: -1, pred: -1, conf: 0, truthValue: NaN, value: NaN },
    ]);
    expect(kept.predictions).toEqual({ paths: ['a', '#1'], truth: [-1, -1], pred: [-1, -1], conf: [0, 0] });
    expect(kept.values).toEqual({ truth: [1.5, NaN], pred: [2, NaN] });
    expect(kept.texts).toBeUndefined();
  });
});
