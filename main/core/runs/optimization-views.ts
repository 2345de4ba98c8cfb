/**
 * Result shapes of the optimization features (trade-off, quantized variants) that the UI
 * reads. They live apart from the code that computes them, which needs Node and onnx-proto.
 */
import type { Model } from '../../../shared/schema.js';
import type { ServingMismatch } from '../../../shared/serving-mismatch.js';

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
