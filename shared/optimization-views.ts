/**
 * Result shapes of the optimization features (trade-off, quantized variants) that the UI
 * reads. They live apart from the code that computes them, which needs Node and onnx-proto.
 */
import type { Model } from './schema.js';
import type { ServingMismatch } from './serving-mismatch.js';

/** The axes the trade-off view starts on: a quality key against p95 latency. */
export const DEFAULT_TRADEOFF_KEYS = { x: 'latency_p95_ms', y: 'accuracy' } as const;

export interface TradeoffPoint {
  run: string;
  model: string;
  modelName: string;
  /** The parent model's name when this model is a registered variant. */
  variantOf: string | null;
  x: number;
  y: number;
  sizeBytes: number;
  /** 95% intervals where the run carries them. */
  xInterval: [number, number] | null;
  yInterval: [number, number] | null;
  /** Not beaten on both figures by any other run. */
  front: boolean;
  /** How the run's machine differs from the serving targets of speed requirements. */
  mismatch: ServingMismatch[];
}

/** One side of the feasible box: null where no must requirement bounds it. */
export interface Bounds {
  min: number | null;
  max: number | null;
  /** The must requirements that set the bounds. */
  requirements: string[];
}

export interface Tradeoff {
  x: string;
  y: string;
  /** Whether larger is better on each axis (from the metric vocabulary). */
  higherIsBetter: { x: boolean; y: boolean };
  points: TradeoffPoint[];
  region: { x: Bounds; y: Bounds };
  /** Finished runs left out, with the figure they lack. */
  missing: { run: string; key: string }[];
  /** Metric keys some finished run has, for the axis pickers. */
  keys: string[];
}

export interface QuantizedWeight {
  /** The node that consumes the weight (its name, else `<op> #<index>`). */
  node: string;
  op: 'MatMul' | 'Gemm';
  weight: string;
  dims: [number, number];
  /**
   * MatMulInteger: activations quantized per call and multiplied in integers (opset ≥ 11, a
   * weight read by this node only, Gemm without transA or a scaled bias). DequantizeLinear:
   * the weight restored to float when the model runs (smaller file, no integer arithmetic).
   */
  method: 'MatMulInteger' | 'DequantizeLinear';
  /** One scale per output column (opset ≥ 13), else one for the whole matrix. */
  scheme: 'per-channel' | 'per-tensor';
  floatBytes: number;
  int8Bytes: number;
  /** Largest |w − dequantized w| over the matrix: half a quantization step at most. */
  maxAbsError: number;
}

export interface SkippedWeight {
  node: string;
  weight: string;
  reason: string;
}

export interface QuantizeOutcome {
  model: Model;
  parent: { id: string; name: string; size: number };
  quantized: QuantizedWeight[];
  skipped: SkippedWeight[];
}

export interface TensorChange {
  name: string;
  /** `type [dims]` in each model; null where the model lacks the tensor. */
  a: string | null;
  b: string | null;
  same: boolean;
}

export interface CountChange {
  key: string;
  a: number;
  b: number;
  delta: number;
}

export interface TextChange {
  key: string;
  a: string | null;
  b: string | null;
}

export interface ModelDiff {
  a: { id: string; name: string };
  b: { id: string; name: string };
  inputs: TensorChange[];
  outputs: TensorChange[];
  params: CountChange;
  size: CountChange;
  /** Every operator either model uses, with counts (0 where absent), sorted by name. */
  operators: CountChange[];
  /** Opset per domain (`ai.onnx` for the default one). */
  opset: TextChange[];
  producer: TextChange;
  /** Only the metadata keys whose values differ (added, removed or changed). */
  metadata: TextChange[];
  /** Whether one is recorded as the other's variant, and how. */
  relation: string | null;
}

export interface CapacityLine {
  run: string;
  model: string;
  modelName: string;
  serverQps: number | null;
  latencyBoundMs: number | null;
  machines: number | null;
  /** `⌈2000 / 30374.7⌉ = ⌈0.0658⌉ = 1`, or why there is no count. */
  formula: string;
  mismatch: ServingMismatch[];
}

export interface CapacityPlan {
  /** The requirement the target QPS comes from, or null for an explicit `qps`. */
  requirement: { id: string; title: string; metric: string } | null;
  targetQps: number;
  servingTarget: { id: string; name: string } | null;
  /** The run asked about. */
  line: CapacityLine;
  /** The latest finished run of every model, for comparison. */
  candidates: CapacityLine[];
}

export interface FigureChange {
  key: string;
  parent: number | null;
  variant: number | null;
  /** variant − parent, null when either is missing. */
  delta: number | null;
}

export interface PairedAccuracy {
  /** The class (true label) this row covers, or null for all samples. */
  label: string | null;
  n: number;
  parent: number;
  variant: number;
  delta: number;
  /** Samples only the parent got right / only the variant got right. */
  parentOnly: number;
  variantOnly: number;
  pValue: number;
}

export interface VariantComparison {
  variant: { run: string; model: string; name: string; kind: string };
  parent: { run: string; model: string; name: string };
  /** Size in bytes and the speed figures both runs have. */
  figures: FigureChange[];
  common: number;
  overall: PairedAccuracy | null;
  perClass: PairedAccuracy[];
}

export type VariantComparisonResult = { ok: true; value: VariantComparison } | { ok: false; reason: string };
