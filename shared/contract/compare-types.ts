/**
 * The shape of a fair comparison of two runs, shared by the core, the CLI (`gapboard compare
 * --json` prints it as is) and the compare view. Key names are the CLI's (snake_case where
 * scripts read them).
 */

/** One metric on the common samples: each run's value, b − a, and what tells them apart. */
export interface FairMetric {
  a: number | null;
  b: number | null;
  delta: number | null;
  /** Exact two-sided McNemar p-value (accuracy and error_rate, overall and per slice); else null. */
  p_value: number | null;
  /** 95% Wilson intervals on the common samples, for proportions. */
  interval_a?: [number, number];
  interval_b?: [number, number];
}

export interface FairComparison {
  a: string;
  b: string;
  /** Each run's data as people write it (`digits@v3:test`). */
  data: { a: string; b: string };
  comparable: boolean;
  /** Why not comparable, or how the sample sets differ; null when both scored the same samples. */
  reason: string | null;
  n_common: number;
  /** Samples each run scored. */
  n: { a: number; b: number };
  /** Common samples whose label changed between the runs' dataset versions (the later label counts). */
  relabeled: number;
  classes: string[];
  /** Quality metrics recomputed on the common samples. */
  metrics: Record<string, FairMetric>;
  /** Confusion matrices on the common samples (rows = true class, in `classes` order). */
  confusion: { a: number[][]; b: number[][] } | null;
  /** Common samples only a got right, and only b got right (McNemar's b and c). */
  discordant: { a_only: number; b_only: number };
  /** Speed and size figures as each run recorded them (they do not depend on the samples). */
  recorded: Record<string, { a: number | null; b: number | null; delta: number | null }>;
}
